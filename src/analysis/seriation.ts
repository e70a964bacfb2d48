/**
 * Orders the rows of a symmetric matrix so that similar rows sit together: average-linkage
 * agglomerative clustering, then, at each merge, the orientation of the two child sequences
 * that puts their most similar ends next to each other (a greedy form of optimal leaf
 * ordering). Pure and deterministic: ties go to the lower index, no randomness.
 * O(k³) for k items, which is nothing for the ~50 topics of the taxonomy.
 */

/** Cosine similarity between the rows of a k × k matrix (row-major). Zero rows get 0. */
export function cosineSimilarity(matrix: ArrayLike<number>, k: number): Float64Array {
  const norms = new Float64Array(k);
  for (let i = 0; i < k; i += 1) {
    let s = 0;
    for (let c = 0; c < k; c += 1) s += (matrix[i * k + c] ?? 0) ** 2;
    norms[i] = Math.sqrt(s);
  }
  const sim = new Float64Array(k * k);
  for (let i = 0; i < k; i += 1) {
    for (let j = i; j < k; j += 1) {
      let dot = 0;
      for (let c = 0; c < k; c += 1) dot += (matrix[i * k + c] ?? 0) * (matrix[j * k + c] ?? 0);
      const denominator = norms[i]! * norms[j]!;
      const value = denominator > 0 ? dot / denominator : i === j ? 1 : 0;
      sim[i * k + j] = value;
      sim[j * k + i] = value;
    }
  }
  return sim;
}

/** A cluster is its leaves in display order. */
type Cluster = number[];

/** A permutation of 0 … k-1 that places mutually similar items next to each other. */
export function seriate(similarity: ArrayLike<number>, k: number): number[] {
  const sim = (a: number, b: number): number => similarity[a * k + b] ?? 0;
  const clusters: (Cluster | undefined)[] = [];
  for (let i = 0; i < k; i += 1) clusters.push([i]);
  // Average similarity between clusters i and j, kept in a k × k table (Lance–Williams update).
  const link = new Float64Array(k * k);
  for (let i = 0; i < k; i += 1) for (let j = 0; j < k; j += 1) link[i * k + j] = sim(i, j);

  for (let merges = 1; merges < k; merges += 1) {
    let best = -Infinity;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < k; i += 1) {
      if (clusters[i] === undefined) continue;
      for (let j = i + 1; j < k; j += 1) {
        if (clusters[j] === undefined) continue;
        const value = link[i * k + j]!;
        // Strictly greater: on ties the first pair in index order wins.
        if (value > best) {
          best = value;
          bi = i;
          bj = j;
        }
      }
    }
    const a = clusters[bi]!;
    const b = clusters[bj]!;
    clusters[bi] = orient(a, b, sim);
    clusters[bj] = undefined;
    const na = a.length;
    const nb = b.length;
    for (let c = 0; c < k; c += 1) {
      if (clusters[c] === undefined || c === bi) continue;
      const value = (link[bi * k + c]! * na + link[bj * k + c]! * nb) / (na + nb);
      link[bi * k + c] = value;
      link[c * k + bi] = value;
    }
  }
  const order = clusters.find((c) => c !== undefined) ?? [];
  // Of the two readings of the sequence, the one that starts with the lower index.
  return order.length > 1 && order[0]! > order[order.length - 1]! ? order.reverse() : order;
}

/** Joins two sequences in the orientation whose touching ends are most similar. */
function orient(a: number[], b: number[], sim: (x: number, y: number) => number): number[] {
  const ra = [...a].reverse();
  const rb = [...b].reverse();
  const candidates: [number[], number[]][] = [
    [a, b],
    [a, rb],
    [ra, b],
    [ra, rb],
  ];
  let best = candidates[0]!;
  let bestValue = -Infinity;
  for (const candidate of candidates) {
    const [left, right] = candidate;
    const value = sim(left[left.length - 1]!, right[0]!);
    if (value > bestValue) {
      bestValue = value;
      best = candidate;
    }
  }
  return [...best[0], ...best[1]];
}
