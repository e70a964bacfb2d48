/**
 * Which topics the matrix shows (those that occur at all) and in what order: seriated on the
 * cosine similarity of their co-occurrence profiles, so topics asked together sit together.
 */
import type { Cooccurrence } from '../../../analysis/cooccurrence';
import { cosineSimilarity, seriate } from '../../../analysis/seriation';

export function matrixOrder(m: Cooccurrence): number[] {
  const visible: number[] = [];
  for (let t = 0; t < m.k; t += 1) if ((m.single[t] ?? 0) > 0) visible.push(t);
  const n = visible.length;
  const sub = new Float64Array(n * n);
  visible.forEach((a, i) => {
    visible.forEach((b, j) => {
      sub[i * n + j] = m.pair[a * m.k + b] ?? 0;
    });
  });
  return seriate(cosineSimilarity(sub, n), n).map((i) => visible[i]!);
}
