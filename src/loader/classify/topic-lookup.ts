/**
 * How topic ids relate: a finer topic rolls up through its `parent`s to a contract topic, whose
 * area it shares. Pure, over any list of topics, so the classifier (the whole taxonomy) and the
 * dashboard (only the names and the tree, see src/app/taxonomy) answer alike.
 */
import type { AreaId, TopicId } from '../types';

export interface TopicNode {
  id: TopicId;
  area: AreaId;
  parent?: TopicId;
}

export interface TopicLookup<T extends TopicNode> {
  topicOf(id: TopicId): T | undefined;
  /** The contract topic a (possibly finer) topic rolls up to; unknown ids are returned unchanged. */
  contractTopicOf(id: TopicId): TopicId;
  /** The area of a topic (finer topics share their parent's area); undefined for unknown ids. */
  areaOf(id: TopicId): AreaId | undefined;
}

export function topicLookup<T extends TopicNode>(topics: readonly T[]): TopicLookup<T> {
  const byId = new Map<TopicId, T>(topics.map((t) => [t.id, t]));
  const contractTopicOf = (id: TopicId): TopicId => {
    let current = byId.get(id);
    for (let hops = 0; current?.parent !== undefined && hops < 8; hops++) {
      const parent = byId.get(current.parent);
      if (parent === undefined) break;
      current = parent;
    }
    return current?.id ?? id;
  };
  return {
    topicOf: (id) => byId.get(id),
    contractTopicOf,
    areaOf: (id) => byId.get(contractTopicOf(id))?.area,
  };
}
