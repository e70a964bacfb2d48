/**
 * The plan works on contract topics: finer taxonomy topics roll up to their contract parent
 * (as in every other view), and each topic takes its area's colour.
 */
import type { RollUp } from '../../analysis/plan/topics';
import { taxonomy } from '../../loader/classify';
import type { AreaId, TopicId } from '../../loader/types';
import { areaColor } from '../theme/palette';

interface TreeTopic {
  id: TopicId;
  area: AreaId;
  parent?: TopicId | null | undefined;
}

const topics: readonly TreeTopic[] = taxonomy.topics;
const byId = new Map<TopicId, TreeTopic>(topics.map((topic) => [topic.id, topic]));

/** Follows parents up to a topic without one; unknown ids stay as they are. */
export const toContractTopic: RollUp = (id) => {
  let current = byId.get(id);
  // A parent chain longer than the taxonomy's depth means a cycle in the data: stop there.
  for (let hops = 0; current?.parent && hops < 8; hops += 1) {
    const parent = byId.get(current.parent);
    if (!parent) break;
    current = parent;
  }
  return current?.id ?? id;
};

export function topicColor(id: TopicId): string {
  const area = byId.get(id)?.area;
  return area === undefined ? 'var(--text-muted)' : areaColor(area);
}
