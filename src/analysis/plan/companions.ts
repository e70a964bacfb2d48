/**
 * Topics that come with a topic: "of posts that ask PPO, 70% also ask GAE". Counted over posts,
 * because one interview asks PPO and GAE in separate questions.
 */
import type { Post, TopicId } from '../../loader/types';
import type { PlanCorpus } from './corpus';
import type { Companion } from './types';

export interface CompanionOptions {
  limit: number;
  /** Fewer shared posts than this is an anecdote, not a pattern. */
  minTogether: number;
}

export function companionsOf(
  corpus: PlanCorpus,
  posts: Post[],
  topic: TopicId,
  { limit, minTogether }: CompanionOptions,
): Companion[] {
  const asking = posts.filter((post) => corpus.topicsByPost.get(post.id)?.has(topic));
  const together = new Map<TopicId, number>();
  for (const post of asking) {
    for (const other of corpus.topicsByPost.get(post.id) ?? []) {
      if (other !== topic) together.set(other, (together.get(other) ?? 0) + 1);
    }
  }
  return [...together.entries()]
    .filter(([, count]) => count >= minTogether)
    .map(([other, count]) => ({ topic: other, together: count, share: count / asking.length }))
    .sort((a, b) => b.together - a.together || a.topic.localeCompare(b.topic))
    .slice(0, limit);
}
