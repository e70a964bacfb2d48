/**
 * The co-occurrence matrix as plain marks: topics in seriated order on both axes, and a cell for
 * every pair that occurs, coloured by count (one hue, darker = more) or by lift (blue above
 * chance, vermillion below, stronger = further from 1).
 */
import { expectedPair, lift, type Cooccurrence } from '../../../analysis/cooccurrence';
import type { TopicSpace } from '../../../analysis/topic-space';
import { ACCENT, CONTRAST, MUTED, areaColor } from '../../charts/palette';

export type PairMeasure = 'count' | 'lift';

/**
 * A pair is a small sample when both what was seen and what chance expects are below this:
 * too few to tell either way. (Seen twice where chance expects 20 is strong evidence.)
 */
export const SMALL_PAIR = 5;

export interface MatrixTopic {
  readonly code: number;
  readonly id: string;
  readonly areaId: string;
  readonly label: string;
  readonly index: number;
  readonly color: string;
}

export interface MatrixCell {
  readonly row: MatrixTopic;
  readonly column: MatrixTopic;
  readonly diagonal: boolean;
  readonly count: number;
  readonly lift: number;
  readonly expected: number;
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly fill: string;
  readonly opacity: number;
  readonly small: boolean;
}

export interface MatrixLayout {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly top: number;
  readonly cellSize: number;
  readonly topics: readonly MatrixTopic[];
  readonly cells: readonly MatrixCell[];
  /** Largest off-diagonal count: the top of the count scale. */
  readonly maxCount: number;
}

export interface MatrixLayoutOptions {
  readonly width: number;
  readonly measure: PairMeasure;
  readonly labelWidth: number;
  readonly labelOf: (code: number) => string;
}

/** |log2| of the shrunk lift at which the colour saturates: 4× or ¼ of chance. */
const LIFT_SATURATION = 2;

/** Pseudo-counts added to observed and expected before colouring by lift. */
export const LIFT_SHRINK = 3;

/**
 * The lift a cell is coloured by: log2((n_ab + s) / (E + s)). Raw lift swings wildly when a pair
 * is seen once or twice; adding s pseudo-counts to both sides pulls such pairs towards 1 (no
 * colour) while a pair seen 40 times where chance expects 10 still reads as 4×.
 */
export function shrunkLogLift(count: number, expected: number, shrink = LIFT_SHRINK): number {
  return Math.log2((count + shrink) / (expected + shrink));
}

export function layoutMatrix(
  m: Cooccurrence,
  order: readonly number[],
  space: TopicSpace,
  options: MatrixLayoutOptions,
): MatrixLayout {
  const left = options.labelWidth;
  const top = options.labelWidth;
  const n = order.length;
  const cellSize = n === 0 ? 0 : Math.max(10, Math.min(24, Math.floor((options.width - left - 8) / n)));
  const topics = order.map((code, index) => {
    const areaId = space.topics[code]?.area ?? '';
    return {
      code,
      id: space.topics[code]?.id ?? '',
      areaId,
      label: options.labelOf(code),
      index,
      color: areaColor(areaId),
    };
  });
  let maxCount = 0;
  for (const a of order) {
    for (const b of order) if (a !== b) maxCount = Math.max(maxCount, m.pair[a * m.k + b] ?? 0);
  }
  const cells: MatrixCell[] = [];
  for (const row of topics) {
    for (const column of topics) {
      const count = m.pair[row.code * m.k + column.code] ?? 0;
      if (count === 0) continue;
      const diagonal = row.code === column.code;
      const ratio = lift(m, row.code, column.code);
      const expected = expectedPair(m, row.code, column.code);
      const { fill, opacity } = colour(options.measure, diagonal, count, maxCount, shrunkLogLift(count, expected));
      cells.push({
        row,
        column,
        diagonal,
        count,
        lift: ratio,
        expected,
        x: left + column.index * cellSize,
        y: top + row.index * cellSize,
        size: cellSize,
        fill,
        opacity,
        small: !diagonal && count < SMALL_PAIR && expected < SMALL_PAIR,
      });
    }
  }
  return {
    width: Math.max(options.width, left + n * cellSize + 8),
    height: top + n * cellSize + 8,
    left,
    top,
    cellSize,
    topics,
    cells,
    maxCount,
  };
}

function colour(
  measure: PairMeasure,
  diagonal: boolean,
  count: number,
  maxCount: number,
  logLift: number,
): { fill: string; opacity: number } {
  if (diagonal) return { fill: MUTED, opacity: 0.25 };
  if (measure === 'count') {
    return { fill: ACCENT, opacity: 0.12 + 0.88 * Math.sqrt(count / Math.max(1, maxCount)) };
  }
  const strength = Math.min(1, Math.abs(logLift) / LIFT_SATURATION);
  return { fill: logLift >= 0 ? ACCENT : CONTRAST, opacity: 0.06 + 0.94 * strength };
}
