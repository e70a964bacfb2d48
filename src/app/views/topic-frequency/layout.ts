/**
 * Horizontal bars, one row each, with the 95 % interval as a whisker: plain objects with
 * positions and colours, ready to map to SVG.
 */
import { scaleLinear } from 'd3-scale';
import type { Tick } from '../../charts/axis';
import { areaColor } from '../../charts/palette';
import type { FrequencyMode, FrequencyRow } from './rows';

export interface BarMark {
  readonly row: FrequencyRow;
  readonly label: string;
  readonly y: number;
  readonly x: number;
  readonly width: number;
  readonly ciX0: number;
  readonly ciX1: number;
  readonly color: string;
}

export interface BarLayout {
  readonly width: number;
  readonly height: number;
  readonly plotLeft: number;
  readonly plotTop: number;
  readonly plotBottom: number;
  readonly barHeight: number;
  readonly ticks: readonly Tick[];
  readonly bars: readonly BarMark[];
}

export interface BarLayoutOptions {
  readonly width: number;
  readonly mode: FrequencyMode;
  readonly labelWidth: number;
  readonly rowHeight?: number;
  /** Room right of the plot for the value and n. */
  readonly valueWidth?: number;
  readonly formatTick: (value: number) => string;
  readonly labelOf: (row: FrequencyRow) => string;
}

const TOP = 24;
const BOTTOM = 28;

export const getHi = (r: FrequencyRow): number => r.hi;

export function layoutBars(rows: readonly FrequencyRow[], options: BarLayoutOptions): BarLayout {
  const rowHeight = options.rowHeight ?? 22;
  const valueWidth = options.valueWidth ?? 150;
  const plotLeft = options.labelWidth;
  const plotRight = Math.max(plotLeft + 80, options.width - valueWidth);
  const max = rows.reduce((m, r) => Math.max(m, getHi(r)), 0);
  const domainMax = options.mode === 'share' ? Math.min(1, max || 1) : max || 1;
  const x = scaleLinear().domain([0, domainMax]).nice(5).range([plotLeft, plotRight]);
  const barHeight = Math.round(rowHeight * 0.64);
  const bars = rows.map((row, i) => ({
    row,
    label: options.labelOf(row),
    y: TOP + i * rowHeight + (rowHeight - barHeight) / 2,
    x: plotLeft,
    width: Math.max(0, x(row.value) - plotLeft),
    ciX0: x(row.lo),
    ciX1: x(row.hi),
    color: areaColor(row.areaId),
  }));
  // Counts are whole questions: with small counts d3 would add 0.5 steps, labelled "1" twice.
  const values = options.mode === 'count' ? x.ticks(5).filter(Number.isInteger) : x.ticks(5);
  const ticks = values.map((t) => ({ x: x(t), label: options.formatTick(t) }));
  const plotBottom = TOP + rows.length * rowHeight;
  return {
    width: options.width,
    height: plotBottom + BOTTOM,
    plotLeft,
    plotTop: TOP,
    plotBottom,
    barHeight,
    ticks,
    bars,
  };
}
