/**
 * Which topics are asked together: pair counts over units that are either single questions or
 * whole posts, and lift, the ratio of how often a pair occurs to what independence predicts.
 */
import type { Question, TopicId } from '../loader/types';
import { groupByPost } from './group-by-post';
import { encodeQuestions } from './question-codes';
import type { TopicSpace } from './topic-space';

export type PairScope = 'question' | 'post';

export interface Cooccurrence {
  readonly scope: PairScope;
  /** Number of topics (matrix side). */
  readonly k: number;
  /** Units (questions or posts) with at least one topic: the N of lift. */
  readonly units: number;
  /** Per topic: units containing it. */
  readonly single: Uint32Array;
  /** pair[a * k + b]: units containing both a and b (symmetric; the diagonal equals single). */
  readonly pair: Uint32Array;
}

export function cooccurrence(
  questions: readonly Question[],
  space: TopicSpace,
  scope: PairScope,
): Cooccurrence {
  const k = space.topics.length;
  const single = new Uint32Array(k);
  const pair = new Uint32Array(k * k);
  let units = 0;
  /** One unit whose distinct topics are codes[from … to). */
  const addUnit = (codes: Uint16Array, from: number, to: number): void => {
    if (from === to) return;
    units += 1;
    for (let i = from; i < to; i += 1) {
      const a = codes[i]!;
      single[a]! += 1;
      pair[a * k + a]! += 1;
      for (let j = i + 1; j < to; j += 1) {
        const b = codes[j]!;
        pair[a * k + b]! += 1;
        pair[b * k + a]! += 1;
      }
    }
  };
  const encoded = encodeQuestions(space, questions);
  const { topicStart, topics } = encoded;
  if (scope === 'question') {
    for (let i = 0; i < encoded.n; i += 1) {
      addUnit(topics, topicStart[i]!, topicStart[i + 1]!);
    }
  } else {
    const { count, start, order } = groupByPost(encoded);
    const stamp = new Uint32Array(k);
    const union = new Uint16Array(k);
    for (let p = 0; p < count; p += 1) {
      let size = 0;
      for (let j = start[p]!; j < start[p + 1]!; j += 1) {
        const qi = order[j]!;
        for (let x = topicStart[qi]!; x < topicStart[qi + 1]!; x += 1) {
          const t = topics[x]!;
          if (stamp[t] !== p + 1) {
            stamp[t] = p + 1;
            union[size] = t;
            size += 1;
          }
        }
      }
      addUnit(union, 0, size);
    }
  }
  return { scope, k, units, single, pair };
}

/**
 * lift(a, b) = P(a and b) / (P(a) P(b)) = n_ab · N / (n_a · n_b). 1 means "as often as chance",
 * 2 "twice as often". NaN when either topic never occurs.
 */
export function lift(m: Cooccurrence, a: number, b: number): number {
  const na = m.single[a] ?? 0;
  const nb = m.single[b] ?? 0;
  if (na === 0 || nb === 0) return Number.NaN;
  return ((m.pair[a * m.k + b] ?? 0) * m.units) / (na * nb);
}

/** Expected units with both under independence: n_a · n_b / N. */
export function expectedPair(m: Cooccurrence, a: number, b: number): number {
  return m.units === 0 ? 0 : ((m.single[a] ?? 0) * (m.single[b] ?? 0)) / m.units;
}

/**
 * The questions behind a cell: with scope `question`, questions carrying both topics; with
 * scope `post`, the questions on either topic from posts that ask both.
 */
export function questionsWithPair(
  questions: readonly Question[],
  space: TopicSpace,
  a: TopicId,
  b: TopicId,
  scope: PairScope,
): Question[] {
  const ca = space.codeOfTopic.get(a);
  const cb = space.codeOfTopic.get(b);
  if (ca === undefined || cb === undefined) return [];
  // One pass over the topic codes: bit 1 when a question has a, bit 2 when it has b.
  const encoded = encodeQuestions(space, questions);
  const { n, topicStart, topics } = encoded;
  const has = new Uint8Array(n);
  for (let i = 0; i < n; i += 1) {
    let bits = 0;
    for (let x = topicStart[i]!; x < topicStart[i + 1]!; x += 1) {
      const t = topics[x]!;
      if (t === ca) bits |= 1;
      if (t === cb) bits |= 2;
    }
    has[i] = bits;
  }
  if (scope === 'question') return questions.filter((_, i) => has[i] === 3);
  const { count, start, order } = groupByPost(encoded);
  const listed = new Uint8Array(n);
  for (let p = 0; p < count; p += 1) {
    let seen = 0;
    for (let j = start[p]!; j < start[p + 1]!; j += 1) seen |= has[order[j]!]!;
    if (seen !== 3) continue;
    for (let j = start[p]!; j < start[p + 1]!; j += 1) if (has[order[j]!] !== 0) listed[order[j]!] = 1;
  }
  return questions.filter((_, i) => listed[i] === 1);
}
