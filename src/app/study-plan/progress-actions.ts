/**
 * Changes to progress, as pure functions the view and the tests share. Marks toggle: choosing the
 * mark a thing already has clears it.
 */
import { NEAR_DUPLICATE, normaliseQuestion, sameQuestion, topicMark, type Mark, type ProgressMarks } from '../../analysis/plan';
import type { TopicId } from '../../loader/types';

export function toggleTopicMark(progress: ProgressMarks, topic: TopicId, mark: Mark): ProgressMarks {
  const topics = { ...progress.topics };
  if (topicMark(progress, topic) === mark) delete topics[topic];
  else topics[topic] = mark;
  return { ...progress, topics };
}

/**
 * Marks a question by its normalised text. Marks of near-duplicates are replaced, so one
 * question never carries two marks that disagree.
 */
export function toggleQuestionMark(progress: ProgressMarks, text: string, current: Mark | undefined, mark: Mark): ProgressMarks {
  const questions = Object.fromEntries(
    Object.entries(progress.questions).filter(([key]) => !sameQuestion(key, text, NEAR_DUPLICATE)),
  );
  if (current !== mark) questions[normaliseQuestion(text)] = { status: mark, text };
  return { ...progress, questions };
}
