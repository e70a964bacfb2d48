/**
 * Topic (or area) mix per interview round, normalised per round so that later rounds, with
 * fewer questions, can be compared with 一面. Each question splits one unit of weight equally
 * among its topics (or areas), so a round's shares sum to 1 over its classified questions.
 */
import type { Question, RoundId } from '../loader/types';
import { groupByPost } from './group-by-post';
import { encodeQuestions, ROUND_ORDER } from './question-codes';
import type { TopicSpace } from './topic-space';

export { ROUND_ORDER } from './question-codes';

export type RoundLevel = 'topic' | 'area';

export interface RoundColumn {
  readonly round: RoundId;
  readonly questions: number;
  readonly posts: number;
  /** Questions of the round with no taxonomy topic (left out of the shares). */
  readonly unclassified: number;
}

export interface RoundDistribution {
  readonly level: RoundLevel;
  /** Rounds that have at least one question, in ROUND_ORDER. */
  readonly rounds: readonly RoundColumn[];
  /** Number of rows: topics or areas of the space. */
  readonly rows: number;
  /** share[r * rows + c]: fraction of round r's classified weight on row c. */
  readonly share: Float64Array;
  /** Questions of round r touching row c. */
  readonly questions: Uint32Array;
  /** Posts with a round-r question touching row c. */
  readonly posts: Uint32Array;
}

export function roundDistribution(
  questions: readonly Question[],
  space: TopicSpace,
  level: RoundLevel,
): RoundDistribution {
  const rows = level === 'topic' ? space.topics.length : space.areas.length;
  const R = ROUND_ORDER.length;
  const weight = new Float64Array(R * rows);
  const touched = new Uint32Array(R * rows);
  const touchedPosts = new Uint32Array(R * rows);
  const postStamp = new Uint32Array(R * rows);
  const roundQuestions = new Uint32Array(R);
  const roundPosts = new Uint32Array(R);
  const roundPostStamp = new Uint32Array(R);
  const roundUnclassified = new Uint32Array(R);
  const roundClassified = new Uint32Array(R);
  // The distinct rows (topics or areas) of the current question: rowBuffer[0 … rowCount).
  const rowBuffer = new Int32Array(rows);
  const rowStamp = new Uint32Array(rows);
  const encoded = encodeQuestions(space, questions);
  const { round, topicStart, topics } = encoded;
  const byArea = level === 'area';
  const areaOf = space.areaOfCode;
  const { count, start, order } = groupByPost(encoded);

  for (let p = 0; p < count; p += 1) {
    for (let j = start[p]!; j < start[p + 1]!; j += 1) {
      const qi = order[j]!;
      const r = round[qi]!;
      roundQuestions[r]! += 1;
      if (roundPostStamp[r] !== p + 1) {
        roundPostStamp[r] = p + 1;
        roundPosts[r]! += 1;
      }
      let rowCount = 0;
      for (let x = topicStart[qi]!; x < topicStart[qi + 1]!; x += 1) {
        const t = topics[x]!;
        const row = byArea ? areaOf[t]! : t;
        if (rowStamp[row] !== qi + 1) {
          rowStamp[row] = qi + 1;
          rowBuffer[rowCount] = row;
          rowCount += 1;
        }
      }
      if (rowCount === 0) {
        roundUnclassified[r]! += 1;
        continue;
      }
      roundClassified[r]! += 1;
      const w = 1 / rowCount;
      for (let y = 0; y < rowCount; y += 1) {
        const cell = r * rows + rowBuffer[y]!;
        weight[cell]! += w;
        touched[cell]! += 1;
        if (postStamp[cell] !== p + 1) {
          postStamp[cell] = p + 1;
          touchedPosts[cell]! += 1;
        }
      }
    }
  }

  const present = ROUND_ORDER.map((_, r) => r).filter((r) => roundQuestions[r]! > 0);
  const share = new Float64Array(present.length * rows);
  const questionsOut = new Uint32Array(present.length * rows);
  const postsOut = new Uint32Array(present.length * rows);
  present.forEach((r, out) => {
    const total = roundClassified[r]!;
    for (let c = 0; c < rows; c += 1) {
      share[out * rows + c] = total > 0 ? weight[r * rows + c]! / total : 0;
      questionsOut[out * rows + c] = touched[r * rows + c]!;
      postsOut[out * rows + c] = touchedPosts[r * rows + c]!;
    }
  });
  return {
    level,
    rounds: present.map((r) => ({
      round: ROUND_ORDER[r]!,
      questions: roundQuestions[r]!,
      posts: roundPosts[r]!,
      unclassified: roundUnclassified[r]!,
    })),
    rows,
    share,
    questions: questionsOut,
    posts: postsOut,
  };
}
