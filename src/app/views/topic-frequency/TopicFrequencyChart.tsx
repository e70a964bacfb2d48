/**
 * Topics (or areas) as bars coloured by area, by question count or by share of posts, each with
 * its 95 % Wilson interval and n. Clicking an area drills down to its topics and filters by it.
 */
import { useMemo, useState } from 'react';
import { topicFrequency } from '../../../analysis/frequency';
import { SMALL_SAMPLE_POSTS, isSmallSample } from '../../../analysis/sample-size';
import type { TopicSpace } from '../../../analysis/topic-space';
import { XAxisGrid } from '../../charts/axis';
import { ChartFrame } from '../../charts/ChartFrame';
import { formatCount, formatPercent } from '../../charts/format';
import { HatchPattern, SmallSampleKey, sampleOpacity, useHatchId } from '../../charts/hatch';
import { areaName, topicName } from '../../charts/labels';
import { Legend, layoutLegend } from '../../charts/legend';
import { createMarks, labelOf } from '../../charts/mark';
import { BG, FG, MUTED, areaColor } from '../../charts/palette';
import { hasActiveField, isActive, toggleSelection } from '../../charts/selection';
import { chartText } from '../../charts/strings';
import { gutterWidth } from '../../charts/text-width';
import { Toggle } from '../../charts/Toggle';
import { Tooltip, useTooltip } from '../../charts/tooltip';
import { useWidth } from '../../charts/use-width';
import type { ViewProps } from '../../state/types';
import { perRows } from '../per-rows';
import { barText, barTooltip } from './describe';
import { layoutBars } from './layout';
import { frequencyRows, type FrequencyLevel, type FrequencyMode, type FrequencyRow } from './rows';
import { frequencyText } from './strings';

/** The 95 % interval: a line with end caps, on a halo of the background so it reads on any bar. */
function Whisker({ x0, x1, y }: { x0: number; x1: number; y: number }) {
  const path = `M${x0},${y - 4}V${y + 4}M${x0},${y}H${x1}M${x1},${y - 4}V${y + 4}`;
  return (
    <g aria-hidden="true">
      <path d={path} stroke={BG} strokeWidth={3} strokeOpacity={0.8} fill="none" />
      <path d={path} stroke={FG} strokeWidth={1.2} fill="none" />
    </g>
  );
}

const frequencyOf = perRows((questions, space: TopicSpace) => topicFrequency(questions, space));

export interface TopicFrequencyChartProps extends ViewProps {
  readonly space: TopicSpace;
}

const DIMMED = 0.35;

export function TopicFrequencyChart(props: TopicFrequencyChartProps) {
  const { questions, lang, active, onSelect, space } = props;
  const [mode, setMode] = useState<FrequencyMode>('count');
  const [level, setLevel] = useState<FrequencyLevel>('topic');
  const [drill, setDrill] = useState<string | null>(() =>
    active?.field === 'area' && active.values.length === 1 ? (active.values[0] ?? null) : null,
  );
  const [bodyRef, width] = useWidth<HTMLDivElement>();
  const tooltip = useTooltip();
  const hatchId = useHatchId();
  const t = (key: Parameters<typeof frequencyText>[1], params: Record<string, string | number> = {}) =>
    frequencyText(lang, key, params);

  const frequency = frequencyOf(questions, space);
  const shownLevel: FrequencyLevel = drill === null ? level : 'topic';
  const rows = useMemo(
    () => frequencyRows(frequency, space, { mode, level: shownLevel, area: drill }),
    [frequency, space, mode, shownLevel, drill],
  );
  const layout = useMemo(() => {
    const nameOf = (row: FrequencyRow) =>
      row.level === 'topic' ? topicName(space, row.code, lang) : areaName(space, row.code, lang);
    const labelWidth = gutterWidth(rows.map(nameOf), 12, 64, Math.min(260, width * 0.4));
    const formatTick = mode === 'count' ? formatCount : formatPercent;
    return layoutBars(rows, { width, mode, labelWidth, formatTick, labelOf: nameOf });
  }, [rows, width, mode, lang, space]);
  const legend = useMemo(() => {
    const areas = new Set(rows.map((r) => r.areaId));
    const items = space.areas
      .map((a, code) => ({ key: a.id, label: areaName(space, code, lang), color: areaColor(a.id) }))
      .filter((item) => areas.has(item.key));
    return layoutLegend(items, Math.max(100, width - 16));
  }, [rows, space, lang, width]);

  const drillCode = drill === null ? undefined : space.codeOfArea.get(drill);
  const title =
    drillCode === undefined ? t('title') : t('titleArea', { area: areaName(space, drillCode, lang) });
  const note =
    t('note', { q: formatCount(frequency.totalQuestions), p: formatCount(frequency.totalPosts) }) +
    (frequency.unclassifiedQuestions > 0 ? t('unclassified', { u: formatCount(frequency.unclassifiedQuestions) }) : '') +
    (isSmallSample(frequency.totalPosts) && frequency.totalPosts > 0 ? ` · ⚠ ${chartText(lang, 'smallSample')}` : '');

  const activate = (row: FrequencyRow, additive: boolean): void => {
    if (row.level === 'area' && !additive) {
      setDrill(row.id);
      onSelect({ field: 'area', values: [row.id] });
      return;
    }
    onSelect(toggleSelection(active, row.level, row.id, additive));
  };
  const leaveDrill = (): void => {
    setDrill(null);
    setLevel('area');
    if (active?.field === 'area') onSelect(null);
  };

  const controls = (
    <>
      <Toggle
        label={t('measure')}
        value={mode}
        onChange={setMode}
        options={[
          { value: 'count', label: t('count') },
          { value: 'share', label: t('share') },
        ]}
      />
      {drill === null ? (
        <Toggle
          label={t('level')}
          value={level}
          onChange={setLevel}
          options={[
            { value: 'topic', label: t('topics') },
            { value: 'area', label: t('areas') },
          ]}
        />
      ) : (
        <button type="button" onClick={leaveDrill}>
          {t('allAreas')}
        </button>
      )}
      {drill === null && level === 'area' && <span className="chart-note">{t('drillHint')}</span>}
    </>
  );

  // The words of each bar depend on the data, not on what is selected: a click on this chart
  // (which changes only its selection) reuses them.
  const words = useMemo(
    () =>
      layout.bars.map((bar) => {
        const areaCode = space.codeOfArea.get(bar.row.areaId) ?? 0;
        const content = barTooltip(bar.row, mode, lang, { label: bar.label, area: areaName(space, areaCode, lang) });
        return { content, label: labelOf(content), text: (bar.row.small ? '⚠ ' : '') + barText(bar.row, mode, lang) };
      }),
    [layout, mode, lang, space],
  );
  const marks = createMarks(tooltip);
  const legendTop = layout.height + 4;
  const svgHeight = legendTop + legend.height + 22;
  const anySmall = rows.some((r) => r.small);

  return (
    <section data-view="topic-frequency" ref={bodyRef}>
      <ChartFrame title={title} note={note} fileName="topic-frequency" lang={lang} controls={controls}>
        {rows.length === 0 ? (
          <p className="chart-empty">{chartText(lang, 'empty')}</p>
        ) : (
          <svg width={layout.width} height={svgHeight} role="group" aria-label={title} {...marks.listeners}>
            <HatchPattern id={hatchId} />
            <XAxisGrid ticks={layout.ticks} top={layout.plotTop} bottom={layout.plotBottom} />
            {layout.bars.map((bar, i) => {
              const { row } = bar;
              const pressed = isActive(active, row.level, row.id);
              const dimmed = hasActiveField(active, row.level) && !pressed;
              const { content, label, text } = words[i]!;
              const midY = bar.y + layout.barHeight / 2;
              const dataAttrs = row.level === 'topic' ? { 'data-topic': row.id } : { 'data-area': row.id };
              return (
                <g
                  key={`${row.level}:${row.id}`}
                  {...dataAttrs}
                  data-small={row.small ? '' : undefined}
                  opacity={dimmed ? DIMMED : 1}
                  {...marks.mark(`${row.level}:${row.id}`, {
                    label,
                    tooltip: content,
                    pressed,
                    onActivate: (additive) => activate(row, additive),
                  })}
                >
                  <rect
                    x={bar.x}
                    y={bar.y}
                    width={bar.width}
                    height={layout.barHeight}
                    fill={bar.color}
                    fillOpacity={sampleOpacity(row.small)}
                    stroke={pressed ? FG : 'none'}
                    strokeWidth={pressed ? 2 : 0}
                  />
                  {row.small && (
                    <rect x={bar.x} y={bar.y} width={bar.width} height={layout.barHeight} fill={`url(#${hatchId})`} />
                  )}
                  <Whisker x0={bar.ciX0} x1={bar.ciX1} y={midY} />
                  <text
                    x={layout.plotLeft - 8}
                    y={midY}
                    dy="0.35em"
                    textAnchor="end"
                    fontSize={12}
                    fill={FG}
                    fontWeight={pressed ? 700 : 400}
                  >
                    {bar.label}
                  </text>
                  <text x={bar.ciX1 + 6} y={midY} dy="0.35em" fontSize={11} fill={MUTED}>
                    {text}
                  </text>
                  <rect
                    x={0}
                    y={bar.y - 3}
                    width={layout.width}
                    height={layout.barHeight + 6}
                    fill="transparent"
                  />
                </g>
              );
            })}
            <Legend items={legend.items} x={8} y={legendTop + 12} />
            {anySmall && (
              <SmallSampleKey
                x={8}
                y={legendTop + legend.height + 16}
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
