/**
 * A topic-by-topic matrix, ordered so that clusters sit together, by count or lift, within a
 * question or within a post. Clicking a cell sets a topic-pair filter and lists its questions.
 */
import { Fragment, useMemo, useState, type MouseEvent } from 'react';
import { cooccurrence, questionsWithPair, type PairScope } from '../../../analysis/cooccurrence';
import type { TopicSpace } from '../../../analysis/topic-space';
import { ChartFrame } from '../../charts/ChartFrame';
import { formatCount } from '../../charts/format';
import { HatchPattern, SmallSampleKey, sampleOpacity, useHatchId } from '../../charts/hatch';
import { topicName } from '../../charts/labels';
import { createMarks, labelOf, type MarkSpec } from '../../charts/mark';
import { FG, GRID, MUTED } from '../../charts/palette';
import { isActive, toggleSelection, togglePair } from '../../charts/selection';
import { chartText } from '../../charts/strings';
import { fitText, gutterWidth } from '../../charts/text-width';
import { Toggle } from '../../charts/Toggle';
import { Tooltip, useTooltip } from '../../charts/tooltip';
import { useWidth } from '../../charts/use-width';
import type { FilterClause, ViewProps } from '../../state/types';
import { perRows } from '../per-rows';
import { cellTooltip } from './describe';
import { layoutMatrix, SMALL_PAIR, type MatrixCell, type PairMeasure } from './layout';
import { matrixOrder } from './order';
import { PairQuestions } from './PairQuestions';
import { pairText } from './strings';
import './cooccurrence.css';

/** The matrix and its seriated order, remembered per question array and scope. */
const matrixOf = perRows((questions, space: TopicSpace, scope) => {
  const matrix = cooccurrence(questions, space, scope === 'post' ? 'post' : 'question');
  return { matrix, order: matrixOrder(matrix) };
});

export interface CooccurrenceChartProps extends ViewProps {
  readonly space: TopicSpace;
}

/** Opacity steps of the mirrored triangle: 1/64 apart, finer than the eye tells apart. */
const OPACITY_STEPS = 64;

/** A cell's square moved to its mirror place below the diagonal (row and column swapped), as a path. */
function transposedRect(cell: MatrixCell): string {
  // The matrix's corner, from the cell's own place; then row and column trade places.
  const left = cell.x - cell.column.index * cell.size;
  const top = cell.y - cell.row.index * cell.size;
  const x = left + cell.row.index * cell.size + 0.5;
  const y = top + cell.column.index * cell.size + 0.5;
  const side = cell.size - 1;
  return `M${x},${y}h${side}v${side}h${-side}z`;
}

/** The mirrored cells grouped by colour and opacity step: one path each, and one for the hatched ones. */
function mirrorLayers(cells: readonly MatrixCell[]): {
  layers: Array<{ key: string; d: string; fill: string; opacity: number }>;
  small: string;
} {
  const byLayer = new Map<string, { fill: string; opacity: number; parts: string[] }>();
  const small: string[] = [];
  for (const cell of cells) {
    const opacity = Math.round(cell.opacity * sampleOpacity(cell.small) * OPACITY_STEPS) / OPACITY_STEPS;
    const key = `${cell.fill}|${opacity}`;
    let layer = byLayer.get(key);
    if (layer === undefined) {
      layer = { fill: cell.fill, opacity, parts: [] };
      byLayer.set(key, layer);
    }
    const d = transposedRect(cell);
    layer.parts.push(d);
    if (cell.small) small.push(d);
  }
  return {
    layers: [...byLayer].map(([key, layer]) => ({ key, d: layer.parts.join(''), fill: layer.fill, opacity: layer.opacity })),
    small: small.join(''),
  };
}

/** The pair of the view's own clause, if it is one. */
function activePair(active: FilterClause | undefined): [string, string] | null {
  if (active?.field !== 'topicPair' || active.values.length !== 2) return null;
  return [active.values[0]!, active.values[1]!];
}

const isPressed = (active: FilterClause | undefined, a: string, b: string, scope: PairScope): boolean => {
  const pair = activePair(active);
  return pair !== null && (active?.scope ?? 'question') === scope && pair.includes(a) && pair.includes(b);
};

export function CooccurrenceChart(props: CooccurrenceChartProps) {
  const { questions, lang, active, onSelect, onOpenPost, space } = props;
  const [measure, setMeasure] = useState<PairMeasure>('lift');
  const [scope, setScope] = useState<PairScope>(() => (active?.scope === 'post' ? 'post' : 'question'));
  const [listClosed, setListClosed] = useState<string>('');
  const [bodyRef, width] = useWidth<HTMLDivElement>();
  const tooltip = useTooltip();
  const hatchId = useHatchId();

  const { matrix, order } = matrixOf(questions, space, scope);
  const layout = useMemo(() => {
    const nameOf = (code: number) => topicName(space, code, lang);
    const labelWidth = gutterWidth(order.map(nameOf), 11, 60, Math.max(90, Math.min(200, width * 0.24)));
    return layoutMatrix(matrix, order, space, { width, measure, labelWidth, labelOf: nameOf });
  }, [matrix, order, space, lang, width, measure]);

  const pair = activePair(active);
  const pairScope: PairScope = active?.scope === 'post' ? 'post' : 'question';
  const [pairA, pairB] = pair ?? ['', ''];
  const pairKey = pair === null ? '' : `${pairA}|${pairB}|${pairScope}`;
  const listed = useMemo(
    () => (pairA === '' ? [] : questionsWithPair(questions, space, pairA, pairB, pairScope)),
    [questions, space, pairA, pairB, pairScope],
  );

  const unit = pairText(lang, scope === 'question' ? 'unitQuestions' : 'unitPosts');
  const title = pairText(lang, 'title');
  const note = pairText(lang, 'note', { units: formatCount(matrix.units), unit, t: order.length });
  const anySmall = layout.cells.some((c) => c.small);
  const nameOfId = (id: string): string => {
    const code = space.codeOfTopic.get(id);
    return code === undefined ? id : topicName(space, code, lang);
  };

  const controls = (
    <>
      <Toggle
        label={pairText(lang, 'measure')}
        value={measure}
        onChange={setMeasure}
        options={[
          { value: 'lift', label: pairText(lang, 'lift') },
          { value: 'count', label: pairText(lang, 'count') },
        ]}
      />
      <Toggle
        label={pairText(lang, 'scope')}
        value={scope}
        onChange={setScope}
        options={[
          { value: 'question', label: pairText(lang, 'question') },
          { value: 'post', label: pairText(lang, 'post') },
        ]}
      />
    </>
  );
  // Cell words depend on the data, not on the selection: a click on this chart reuses them.
  const cellWords = useMemo(
    () =>
      layout.cells.map((cell) => {
        const singles = { a: matrix.single[cell.row.code] ?? 0, b: matrix.single[cell.column.code] ?? 0, units: matrix.units };
        const content = cellTooltip(cell, singles, scope, lang);
        return { content, label: labelOf(content) };
      }),
    [layout, matrix, scope, lang],
  );
  const marks = createMarks(tooltip);
  const upper: Array<[MatrixCell, number]> = [];
  const diagonal: Array<[MatrixCell, number]> = [];
  layout.cells.forEach((cell, i) => {
    if (cell.diagonal) diagonal.push([cell, i]);
    else if (cell.row.index < cell.column.index) upper.push([cell, i]);
  });
  const keyOf = (cell: MatrixCell): string => `${cell.row.id}|${cell.column.id}`;
  const renderCell = (cell: MatrixCell, i: number) => {
    const pressed = cell.diagonal
      ? isActive(active, 'topic', cell.row.id)
      : isPressed(active, cell.row.id, cell.column.id, scope);
    const { content, label } = cellWords[i]!;
    const activate = (additive: boolean): void => {
      setListClosed('');
      onSelect(
        cell.diagonal
          ? toggleSelection(active, 'topic', cell.row.id, additive)
          : togglePair(active, cell.row.id, cell.column.id, scope),
      );
    };
    const key = keyOf(cell);
    // One element per cell (the mark itself), plus a hatch for small samples.
    return (
      <Fragment key={key}>
        <rect
          {...marks.mark(key, { label, tooltip: content, pressed, onActivate: activate })}
          data-topic={cell.row.id}
          data-topic-b={cell.column.id}
          data-small={cell.small ? '' : undefined}
          x={cell.x + 0.5}
          y={cell.y + 0.5}
          width={cell.size - 1}
          height={cell.size - 1}
          fill={cell.fill}
          fillOpacity={cell.opacity * sampleOpacity(cell.small)}
          stroke={pressed ? FG : undefined}
          strokeWidth={pressed ? 2 : undefined}
        />
        {cell.small && (
          <rect
            x={cell.x + 0.5}
            y={cell.y + 0.5}
            width={cell.size - 1}
            height={cell.size - 1}
            fill={`url(#${hatchId})`}
            pointerEvents="none"
            aria-hidden="true"
          />
        )}
      </Fragment>
    );
  };
  /** The mark a point of the mirrored lower triangle shows: the cell with row and column swapped. */
  const { layers: mirror, small: mirroredSmall } = useMemo(
    () => mirrorLayers(layout.cells.filter((cell) => cell.row.index < cell.column.index)),
    [layout],
  );
  const mirroredPressed = upper
    .filter(([cell]) => isPressed(active, cell.row.id, cell.column.id, scope))
    .map(([cell]) => transposedRect(cell));
  const mirroredSpec = (event: MouseEvent<SVGGElement>): MarkSpec | undefined => {
    const matrixToScreen = event.currentTarget.ownerSVGElement?.getScreenCTM();
    if (matrixToScreen === null || matrixToScreen === undefined) return undefined;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrixToScreen.inverse());
    const row = layout.topics[Math.floor((point.y - layout.top) / layout.cellSize)];
    const column = layout.topics[Math.floor((point.x - layout.left) / layout.cellSize)];
    return row === undefined || column === undefined ? undefined : marks.spec(`${column.id}|${row.id}`);
  };
  const keyY = layout.height + 12;
  const svgHeight = keyY + (anySmall ? 34 : 14);
  const half = layout.cellSize / 2;
  const labelFont = Math.max(8, Math.min(11, layout.cellSize - 1));
  const shortLabel = (label: string) => fitText(label, layout.left - 14, labelFont);

  return (
    <section data-view="cooccurrence" ref={bodyRef}>
      <ChartFrame title={title} note={note} fileName="cooccurrence" lang={lang} controls={controls}>
        {layout.topics.length === 0 ? (
          <p className="chart-empty">{chartText(lang, 'empty')}</p>
        ) : (
          <svg width={layout.width} height={svgHeight} role="group" aria-label={title} {...marks.listeners}>
            <HatchPattern id={hatchId} />
            <rect
              x={layout.left}
              y={layout.top}
              width={layout.topics.length * layout.cellSize}
              height={layout.topics.length * layout.cellSize}
              fill="none"
              stroke={GRID}
            />
            {layout.topics.map((t) => (
              <text
                key={`col:${t.id}`}
                aria-hidden="true"
                transform={`translate(${layout.left + t.index * layout.cellSize + half},${layout.top - 6}) rotate(-90)`}
                dy="0.35em"
                fontSize={labelFont}
                fill={FG}
              >
                {shortLabel(t.label)}
              </text>
            ))}
            {layout.topics.map((t) => {
              const pressed = isActive(active, 'topic', t.id);
              const content = {
                title: t.label,
                lines: [
                  pairText(lang, 'tipDiagonal', { n: formatCount(matrix.single[t.code] ?? 0), unit }),
                ],
              };
              return (
                <g
                  key={`row:${t.id}`}
                  data-topic={t.id}
                  {...marks.mark(`row:${t.id}`, {
                    label: labelOf(content),
                    tooltip: content,
                    pressed,
                    onActivate: (add) => onSelect(toggleSelection(active, 'topic', t.id, add)),
                  })}
                >
                  <rect
                    x={0}
                    y={layout.top + t.index * layout.cellSize}
                    width={layout.left - 2}
                    height={layout.cellSize}
                    fill="transparent"
                  />
                  <rect
                    x={layout.left - 6}
                    y={layout.top + t.index * layout.cellSize + 2}
                    width={3}
                    height={layout.cellSize - 4}
                    fill={t.color}
                  />
                  <text
                    x={layout.left - 10}
                    y={layout.top + t.index * layout.cellSize + half}
                    dy="0.35em"
                    textAnchor="end"
                    fontSize={labelFont}
                    fontWeight={pressed ? 700 : 400}
                    fill={FG}
                  >
                    {shortLabel(t.label)}
                  </text>
                </g>
              );
            })}
            {/* The matrix is symmetric: cells on and above the diagonal are marks; the lower
                triangle repeats them as a few paths (one per colour step), a tenth of the
                elements to build, style and lay out after each filter. */}
            {upper.map(([cell, i]) => renderCell(cell, i))}
            {diagonal.map(([cell, i]) => renderCell(cell, i))}
            <g
              aria-hidden="true"
              data-mirror=""
              onClick={(event) => {
                event.stopPropagation();
                mirroredSpec(event)?.onActivate(event.shiftKey || event.ctrlKey || event.metaKey);
              }}
              onMouseMove={(event) => {
                event.stopPropagation();
                const spec = mirroredSpec(event);
                if (spec === undefined) tooltip.hide();
                else tooltip.showAtPointer(spec.tooltip, event.currentTarget, event.clientX, event.clientY);
              }}
              onMouseOver={(event) => event.stopPropagation()}
            >
              {mirror.map((layer) => (
                <path key={layer.key} d={layer.d} fill={layer.fill} fillOpacity={layer.opacity} />
              ))}
              {mirror.length > 0 && mirroredSmall !== '' && <path d={mirroredSmall} fill={`url(#${hatchId})`} />}
              {mirroredPressed.map((d) => (
                <path key={d} d={d} fill="none" stroke={FG} strokeWidth={2} />
              ))}
            </g>
            <text x={8} y={keyY} fontSize={11} fill={MUTED}>
              {measure === 'count'
                ? pairText(lang, 'keyCount', { max: formatCount(layout.maxCount) })
                : pairText(lang, 'keyLift')}
            </text>
            {anySmall && (
              <SmallSampleKey
                x={8}
                y={keyY + 20}
                hatchId={hatchId}
                text={pairText(lang, 'smallKey', { n: SMALL_PAIR })}
              />
            )}
          </svg>
        )}
        <Tooltip api={tooltip} />
      </ChartFrame>
      {pair !== null && listClosed !== pairKey && (
        <PairQuestions
          title={pairText(lang, pairScope === 'question' ? 'listTitle' : 'listTitlePost', {
            a: nameOfId(pairA),
            b: nameOfId(pairB),
            n: formatCount(listed.length),
          })}
          questions={listed}
          lang={lang}
          onOpenPost={onOpenPost}
          onClose={() => setListClosed(pairKey)}
        />
      )}
    </section>
  );
}
