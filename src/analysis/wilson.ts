/** The Wilson score interval for a binomial proportion (Wilson 1927). */

export interface Interval {
  /** k / n (0 when n is 0). */
  readonly estimate: number;
  readonly lo: number;
  readonly hi: number;
}

/** The normal quantile for a two-sided 95 % interval. */
export const Z95 = 1.959963984540054;

/**
 * k successes in n trials. Unlike the Wald interval it stays inside [0, 1] and does not collapse
 * to a point at k = 0 or k = n, which matters for the rare topics of a small sample.
 * With n = 0 nothing is known: the interval is [0, 1].
 */
export function wilson(k: number, n: number, z: number = Z95): Interval {
  if (!(n > 0)) return { estimate: 0, lo: 0, hi: 1 };
  const p = Math.min(Math.max(k / n, 0), 1);
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { estimate: p, lo: Math.max(0, centre - half), hi: Math.min(1, centre + half) };
}
