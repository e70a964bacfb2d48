/**
 * Distinctive words, here topics, of one group against another: the weighted log-odds ratio with
 * an informative Dirichlet prior of Monroe, Colaresi & Quinn (2008), "Fightin' Words", eq. 16–22.
 *
 * For topic w with counts y_i (group) and y_j (rest), totals n_i and n_j, and prior α_w:
 *   δ_w = log((y_i + α_w) / (n_i + α_0 − y_i − α_w)) − log((y_j + α_w) / (n_j + α_0 − y_j − α_w))
 *   σ²_w ≈ 1 / (y_i + α_w) + 1 / (y_j + α_w),   z_w = δ_w / σ_w.
 * The prior is the pooled frequency of each topic scaled to α_0 pseudo-counts, which shrinks
 * the estimates of rare topics and small groups towards "not distinctive".
 */

export interface LogOdds {
  /** Log-odds ratio, group against rest (positive: more typical of the group). */
  readonly delta: number;
  readonly variance: number;
  /** delta / sqrt(variance): |z| > 1.96 is the usual bar for "distinctive". */
  readonly z: number;
}

export interface LogOddsOptions {
  /** α_0, total pseudo-counts of the prior. */
  readonly priorStrength?: number;
}

export const DEFAULT_PRIOR_STRENGTH = 50;

const NEUTRAL: LogOdds = { delta: 0, variance: Number.POSITIVE_INFINITY, z: 0 };

export function logOddsDirichlet(
  group: ArrayLike<number>,
  rest: ArrayLike<number>,
  options: LogOddsOptions = {},
): LogOdds[] {
  const k = group.length;
  const alpha0 = options.priorStrength ?? DEFAULT_PRIOR_STRENGTH;
  let ni = 0;
  let nj = 0;
  for (let w = 0; w < k; w += 1) {
    ni += group[w] ?? 0;
    nj += rest[w] ?? 0;
  }
  const total = ni + nj;
  const out: LogOdds[] = [];
  for (let w = 0; w < k; w += 1) {
    const yi = group[w] ?? 0;
    const yj = rest[w] ?? 0;
    const alpha = total > 0 ? (alpha0 * (yi + yj)) / total : 0;
    if (alpha === 0) {
      out.push(NEUTRAL);
      continue;
    }
    const delta =
      Math.log((yi + alpha) / (ni + alpha0 - yi - alpha)) -
      Math.log((yj + alpha) / (nj + alpha0 - yj - alpha));
    const variance = 1 / (yi + alpha) + 1 / (yj + alpha);
    out.push({ delta, variance, z: delta / Math.sqrt(variance) });
  }
  return out;
}
