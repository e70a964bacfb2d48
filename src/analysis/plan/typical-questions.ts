/**
 * A topic's most typical questions: near-duplicates merged, counted, and placed (companies,
 * rounds), most asked first.
 */
import type { CompanyId, KindId, Question, RoundId } from '../../loader/types';
import { clusterByText } from './near-duplicates';
import type { Count, TypicalQuestion } from './types';
import { NEAR_DUPLICATE } from './weights';

const getText = (question: Question) => question.text;

/** Values by how often they occur, most first; ties keep first appearance. */
export function countBy<K extends string>(values: K[]): Count<K>[] {
  const counts = new Map<K, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count);
}

function mostCommon<K extends string>(values: K[], fallback: K): K {
  return countBy(values)[0]?.id ?? fallback;
}

export function typicalQuestions(
  questions: Question[],
  limit: number,
  threshold: number = NEAR_DUPLICATE,
): TypicalQuestion[] {
  return clusterByText(questions, getText, threshold)
    .slice(0, limit)
    .map((cluster): TypicalQuestion => {
      const representative = cluster.members[0];
      return {
        key: cluster.key,
        text: representative?.text ?? cluster.key,
        count: cluster.members.length,
        kind: mostCommon<KindId>(cluster.members.map((q) => q.kind), 'concept'),
        companies: countBy<CompanyId>(cluster.members.map((q) => q.company)).map((c) => c.id),
        rounds: countBy<RoundId>(cluster.members.map((q) => q.round)).map((r) => r.id),
        questionIds: cluster.members.map((q) => q.id),
        postId: representative?.postId ?? '',
      };
    });
}
