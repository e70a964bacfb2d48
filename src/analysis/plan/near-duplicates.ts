/**
 * Near-duplicate questions: "介绍一下PPO的clip" and "讲讲 PPO 中的 clip" are one question.
 * Texts are normalised, cut into character bigrams, and compared by Jaccard similarity.
 */

/** Words that ask without adding content; removed so they do not dominate short questions. */
const FILLERS = [
  '能不能', '能否', '可不可以', '请你', '请问', '介绍一下', '介绍下', '讲一下', '讲讲', '说一下', '说说',
  '谈一下', '谈谈', '聊一下', '聊聊', '简单', '详细', '具体', '你了解', '了解', '知道', '你对', '你觉得',
  '什么是', '是什么', '一下',
];
const FILLER_PATTERN = new RegExp(FILLERS.join('|'), 'g');
const PUNCTUATION_AND_SPACE = /[\p{P}\p{S}\p{Z}\s]+/gu;
const TRAILING_PARTICLES = /[吗呢吧啊]+$/u;

/** Full-width to half-width, lower case, no punctuation, spaces or filler words. */
export function normaliseQuestion(text: string): string {
  const plain = text.normalize('NFKC').toLowerCase().replace(PUNCTUATION_AND_SPACE, '');
  const core = plain.replace(FILLER_PATTERN, '').replace(TRAILING_PARTICLES, '');
  // A question made only of fillers ("介绍一下") keeps its own text rather than becoming empty.
  return core.length > 0 ? core : plain;
}

/** Character bigrams of a normalised text; a one-character text is its own single "bigram". */
export function bigrams(normalised: string): Set<string> {
  const chars = [...normalised];
  if (chars.length < 2) return new Set(chars);
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i += 1) grams.add(`${chars[i]}${chars[i + 1]}`);
  return grams;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** True when two question texts are the same question by the plan's threshold. */
export function sameQuestion(a: string, b: string, threshold: number): boolean {
  return jaccard(bigrams(normaliseQuestion(a)), bigrams(normaliseQuestion(b))) >= threshold;
}

export interface Cluster<T> {
  /** Normalised text of the representative (the most frequent exact text). */
  key: string;
  grams: Set<string>;
  members: T[];
}

/**
 * Prefix filtering (as in the AllPairs similarity join): order bigrams rarest first; two sets with
 * Jaccard ≥ t must share one of the first |x| − ⌈t·|x|⌉ + 1 bigrams of each. Indexing only those
 * prefixes keeps the candidates few even when most questions share common bigrams like 区别.
 */
function prefixOf(grams: Set<string>, frequency: Map<string, number>, threshold: number): string[] {
  const ordered = [...grams].sort(
    (a, b) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0),
  );
  return ordered.slice(0, ordered.length - Math.ceil(threshold * ordered.length) + 1);
}

/**
 * Greedy clustering: exact texts are grouped first, then each group, most frequent first, joins
 * the most similar cluster at or above `threshold` (earliest on ties) or starts its own.
 * Deterministic for a given input order; clusters come out largest first.
 */
export function clusterByText<T>(items: T[], textOf: (item: T) => string, threshold: number): Cluster<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = normaliseQuestion(textOf(item));
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  const ordered = [...groups.entries()].sort(
    ([keyA, a], [keyB, b]) => b.length - a.length || keyA.length - keyB.length || keyA.localeCompare(keyB),
  );
  const withGrams = ordered.map(([key, members]) => ({ key, members, grams: bigrams(key) }));
  const frequency = new Map<string, number>();
  for (const { grams } of withGrams) for (const gram of grams) frequency.set(gram, (frequency.get(gram) ?? 0) + 1);

  const clusters: Cluster<T>[] = [];
  /** Prefix bigram → clusters whose representative's prefix holds it. */
  const index = new Map<string, number[]>();
  for (const { key, members, grams } of withGrams) {
    const prefix = prefixOf(grams, frequency, threshold);
    const candidates = new Set<number>();
    for (const gram of prefix) for (const cluster of index.get(gram) ?? []) candidates.add(cluster);
    let best = -1;
    let bestSimilarity = threshold;
    // Ascending cluster order, so ties go to the earliest cluster.
    for (const cluster of [...candidates].sort((a, b) => a - b)) {
      const other = clusters[cluster];
      const similarity = other ? jaccard(grams, other.grams) : 0;
      if (similarity >= threshold && (best < 0 || similarity > bestSimilarity)) {
        best = cluster;
        bestSimilarity = similarity;
      }
    }
    const joined = clusters[best];
    if (joined) {
      joined.members.push(...members);
      continue;
    }
    for (const gram of prefix) {
      const list = index.get(gram);
      if (list) list.push(clusters.length);
      else index.set(gram, [clusters.length]);
    }
    clusters.push({ key, grams, members: [...members] });
  }
  return clusters
    .map((cluster, order) => ({ cluster, order }))
    .sort((a, b) => b.cluster.members.length - a.cluster.members.length || a.order - b.order)
    .map(({ cluster }) => cluster);
}
