/** Number formats shared by the charts: exact counts, and percentages at a sensible precision. */
import { format } from 'd3-format';

const integer = format(',d');
const percent1 = format('.1%');
const percent0 = format('.0%');
const fixed2 = format('.2f');

/** Small counts (most tooltips) need no thousands separator: the fast path skips d3-format. */
export const formatCount = (n: number): string => {
  const rounded = Math.round(n);
  return rounded >= 0 && rounded < 1000 ? String(rounded) : integer(rounded);
};

/** One decimal below 10 %, whole percents above: "23%", "4.5%", "0%". */
export const formatPercent = (p: number): string => {
  if (!Number.isFinite(p)) return '–';
  if (p === 0) return '0%';
  // 0.0996 would print as "10.0%" with one decimal: switch where the rounding does.
  return Math.abs(p) < 0.0995 ? percent1(p) : percent0(p);
};

export const formatRatio = (x: number): string => (Number.isFinite(x) ? `${fixed2(x)}×` : '–');

export const formatSigned = (x: number): string =>
  Number.isFinite(x) ? `${x > 0 ? '+' : ''}${fixed2(x)}` : '–';
