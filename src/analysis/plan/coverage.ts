/**
 * Coverage: the share of the question mass at the target companies the user has mastered.
 * Each classified question weighs 1, split evenly over its topics; a part counts as mastered
 * when its topic is mastered or the question itself is. Unclassified questions are left out:
 * no topic in the plan could ever cover them.
 */
import type { Question } from '../../loader/types';
import { topicsOfQuestion, type PlanCorpus } from './corpus';
import { questionMarker, topicMark, type ProgressMarks } from './progress';

export interface Coverage {
  mastered: number;
  total: number;
  /** mastered ÷ total, 0 when there is nothing to cover. */
  share: number;
}

export function coverage(corpus: PlanCorpus, questions: Question[], progress: ProgressMarks): Coverage {
  const markOf = questionMarker(progress);
  let mastered = 0;
  let total = 0;
  for (const question of questions) {
    const topics = topicsOfQuestion(corpus, question.id);
    if (topics.length === 0) continue;
    total += 1;
    if (markOf(question.text) === 'mastered') {
      mastered += 1;
      continue;
    }
    const masteredTopics = topics.filter((topic) => topicMark(progress, topic) === 'mastered');
    mastered += masteredTopics.length / topics.length;
  }
  return { mastered, total, share: total > 0 ? mastered / total : 0 };
}
