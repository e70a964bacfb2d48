/**
 * The round-distribution grid: one column per round, one row per topic (or area) asked in any
 * round, and in each cell a bar as long as the row's share of that round. One length scale for
 * every cell, so a row read left to right shows how a topic gains or loses weight in later rounds.
 */
import { ascending, median } from 'd3-array';
import type { RoundColumn, RoundDistribution } from '../../../analysis/rounds';
import { isSmallSample } from '../../../analysis/sample-size';
import type { TopicSpace } from '../../../analysis/topic-space';
import { areaColor } from '../../charts/palette';

export interface RoundRowMark {
  readonly code: number;
  readonly id: string;
  readonly areaId: string;
  readonly label: string;
  readonly y: number;
  readonly color: string;
}

export interface RoundColumnMark {
  readonly column: RoundColumn;
  readonly x: number;
  readonly width: number;
  /** Fewer than 5 posts reach this round: its shares are flagged. */
  readonly small: boolean;
}

export interface RoundCellMark {
  readonly row: RoundRowMark;
  readonly column: RoundColumnMark;
  readonly share: number;
  readonly questions: number;
  readonly posts: number;
  readonly x: number;
  readonly y: number;
  readonly barWidth: number;
  readonly height: number;
  /** Longer than the scale shows: drawn to the end of its room with a break mark. */
  readonly clipped: boolean;
}

export interface RoundLayout {
  readonly width: number;
  readonly height: number;
  readonly plotLeft: number;
  readonly plotTop: number;
  readonly rowHeight: number;
  readonly rows: readonly RoundRowMark[];
  readonly columns: readonly RoundColumnMark[];
  readonly cells: readonly RoundCellMark[];
}

export interface RoundLayoutOptions {
  readonly width: number;
  readonly labelWidth: number;
  readonly labelOf: (code: number) => string;
  readonly rowHeight?: number;
  /** Room in each cell right of the bar for the percentage. */
  readonly textWidth?: number;
}

const HEADER = 56;

/**
 * The share that fills a cell: the largest share, unless one round dwarfs the others (an HR
 * round is nearly all behavioural questions). Then the scale stops at twice the median of the
 * rounds' largest shares, and the few longer bars are clipped with a break mark.
 */
export function shareScaleMax(columnMaxima: readonly number[]): number {
  const sorted = columnMaxima.filter((v) => v > 0).sort(ascending);
  const max = sorted[sorted.length - 1] ?? 0;
  return Math.min(max, 2 * (median(sorted) ?? max));
}

export function layoutRounds(
  d: RoundDistribution,
  space: TopicSpace,
  options: RoundLayoutOptions,
): RoundLayout {
  const rowHeight = options.rowHeight ?? 22;
  const textRoom = options.textWidth ?? 38;
  const plotLeft = options.labelWidth;
  const nRounds = d.rounds.length;
  const cellWidth = nRounds === 0 ? 0 : Math.max(56, (options.width - plotLeft) / nRounds);

  const asked = (code: number): boolean => d.rounds.some((_, r) => (d.questions[r * d.rows + code] ?? 0) > 0);
  const rowCodes = Array.from({ length: d.rows }, (_, code) => code).filter(asked);
  const rows = rowCodes.map((code, i) => {
    const areaId = d.level === 'topic' ? (space.topics[code]?.area ?? '') : (space.areas[code]?.id ?? '');
    const id = d.level === 'topic' ? (space.topics[code]?.id ?? '') : areaId;
    return { code, id, areaId, label: options.labelOf(code), y: HEADER + i * rowHeight, color: areaColor(areaId) };
  });
  const columns = d.rounds.map((column, r) => ({
    column,
    x: plotLeft + r * cellWidth,
    width: cellWidth,
    small: isSmallSample(column.posts),
  }));

  const scaleMax = shareScaleMax(
    d.rounds.map((_, r) => Math.max(0, ...d.share.subarray(r * d.rows, (r + 1) * d.rows))),
  );
  const barRoom = Math.max(8, cellWidth - textRoom - 10);
  const barHeight = Math.round(rowHeight * 0.6);
  const cells: RoundCellMark[] = [];
  columns.forEach((column, r) => {
    for (const row of rows) {
      const index = r * d.rows + row.code;
      const share = d.share[index] ?? 0;
      cells.push({
        row,
        column,
        share,
        questions: d.questions[index] ?? 0,
        posts: d.posts[index] ?? 0,
        x: column.x + 4,
        y: row.y + (rowHeight - barHeight) / 2,
        barWidth: scaleMax > 0 ? (Math.min(share, scaleMax) / scaleMax) * barRoom : 0,
        height: barHeight,
        clipped: share > scaleMax,
      });
    }
  });
  return {
    width: Math.max(options.width, plotLeft + nRounds * cellWidth),
    height: HEADER + rows.length * rowHeight + 8,
    plotLeft,
    plotTop: HEADER,
    rowHeight,
    rows,
    columns,
    cells,
  };
}
