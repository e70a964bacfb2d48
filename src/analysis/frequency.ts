/**
 * How often each topic (and area) is asked: as a count of questions and as the number of posts
 * that ask it at least once. One pass over the questions, post by post, with stamp arrays.
 */
import type { Question } from '../loader/types';
import { groupByPost } from './group-by-post';
import { encodeQuestions } from './question-codes';
import type { TopicSpace } from './topic-space';

export interface TopicFrequency {
  readonly totalQuestions: number;
  /** Distinct posts among the questions: the denominator of "share of posts". */
  readonly totalPosts: number;
  /** Questions with no topic of the taxonomy (shown as 未分类). */
  readonly unclassifiedQuestions: number;
  /** Per topic code: questions that carry the topic. */
  readonly topicQuestions: Uint32Array;
  /** Per topic code: posts with at least one question on the topic, each post counted once. */
  readonly topicPosts: Uint32Array;
  /** Per area code: questions with at least one topic of the area (a question counts once). */
  readonly areaQuestions: Uint32Array;
  /** Per area code: posts with at least one question in the area. */
  readonly areaPosts: Uint32Array;
}

export function topicFrequency(questions: readonly Question[], space: TopicSpace): TopicFrequency {
  const k = space.topics.length;
  const a = space.areas.length;
  const areaOf = space.areaOfCode;
  const topicQuestions = new Uint32Array(k);
  const topicPosts = new Uint32Array(k);
  const areaQuestions = new Uint32Array(a);
  const areaPosts = new Uint32Array(a);
  // Stamps hold (index + 1) of the last post / question that counted a topic or area.
  const topicPostStamp = new Uint32Array(k);
  const areaPostStamp = new Uint32Array(a);
  const areaQuestionStamp = new Uint32Array(a);
  const encoded = encodeQuestions(space, questions);
  const { topicStart, topics } = encoded;
  const { count, start, order } = groupByPost(encoded);
  let unclassifiedQuestions = 0;
  for (let p = 0; p < count; p += 1) {
    const postStamp = p + 1;
    for (let j = start[p]!; j < start[p + 1]!; j += 1) {
      const qi = order[j]!;
      const from = topicStart[qi]!;
      const to = topicStart[qi + 1]!;
      if (from === to) unclassifiedQuestions += 1;
      for (let x = from; x < to; x += 1) {
        const t = topics[x]!;
        topicQuestions[t]! += 1;
        if (topicPostStamp[t] !== postStamp) {
          topicPostStamp[t] = postStamp;
          topicPosts[t]! += 1;
        }
        const ar = areaOf[t]!;
        if (areaQuestionStamp[ar] !== qi + 1) {
          areaQuestionStamp[ar] = qi + 1;
          areaQuestions[ar]! += 1;
        }
        if (areaPostStamp[ar] !== postStamp) {
          areaPostStamp[ar] = postStamp;
          areaPosts[ar]! += 1;
        }
      }
    }
  }
  return {
    totalQuestions: questions.length,
    totalPosts: count,
    unclassifiedQuestions,
    topicQuestions,
    topicPosts,
    areaQuestions,
    areaPosts,
  };
}
