/**
 * Topics or areas by interview round, normalised per round. Column headers select a round,
 * row labels a topic or area, a cell its round; small rounds are hatched, never hidden.
 */
import { useMemo, useState } from 'react';
import { groupByPost } from '../../../analysis/group-by-post';
import { encodeQuestions } from '../../../analysis/question-codes';
import { roundDistribution, type RoundLevel } from '../../../analysis/rounds';
import { SMALL_SAMPLE_POSTS } from '../../../analysis/sample-size';
import type { TopicSpace } from '../../../analysis/topic-space';
import { ChartFrame } from '../../charts/ChartFrame';
import { formatCount, formatPercent } from '../../charts/format';
import { HatchPattern, SmallSampleKey, sampleOpacity, useHatchId } from '../../charts/hatch';
import { areaName, roundName, topicName } from '../../charts/labels';
import { createMarks, labelOf } from '../../charts/mark';
import { BG, FG, GRID, MUTED } from '../../charts/palette';
import { hasActiveField, isActive, toggleSelection } from '../../charts/selection';
import { chartText } from '../../charts/strings';
import { gutterWidth } from '../../charts/text-width';
import { Toggle } from '../../charts/Toggle';
import { Tooltip, useTooltip } from '../../charts/tooltip';
import { useWidth } from '../../charts/use-width';
import type { FilterField, ViewProps } from '../../state/types';
import { perRows } from '../per-rows';
import { cellTooltip, columnTooltip, rowTooltip } from './describe';
import { layoutRounds } from './layout';
import { roundText } from './strings';

const distributionOf = perRows((questions, space: TopicSpace, level) =>
  roundDistribution(questions, space, level === 'topic' ? 'topic' : 'area'),
);

export interface RoundDistributionChartProps extends ViewProps {
  readonly space: TopicSpace;
}

const DIMMED = 0.35;

export function RoundDistributionChart(props: RoundDistributionChartProps) {
  const { questions, lang, active, onSelect, space } = props;
  const [level, setLevel] = useState<RoundLevel>('area');
  const [bodyRef, width] = useWidth<HTMLDivElement>();
  const tooltip = useTooltip();
  const hatchId = useHatchId();

  const distribution = distributionOf(questions, space, level);
  const layout = useMemo(() => {
    const nameOf = (code: number) => (level === 'topic' ? topicName(space, code, lang) : areaName(space, code, lang));
    const labels = Array.from({ length: distribution.rows }, (_, code) => nameOf(code));
    const labelWidth = gutterWidth(labels, 12, 64, Math.min(260, width * 0.35), 24);
    return layoutRounds(distribution, space, { width, labelWidth, labelOf: nameOf });
  }, [distribution, space, lang, width, level]);

  const rowField: FilterField = level;
  const totals = distribution.rounds.reduce((s, r) => ({ q: s.q + r.questions }), { q: 0 });
  // Posts among the questions: the post grouping the analyses already share, not a Set of ids.
  const postCount = useMemo(() => groupByPost(encodeQuestions(space, questions)).count, [questions, space]);
  const title = roundText(lang, 'title');
  const note = roundText(lang, 'note', {
    q: formatCount(totals.q),
    p: formatCount(postCount),
    r: distribution.rounds.length,
  });
  const anySmall = layout.columns.some((c) => c.small);
  const anyClipped = layout.cells.some((c) => c.clipped);
  const roundFieldActive = hasActiveField(active, 'round');
  const rowFieldActive = hasActiveField(active, rowField);

  const controls = (
    <>
      <Toggle
        label={roundText(lang, 'level')}
        value={level}
        onChange={setLevel}
        options={[
          { value: 'area', label: roundText(lang, 'areas') },
          { value: 'topic', label: roundText(lang, 'topics') },
        ]}
      />
      <span className="chart-note">{roundText(lang, 'subtitle')}</span>
    </>
  );
  const selectRound = (round: string, additive: boolean) =>
    onSelect(toggleSelection(active, 'round', round, additive));
  const marks = createMarks(tooltip);
  const keyLines = Number(anySmall) + Number(anyClipped);
  const svgHeight = layout.height + 4 + keyLines * 20;

  return (
    <section data-view="round-distribution" ref={bodyRef}>
      <ChartFrame title={title} note={note} fileName="round-distribution" lang={lang} controls={controls}>
        {layout.rows.length === 0 ? (
          <p className="chart-empty">{chartText(lang, 'empty')}</p>
        ) : (
          <svg width={layout.width} height={svgHeight} role="group" aria-label={title} {...marks.listeners}>
            <HatchPattern id={hatchId} />
            <g aria-hidden="true">
              {layout.columns.map((c) => (
                <line key={c.column.round} x1={c.x} x2={c.x} y1={layout.plotTop} y2={layout.height - 8} stroke={GRID} />
              ))}
            </g>
            {layout.columns.map((c) => {
              const round = c.column.round;
              const pressed = isActive(active, 'round', round);
              const content = columnTooltip(c.column, lang);
              return (
                <g
                  key={round}
                  data-round={round}
                  data-small={c.small ? '' : undefined}
                  opacity={roundFieldActive && !pressed ? DIMMED : 1}
                  {...marks.mark(`round:${round}`, {
                    label: labelOf(content),
                    tooltip: content,
                    pressed,
                    onActivate: (add) => selectRound(round, add),
                  })}
                >
                  <rect
                    x={c.x + 1}
                    y={2}
                    width={c.width - 2}
                    height={layout.plotTop - 6}
                    fill={pressed ? GRID : 'transparent'}
                    stroke={pressed ? FG : 'none'}
                  />
                  <text x={c.x + 6} y={18} fontSize={13} fontWeight={600} fill={FG}>
                    {(c.small ? '⚠ ' : '') + roundName(round, lang)}
                  </text>
                  <text x={c.x + 6} y={32} fontSize={10} fill={MUTED}>
                    {roundText(lang, 'columnQuestions', { q: formatCount(c.column.questions) })}
                  </text>
                  <text x={c.x + 6} y={44} fontSize={10} fill={MUTED}>
                    {roundText(lang, 'columnPosts', { p: formatCount(c.column.posts) })}
                  </text>
                </g>
              );
            })}
            {layout.rows.map((row) => {
              const pressed = isActive(active, rowField, row.id);
              const cells = layout.cells.filter((cell) => cell.row === row);
              const content = rowTooltip(row.label, cells, lang);
              const dataAttrs = level === 'topic' ? { 'data-topic': row.id } : { 'data-area': row.id };
              return (
                <g
                  key={row.id}
                  {...dataAttrs}
                  opacity={rowFieldActive && !pressed ? DIMMED : 1}
                  {...marks.mark(`row:${row.id}`, {
                    label: labelOf(content),
                    tooltip: content,
                    pressed,
                    onActivate: (add) => onSelect(toggleSelection(active, rowField, row.id, add)),
                  })}
                >
                  <rect x={0} y={row.y} width={layout.plotLeft - 4} height={layout.rowHeight} fill="transparent" />
                  <rect x={layout.plotLeft - 8} y={row.y + 6} width={4} height={layout.rowHeight - 12} fill={row.color} />
                  <text
                    x={layout.plotLeft - 12}
                    y={row.y + layout.rowHeight / 2}
                    dy="0.35em"
                    textAnchor="end"
                    fontSize={12}
                    fontWeight={pressed ? 700 : 400}
                    fill={FG}
                  >
                    {row.label}
                  </text>
                </g>
              );
            })}
            {layout.cells.map((cell) => {
              const round = cell.column.column.round;
              const pressed = isActive(active, 'round', round);
              const dimmed =
                (roundFieldActive && !pressed) || (rowFieldActive && !isActive(active, rowField, cell.row.id));
              const content = cellTooltip(cell, lang);
              const rowAttrs = level === 'topic' ? { 'data-topic': cell.row.id } : { 'data-area': cell.row.id };
              return (
                <g
                  key={`${round}:${cell.row.id}`}
                  data-round={round}
                  {...rowAttrs}
                  data-small={cell.column.small ? '' : undefined}
                  opacity={dimmed ? DIMMED : 1}
                  {...marks.mark(`${round}:${cell.row.id}`, {
                    label: labelOf(content),
                    tooltip: content,
                    pressed,
                    onActivate: (add) => selectRound(round, add),
                  })}
                >
                  <rect
                    x={cell.x}
                    y={cell.y}
                    width={Math.max(cell.share > 0 ? 1 : 0, cell.barWidth)}
                    height={cell.height}
                    fill={cell.row.color}
                    fillOpacity={sampleOpacity(cell.column.small)}
                  />
                  {cell.clipped && (
                    <path
                      d={`M${cell.x + cell.barWidth - 9},${cell.y + cell.height + 1}l4,${-cell.height - 2}m2,${cell.height + 2}l4,${-cell.height - 2}`}
                      stroke={BG}
                      strokeWidth={2}
                      aria-hidden="true"
                    />
                  )}
                  {cell.column.small && cell.barWidth > 0 && (
                    <rect x={cell.x} y={cell.y} width={cell.barWidth} height={cell.height} fill={`url(#${hatchId})`} />
                  )}
                  <text
                    x={cell.x + cell.barWidth + 4}
                    y={cell.y + cell.height / 2}
                    dy="0.35em"
                    fontSize={10}
                    fill={cell.share > 0 ? FG : MUTED}
                  >
                    {cell.share > 0 ? formatPercent(cell.share) : '·'}
                  </text>
                  <rect
                    x={cell.column.x}
                    y={cell.row.y}
                    width={cell.column.width}
                    height={layout.rowHeight}
                    fill="transparent"
                  />
                </g>
              );
            })}
            {anyClipped && (
              <text x={8} y={layout.height + 14} fontSize={11} fill={MUTED}>
                {roundText(lang, 'clipped')}
              </text>
            )}
            {anySmall && (
              <SmallSampleKey
                x={8}
                y={layout.height + 14 + (anyClipped ? 20 : 0)}
                hatchId={hatchId}
                text={chartText(lang, 'smallSampleNote', { n: SMALL_SAMPLE_POSTS })}
              />
            )}
          </svg>
        )}
        <Tooltip api={tooltip} />
      </ChartFrame>
    </section>
  );
}
