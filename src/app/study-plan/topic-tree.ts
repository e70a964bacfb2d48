/**
 * The plan works on contract topics: finer taxonomy topics roll up to their contract parent
 * (as in every other view), and each topic takes its area's colour.
 */
import type { RollUp } from '../../analysis/plan/topics';
import { areaOf, contractTopicOf } from '../taxonomy';
import type { TopicId } from '../../loader/types';
import { areaColor } from '../theme/palette';

export const toContractTopic: RollUp = contractTopicOf;

export function topicColor(id: TopicId): string {
  const area = areaOf(id);
  return area === undefined ? 'var(--text-muted)' : areaColor(area);
}
