/**
 * A company × topic heatmap (share of each company's questions), and a side-by-side of two
 * picked companies with the topics most distinctive of each against all the others.
 */
import { useMemo, useState, type MouseEvent } from 'react';
import { companyTopicTable, UNKNOWN_COMPANY } from '../../../analysis/company-comparison';
import { SMALL_SAMPLE_POSTS } from '../../../analysis/sample-size';
import type { TopicSpace } from '../../../analysis/topic-space';
import { cellLayers, gridCellAt, moveOnGrid, rectPath, svgPoint, type GridGeometry, type LayerCell } from '../../charts/cell-grid';
import { ChartFrame } from '../../charts/ChartFrame';
import { GridCells } from '../../charts/GridCells';
import { GridAnnouncement, GridCursor } from '../../charts/GridCursor';
import { GridTable } from '../../charts/GridTable';
import { formatCount, formatPercent } from '../../charts/format';
import { HatchPattern, SmallSampleKey, sampleOpacity, useHatchId } from '../../charts/hatch';
import { companyName, topicName } from '../../charts/labels';
import { createMarks, labelOf } from '../../charts/mark';
import { FG, GRID, MUTED } from '../../charts/palette';
import { hasActiveField, isActive, toggleSelection } from '../../charts/selection';
import { chartText } from '../../charts/strings';
import { gutterWidth } from '../../charts/text-width';
import { Tooltip, useTooltip } from '../../charts/tooltip';
import { useWidth } from '../../charts/use-width';
import type { ViewProps } from '../../state/types';
import { perRows } from '../per-rows';
import { distinctiveTooltip, heatCellTooltip, heatRowTooltip } from './describe';
import { layoutDistinctive, Z_DISTINCTIVE } from './distinctive';
import { layoutHeatmap, type HeatCell, type HeatLayout } from './layout';
import { companyText } from './strings';

const tableOf = perRows((questions, space: TopicSpace) => companyTopicTable(questions, space));

export interface CompanyComparisonChartProps extends ViewProps {
  readonly space: TopicSpace;
}

const MAX_ROWS = 25;
const DIMMED = 0.35;

const cellKey = (cell: HeatCell): string => `${cell.row.company.company}|${cell.column.id}`;

/** The heatmap as a grid: which cell sits at each (row, column) place, and where each cell is. */
interface HeatGrid {
  readonly geometry: GridGeometry;
  /** Cell index at row * columns + column; -1 where the company never asks the topic. */
  readonly at: Int32Array;
  readonly placeOf: ReadonlyArray<{ row: number; column: number }>;
  readonly indexOfKey: ReadonlyMap<string, number>;
}

function heatGrid(heat: HeatLayout): HeatGrid {
  const rowOf = new Map(heat.rows.map((row, i) => [row, i] as const));
  const columnOf = new Map(heat.columns.map((column, i) => [column, i] as const));
  const columns = heat.columns.length;
  const at = new Int32Array(heat.rows.length * columns).fill(-1);
  const placeOf = heat.cells.map((cell, i) => {
    const place = { row: rowOf.get(cell.row) ?? 0, column: columnOf.get(cell.column) ?? 0 };
    at[place.row * columns + place.column] = i;
    return place;
  });
  return {
    geometry: { left: heat.left, top: heat.top, cellWidth: heat.cellWidth, cellHeight: heat.cellHeight, rows: heat.rows.length, columns },
    at,
    placeOf,
    indexOfKey: new Map(heat.cells.map((cell, i) => [cellKey(cell), i] as const)),
  };
}

export function CompanyComparisonChart(props: CompanyComparisonChartProps) {
  const { questions, lang, active, onSelect, space } = props;
  const [showAll, setShowAll] = useState(false);
  const [picked, setPicked] = useState<[string, string]>(['', '']);
  const [cursorKey, setCursorKey] = useState('');
  const [announce, setAnnounce] = useState(false);
  const [tableShown, setTableShown] = useState(false);
  const [bodyRef, width] = useWidth<HTMLDivElement>();
  const heatTooltip = useTooltip();
  const pairTooltip = useTooltip();
  const hatchId = useHatchId();
  const pairHatchId = useHatchId();

  const table = tableOf(questions, space);
  const companyLabel = (id: string) => companyName(id, lang);
  const heat = useMemo(() => {
    const labelWidth = gutterWidth(
      table.companies.map((c) => companyName(c.company, lang)),
      12,
      60,
      160,
    );
    const headerHeight = gutterWidth(space.topics.map((_, code) => topicName(space, code, lang)), 11, 60, 190);
    return layoutHeatmap(table, space, {
      width,
      labelWidth,
      headerHeight,
      companyLabel: (id) => companyName(id, lang),
      topicLabel: (code) => topicName(space, code, lang),
      maxRows: showAll ? table.companies.length : MAX_ROWS,
    });
  }, [table, space, lang, width, showAll]);

  // The two companies compared: the user's picks while they are in the data, else the two largest.
  const known = table.companies.filter((c) => c.company !== UNKNOWN_COMPANY).map((c) => c.company);
  const fallback = known.length > 0 ? known : table.companies.map((c) => c.company);
  const pickA = fallback.includes(picked[0]) ? picked[0] : (fallback[0] ?? '');
  const pickB = fallback.includes(picked[1]) && picked[1] !== pickA ? picked[1] : (fallback.find((c) => c !== pickA) ?? '');
  const pair = useMemo(() => {
    const ids = [pickA, pickB].filter((id) => id !== '');
    const labelWidth = gutterWidth(space.topics.map((_, code) => topicName(space, code, lang)), 12, 60, 150);
    return layoutDistinctive(table, ids, space, {
      width,
      labelWidth,
      companyLabel: (id) => companyName(id, lang),
      topicLabel: (code) => topicName(space, code, lang),
    });
  }, [table, space, lang, width, pickA, pickB]);

  const companyActive = hasActiveField(active, 'company');
  const topicActive = hasActiveField(active, 'topic');
  const anySmall = heat.rows.some((r) => r.small);
  const title = companyText(lang, 'title');
  const hidden = table.companies.length > heat.rows.length;
  const note =
    companyText(lang, 'note', { q: formatCount(table.totalQuestions), c: table.companies.length }) +
    (hidden ? companyText(lang, 'noteHidden', { shown: heat.rows.length }) : '');
  const selectCompany = (id: string, additive: boolean) => onSelect(toggleSelection(active, 'company', id, additive));
  const selectTopic = (id: string, additive: boolean) => onSelect(toggleSelection(active, 'topic', id, additive));

  const heatControls = (
    <>
      {table.companies.length > MAX_ROWS && (
        <button type="button" onClick={() => setShowAll(!showAll)}>
          {showAll
            ? companyText(lang, 'showFewer', { n: MAX_ROWS })
            : companyText(lang, 'showAll', { n: table.companies.length })}
        </button>
      )}
      <button type="button" aria-pressed={tableShown} data-action="toggle-table" onClick={() => setTableShown(!tableShown)}>
        {chartText(lang, tableShown ? 'hideTable' : 'showTable')}
      </button>
    </>
  );
  const picker = (which: 0 | 1, value: string) => (
    <label className="chart-toggle">
      <span className="chart-toggle-label">{companyText(lang, which === 0 ? 'pickA' : 'pickB')}</span>
      <select
        value={value}
        onChange={(e) => setPicked(which === 0 ? [e.target.value, pickB] : [pickA, e.target.value])}
      >
        {table.companies.map((c) => (
          <option key={c.company} value={c.company} disabled={c.company === (which === 0 ? pickB : pickA)}>
            {`${companyName(c.company, lang)} (${companyText(lang, 'rowN', { q: c.questions, p: c.posts })})`}
          </option>
        ))}
      </select>
    </label>
  );
  const grid = useMemo(() => heatGrid(heat), [heat]);
  // The cells as a few paths: one per opacity step, and the hatching of small samples.
  const layers = useMemo(() => {
    const companyOn = hasActiveField(active, 'company');
    const topicOn = hasActiveField(active, 'topic');
    const plain: LayerCell[] = [];
    const hatched: string[] = [];
    const hatchedDimmed: string[] = [];
    for (const cell of heat.cells) {
      const dimmed =
        (companyOn && !isActive(active, 'company', cell.row.company.company)) ||
        (topicOn && !isActive(active, 'topic', cell.column.id));
      const x = cell.x + 0.5;
      const y = cell.y + 0.5;
      const w = heat.cellWidth - 1;
      const h = heat.cellHeight - 1;
      plain.push({ x, y, width: w, height: h, fill: cell.fill, opacity: cell.opacity * sampleOpacity(cell.row.small) * (dimmed ? DIMMED : 1) });
      if (cell.row.small) (dimmed ? hatchedDimmed : hatched).push(rectPath(x, y, w, h));
    }
    return { paths: cellLayers(plain), hatched: hatched.join(''), hatchedDimmed: hatchedDimmed.join('') };
  }, [heat, active]);
  const cursorIndex = grid.indexOfKey.get(cursorKey) ?? (heat.cells.length > 0 ? 0 : -1);
  const cursorCell = heat.cells[cursorIndex];
  const cellUnder = (event: MouseEvent<SVGGElement>): HeatCell | undefined => {
    const point = svgPoint(event.currentTarget, event.clientX, event.clientY);
    const place = point === undefined ? undefined : gridCellAt(grid.geometry, point.x, point.y);
    return place === undefined ? undefined : heat.cells[grid.at[place.row * grid.geometry.columns + place.column] ?? -1];
  };
  const heatMarks = createMarks(heatTooltip);
  const pairMarks = createMarks(pairTooltip);
  const half = heat.cellWidth / 2;
  const heatHeight = heat.height + (anySmall ? 40 : 22);

  return (
    <section data-view="company-comparison" ref={bodyRef}>
      <ChartFrame title={title} note={note} fileName="company-topic-heatmap" lang={lang} controls={heatControls}>
        {heat.rows.length === 0 || heat.columns.length === 0 ? (
          <p className="chart-empty">{chartText(lang, 'empty')}</p>
        ) : (
          <svg width={heat.width} height={heatHeight} role="group" aria-label={title} {...heatMarks.listeners}>
            <HatchPattern id={hatchId} />
            {heat.columns.map((col) => {
              const pressed = isActive(active, 'topic', col.id);
              const total = table.topicQuestions[col.code] ?? 0;
              const content = {
                title: col.label,
                lines: [companyText(lang, 'tipTopicTotal', { q: formatCount(total) })],
              };
              return (
                <g
                  key={`col:${col.id}`}
                  data-topic={col.id}
                  opacity={topicActive && !pressed ? DIMMED : 1}
                  {...heatMarks.mark(`col:${col.id}`, {
                    label: labelOf(content),
                    tooltip: content,
                    pressed,
                    onActivate: (add) => selectTopic(col.id, add),
                  })}
                >
                  <rect x={col.x} y={0} width={heat.cellWidth} height={heat.top - 2} fill="transparent" />
                  <rect x={col.x + 1} y={heat.top - 6} width={heat.cellWidth - 2} height={4} fill={col.color} />
                  <text
                    transform={`translate(${col.x + half},${heat.top - 10}) rotate(-90)`}
                    dy="0.35em"
                    fontSize={11}
                    fontWeight={pressed ? 700 : 400}
                    fill={FG}
                  >
                    {col.label}
                  </text>
                </g>
              );
            })}
            <g aria-hidden="true">
              {heat.rows.map((row) => (
                <line
                  key={row.company.company}
                  x1={heat.left}
                  x2={heat.left + heat.columns.length * heat.cellWidth}
                  y1={row.y + heat.cellHeight}
                  y2={row.y + heat.cellHeight}
                  stroke={GRID}
                  strokeWidth={0.5}
                />
              ))}
            </g>
            {heat.rows.map((row) => {
              const id = row.company.company;
              const pressed = isActive(active, 'company', id);
              const content = heatRowTooltip(row, lang);
              return (
                <g
                  key={`row:${id}`}
                  data-company={id}
                  data-small={row.small ? '' : undefined}
                  opacity={companyActive && !pressed ? DIMMED : 1}
                  {...heatMarks.mark(`row:${id}`, {
                    label: labelOf(content),
                    tooltip: content,
                    pressed,
                    onActivate: (add) => selectCompany(id, add),
                  })}
                >
                  <rect x={0} y={row.y} width={heat.left - 2} height={heat.cellHeight} fill="transparent" />
                  <text
                    x={heat.nX - 8}
                    y={row.y + heat.cellHeight / 2}
                    dy="0.35em"
                    textAnchor="end"
                    fontSize={12}
                    fontWeight={pressed ? 700 : 400}
                    fill={row.small ? MUTED : FG}
                  >
                    {row.label}
                  </text>
                  <text x={heat.nX} y={row.y + heat.cellHeight / 2} dy="0.35em" fontSize={10} fill={MUTED}>
                    {(row.small ? '⚠ ' : '') +
                      companyText(lang, 'rowN', { q: formatCount(row.company.questions), p: formatCount(row.company.posts) })}
                  </text>
                </g>
              );
            })}
            {/* The cells are a few paths (one per opacity step): the pointer finds its cell by
                position, the keyboard reaches every cell through one cursor mark. */}
            <GridCells
              layers={layers.paths}
              hatched={layers.hatched}
              hatchId={hatchId}
              cellUnder={cellUnder}
              onPick={(cell, add) => {
                setCursorKey(cellKey(cell));
                selectCompany(cell.row.company.company, add);
              }}
              tooltipOf={(cell) => heatCellTooltip(cell, lang)}
              tooltip={heatTooltip}
            >
              {layers.hatchedDimmed !== '' && <path d={layers.hatchedDimmed} fill={`url(#${hatchId})`} opacity={DIMMED} />}
            </GridCells>
            {cursorCell !== undefined &&
              (() => {
                const id = cursorCell.row.company.company;
                const content = heatCellTooltip(cursorCell, lang);
                const key = cellKey(cursorCell);
                return (
                  <GridCursor
                    attributes={{
                      ...heatMarks.mark(key, {
                        label: labelOf(content),
                        tooltip: content,
                        pressed: isActive(active, 'company', id),
                        onActivate: (add) => selectCompany(id, add),
                      }),
                      'data-company': id,
                      'data-topic': cursorCell.column.id,
                      'data-small': cursorCell.row.small ? '' : undefined,
                    }}
                    tooltip={heatTooltip}
                    content={content}
                    x={cursorCell.x + 0.5}
                    y={cursorCell.y + 0.5}
                    width={heat.cellWidth - 1}
                    height={heat.cellHeight - 1}
                    onStep={(step) => {
                      const from = grid.placeOf[cursorIndex]!;
                      const to = moveOnGrid(grid.geometry, from, step, (r, c) => (grid.at[r * grid.geometry.columns + c] ?? -1) >= 0);
                      const next = heat.cells[grid.at[to.row * grid.geometry.columns + to.column] ?? -1];
                      if (next !== undefined) setCursorKey(cellKey(next));
                      setAnnounce(true);
                    }}
                  />
                );
              })()}
            <text x={8} y={heat.height + 12} fontSize={11} fill={MUTED}>
              {companyText(lang, 'keyShade', { max: formatPercent(heat.maxShare) })}
            </text>
            {anySmall && (
              <SmallSampleKey
                x={8}
                y={heat.height + 32}
                hatchId={hatchId}
                text={chartText(lang, 'smallSampleNote', { n: SMALL_SAMPLE_POSTS })}
              />
            )}
          </svg>
        )}
        <Tooltip api={heatTooltip} />
        <GridAnnouncement text={announce && cursorCell !== undefined ? labelOf(heatCellTooltip(cursorCell, lang)) : ''} />
        {tableShown && (
          <GridTable
            caption={`${title} · ${note}`}
            corner={companyText(lang, 'tableCorner')}
            columns={heat.columns.map((column) => column.label)}
            rows={heat.rows.map((row) => ({
              key: row.company.company,
              label: `${row.small ? '⚠ ' : ''}${row.label} (${companyText(lang, 'rowN', { q: formatCount(row.company.questions), p: formatCount(row.company.posts) })})`,
              cells: heat.columns.map((column) => {
                const q = row.company.topicQuestions[column.code] ?? 0;
                return q === 0 ? '0' : `${formatPercent(q / row.company.questions)} (${formatCount(q)})`;
              }),
            }))}
          />
        )}
      </ChartFrame>

      {pair.panels.length === 2 && (
        <ChartFrame
          title={companyText(lang, 'compareTitle', { a: companyLabel(pickA), b: companyLabel(pickB) })}
          note={pair.panels
            .map((p) => `${p.label}: ${companyText(lang, 'rowN', { q: formatCount(p.company.questions), p: formatCount(p.company.posts) })}`)
            .join(' · ')}
          fileName="company-distinctive-topics"
          lang={lang}
          controls={
            <>
              {picker(0, pickA)}
              {picker(1, pickB)}
            </>
          }
        >
          <svg
            width={pair.width}
            height={pair.height}
            role="group"
            aria-label={companyText(lang, 'compareTitle', { a: companyLabel(pickA), b: companyLabel(pickB) })}
            {...pairMarks.listeners}
          >
            <HatchPattern id={pairHatchId} />
            {pair.panels.map((panel) => (
              <g key={panel.company.company} transform={`translate(${panel.x},${panel.y})`}>
                <text x={0} y={16} fontSize={13} fontWeight={600} fill={FG} data-company={panel.company.company}>
                  {(panel.small ? '⚠ ' : '') + panel.label}
                </text>
                <text x={0} y={32} fontSize={10} fill={MUTED}>
                  {companyText(lang, 'rowN', { q: formatCount(panel.company.questions), p: formatCount(panel.company.posts) }) +
                    (panel.small ? ` · ${chartText(lang, 'smallSample')}` : '')}
                </text>
                {panel.bars.length === 0 && (
                  <text x={0} y={pair.top + 14} fontSize={11} fill={MUTED}>
                    {companyText(lang, 'noneDistinctive')}
                  </text>
                )}
                {panel.bars.map((bar) => {
                  const pressed = isActive(active, 'topic', bar.id);
                  const content = distinctiveTooltip(bar, panel, lang);
                  const weak = bar.topic.z < Z_DISTINCTIVE;
                  const barY = bar.y + 4;
                  const barH = pair.rowHeight - 8;
                  const x0 = pair.labelWidth;
                  return (
                    <g
                      key={bar.id}
                      data-company={panel.company.company}
                      data-topic={bar.id}
                      data-small={panel.small ? '' : undefined}
                      opacity={topicActive && !pressed ? DIMMED : 1}
                      {...pairMarks.mark(`${panel.company.company}|${bar.id}`, {
                        label: labelOf(content),
                        tooltip: content,
                        pressed,
                        onActivate: (add) => selectTopic(bar.id, add),
                      })}
                    >
                      <rect
                        x={x0}
                        y={barY}
                        width={Math.max(1, bar.width)}
                        height={barH}
                        fill={bar.color}
                        fillOpacity={sampleOpacity(panel.small) * (weak ? 0.5 : 1)}
                        stroke={pressed ? FG : 'none'}
                        strokeWidth={pressed ? 2 : 0}
                      />
                      {panel.small && (
                        <rect x={x0} y={barY} width={Math.max(1, bar.width)} height={barH} fill={`url(#${pairHatchId})`} />
                      )}
                      <text x={x0 - 6} y={barY + barH / 2} dy="0.35em" textAnchor="end" fontSize={12} fill={FG}>
                        {bar.label}
                      </text>
                      <text x={x0 + bar.width + 6} y={barY + barH / 2} dy="0.35em" fontSize={10} fill={MUTED}>
                        {`${formatPercent(bar.topic.share)} vs ${formatPercent(bar.topic.restShare)} · z ${bar.topic.z.toFixed(1)}${
                          weak ? companyText(lang, 'weak') : ''
                        }`}
                      </text>
                      <rect x={0} y={bar.y} width={panel.width} height={pair.rowHeight} fill="transparent" />
                    </g>
                  );
                })}
              </g>
            ))}
            <text x={0} y={pair.height - 8} fontSize={10} fill={MUTED}>
              {companyText(lang, 'distinctiveNote')}
            </text>
          </svg>
          <Tooltip api={pairTooltip} />
        </ChartFrame>
      )}
    </section>
  );
}
