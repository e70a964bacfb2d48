/**
 * What the user has marked: a topic, or a single question, as mastered or to review.
 * Question marks are keyed by normalised text and match near-duplicates, so a mark survives
 * new posts that ask the same question in other words.
 */
import type { TopicId } from '../../loader/types';
import { bigrams, jaccard, normaliseQuestion } from './near-duplicates';
import { NEAR_DUPLICATE } from './weights';

export type Mark = 'mastered' | 'review';

export interface QuestionMark {
  status: Mark;
  /** The question as shown when it was marked, for people reading an exported file. */
  text: string;
}

export interface ProgressMarks {
  topics: Record<TopicId, Mark>;
  /** Keyed by normalised question text. */
  questions: Record<string, QuestionMark>;
}

export const NO_PROGRESS: ProgressMarks = { topics: {}, questions: {} };

export function topicMark(progress: ProgressMarks, topic: TopicId): Mark | undefined {
  return Object.hasOwn(progress.topics, topic) ? progress.topics[topic] : undefined;
}

/** Looks question texts up against the marks; build once per progress, ask many times. */
export function questionMarker(progress: ProgressMarks, threshold: number = NEAR_DUPLICATE) {
  const marks = Object.entries(progress.questions).map(([key, mark]) => ({ key, grams: bigrams(key), mark }));
  const cache = new Map<string, Mark | undefined>();
  return (text: string): Mark | undefined => {
    const key = normaliseQuestion(text);
    if (cache.has(key)) return cache.get(key);
    const exact = marks.find((entry) => entry.key === key);
    const grams = bigrams(key);
    const found = exact ?? marks.find((entry) => jaccard(grams, entry.grams) >= threshold);
    cache.set(key, found?.mark.status);
    return found?.mark.status;
  };
}
