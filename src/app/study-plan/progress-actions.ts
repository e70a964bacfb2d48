/**
 * Changes to progress, as pure functions the view and the tests share. Marks toggle: choosing the
 * mark a thing already has clears it.
 */
import { NEAR_DUPLICATE, normaliseQuestion, sameQuestion, topicMark, type Mark, type ProgressMarks } from '../../analysis/plan';
import type { TopicId } from '../../loader/types';

export function toggleTopicMark(progress: ProgressMarks, topic: TopicId, mark: Mark): ProgressMarks {
  // Rebuilt with fromEntries, so no key (not even "__proto__") is ever assigned through a setter.
  const others = Object.entries(progress.topics).filter(([id]) => id !== topic);
  const keep = topicMark(progress, topic) === mark ? [] : [[topic, mark] as const];
  return { ...progress, topics: Object.fromEntries([...others, ...keep]) };
}

/**
 * Marks a question by its normalised text. Marks of near-duplicates are replaced, so one
 * question never carries two marks that disagree.
 */
export function toggleQuestionMark(progress: ProgressMarks, text: string, current: Mark | undefined, mark: Mark): ProgressMarks {
  const others = Object.entries(progress.questions).filter(([key]) => !sameQuestion(key, text, NEAR_DUPLICATE));
  const keep = current === mark ? [] : [[normaliseQuestion(text), { status: mark, text }] as const];
  return { ...progress, questions: Object.fromEntries([...others, ...keep]) };
}
