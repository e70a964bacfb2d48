/**
 * A topic-by-topic matrix, ordered so that clusters sit together, by count or lift, within a
 * question or within a post. Clicking a cell sets a topic-pair filter and lists its questions.
 */
import { useMemo, useState, type MouseEvent } from 'react';
import { cooccurrence, questionsWithPair, type PairScope } from '../../../analysis/cooccurrence';
import type { TopicSpace } from '../../../analysis/topic-space';
import { cellLayers, gridCellAt, moveOnGrid, rectPath, svgPoint, type GridGeometry, type LayerCell } from '../../charts/cell-grid';
import { ChartFrame } from '../../charts/ChartFrame';
import { GridCells } from '../../charts/GridCells';
import { GridAnnouncement, GridCursor } from '../../charts/GridCursor';
import { GridTable } from '../../charts/GridTable';
import { formatCount } from '../../charts/format';
import { HatchPattern, SmallSampleKey, sampleOpacity, useHatchId } from '../../charts/hatch';
import { topicName } from '../../charts/labels';
import { createMarks, labelOf } from '../../charts/mark';
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
import { layoutMatrix, SMALL_PAIR, type MatrixCell, type MatrixLayout, type PairMeasure } from './layout';
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

const cellKey = (cell: MatrixCell): string => `${cell.row.id}|${cell.column.id}`;

/**
 * The matrix as a grid: the cell at each (row, column) place, and for every cell the one that
 * stands for its pair (itself on and above the diagonal, its mirror image below).
 */
interface MatrixGrid {
  readonly geometry: GridGeometry;
  /** Cell index at row * n + column; -1 where the pair never occurs. */
  readonly at: Int32Array;
  readonly indexOfKey: ReadonlyMap<string, number>;
}

function matrixGrid(layout: MatrixLayout): MatrixGrid {
  const n = layout.topics.length;
  const at = new Int32Array(n * n).fill(-1);
  layout.cells.forEach((cell, i) => {
    at[cell.row.index * n + cell.column.index] = i;
  });
  return {
    geometry: { left: layout.left, top: layout.top, cellWidth: layout.cellSize, cellHeight: layout.cellSize, rows: n, columns: n },
    at,
    indexOfKey: new Map(layout.cells.map((cell, i) => [cellKey(cell), i] as const)),
  };
}

/** The cell on or above the diagonal for a place: a pair is one mark, whichever half shows it. */
function upperOf(layout: MatrixLayout, grid: MatrixGrid, cell: MatrixCell): MatrixCell {
  if (cell.row.index <= cell.column.index) return cell;
  return layout.cells[grid.at[cell.column.index * layout.topics.length + cell.row.index] ?? -1] ?? cell;
}

/** The square of a cell, inside the grid lines. */
const cellRect = (cell: MatrixCell): string => rectPath(cell.x + 0.5, cell.y + 0.5, cell.size - 1, cell.size - 1);

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
  const [cursorKey, setCursorKey] = useState('');
  const [announce, setAnnounce] = useState(false);
  const [tableShown, setTableShown] = useState(false);
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
      <button type="button" aria-pressed={tableShown} data-action="toggle-table" onClick={() => setTableShown(!tableShown)}>
        {chartText(lang, tableShown ? 'hideTable' : 'showTable')}
      </button>
    </>
  );
  const grid = useMemo(() => matrixGrid(layout), [layout]);
  // Every cell, both halves, as a few paths: one per colour and opacity step, and the hatching.
  const layers = useMemo(() => {
    const plain: LayerCell[] = [];
    const hatched: string[] = [];
    for (const cell of layout.cells) {
      plain.push({
        x: cell.x + 0.5,
        y: cell.y + 0.5,
        width: cell.size - 1,
        height: cell.size - 1,
        fill: cell.fill,
        opacity: cell.opacity * sampleOpacity(cell.small),
      });
      if (cell.small) hatched.push(cellRect(cell));
    }
    return { paths: cellLayers(plain), hatched: hatched.join('') };
  }, [layout]);
  const pressedOutline = useMemo(() => {
    if (active === undefined) return '';
    const parts: string[] = [];
    for (const cell of layout.cells) {
      const pressed = cell.diagonal
        ? isActive(active, 'topic', cell.row.id)
        : isPressed(active, cell.row.id, cell.column.id, scope);
      if (pressed) parts.push(cellRect(cell));
    }
    return parts.join('');
  }, [layout, active, scope]);
  const marks = createMarks(tooltip);
  const tipOf = (cell: MatrixCell) =>
    cellTooltip(cell, { a: matrix.single[cell.row.code] ?? 0, b: matrix.single[cell.column.code] ?? 0, units: matrix.units }, scope, lang);
  const activate = (cell: MatrixCell, additive: boolean): void => {
    setListClosed('');
    onSelect(
      cell.diagonal
        ? toggleSelection(active, 'topic', cell.row.id, additive)
        : togglePair(active, cell.row.id, cell.column.id, scope),
    );
  };
  // The keyboard's cell: the last one moved to or clicked, else the first pair of the first row.
  const n = layout.topics.length;
  const inUpper = (r: number, c: number): boolean => c >= r && (grid.at[r * n + c] ?? -1) >= 0;
  const firstPair = layout.cells.find((cell) => cell.row.index < cell.column.index) ?? layout.cells[0];
  const cursorCell = layout.cells[grid.indexOfKey.get(cursorKey) ?? -1] ?? firstPair;
  const cellUnder = (event: MouseEvent<SVGGElement>): MatrixCell | undefined => {
    const point = svgPoint(event.currentTarget, event.clientX, event.clientY);
    const place = point === undefined ? undefined : gridCellAt(grid.geometry, point.x, point.y);
    const cell = place === undefined ? undefined : layout.cells[grid.at[place.row * n + place.column] ?? -1];
    return cell === undefined ? undefined : upperOf(layout, grid, cell);
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
            {/* The cells, both halves, are a few paths (one per colour step): the pointer finds
                its cell by position, the keyboard reaches every pair through one cursor mark. */}
            <GridCells
              layers={layers.paths}
              hatched={layers.hatched}
              hatchId={hatchId}
              cellUnder={cellUnder}
              onPick={(cell, add) => {
                setCursorKey(cellKey(cell));
                activate(cell, add);
              }}
              tooltipOf={tipOf}
              tooltip={tooltip}
            >
              {pressedOutline !== '' && <path d={pressedOutline} fill="none" stroke={FG} strokeWidth={2} />}
            </GridCells>
            {cursorCell !== undefined &&
              (() => {
                const content = tipOf(cursorCell);
                const pressed = cursorCell.diagonal
                  ? isActive(active, 'topic', cursorCell.row.id)
                  : isPressed(active, cursorCell.row.id, cursorCell.column.id, scope);
                return (
                  <GridCursor
                    attributes={{
                      ...marks.mark(cellKey(cursorCell), {
                        label: labelOf(content),
                        tooltip: content,
                        pressed,
                        onActivate: (add) => activate(cursorCell, add),
                      }),
                      'data-topic': cursorCell.row.id,
                      'data-topic-b': cursorCell.column.id,
                      'data-small': cursorCell.small ? '' : undefined,
                    }}
                    tooltip={tooltip}
                    content={content}
                    x={cursorCell.x + 0.5}
                    y={cursorCell.y + 0.5}
                    width={cursorCell.size - 1}
                    height={cursorCell.size - 1}
                    onStep={(step) => {
                      const to = moveOnGrid(grid.geometry, { row: cursorCell.row.index, column: cursorCell.column.index }, step, inUpper);
                      const next = layout.cells[grid.at[to.row * n + to.column] ?? -1];
                      if (next !== undefined) setCursorKey(cellKey(next));
                      setAnnounce(true);
                    }}
                  />
                );
              })()}
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
        <GridAnnouncement text={announce && cursorCell !== undefined ? labelOf(tipOf(cursorCell)) : ''} />
        {tableShown && (
          <GridTable
            caption={`${title} · ${note}`}
            corner={pairText(lang, 'tableCorner', { unit })}
            columns={layout.topics.map((t) => t.label)}
            rows={layout.topics.map((row) => ({
              key: row.id,
              label: row.label,
              cells: layout.topics.map((column) => formatCount(matrix.pair[row.code * matrix.k + column.code] ?? 0)),
            }))}
          />
        )}
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
