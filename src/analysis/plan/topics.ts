/**
 * Which topics a question counts for. The plan works at one level of the taxonomy: the caller
 * passes a roll-up (e.g. finer topics to their contract parent); identity keeps topics as they are.
 */
import type { TopicId } from '../../loader/types';

export type RollUp = (topic: TopicId) => TopicId;

export const keepTopic: RollUp = (topic) => topic;

/** Rolled-up topics of a question, most relevant first, each once. */
export function topicsOf(question: { topics: TopicId[] }, rollUp: RollUp): TopicId[] {
  return [...new Set(question.topics.map(rollUp))];
}
