/**
 * Recency weights: a post loses half its weight every `halfLifeDays`. A post without a usable
 * date gets the weight of the median dated post, so it neither leads nor lags.
 */
import type { Post } from '../../loader/types';
import { ageInDays } from './dates';
import type { HalfLife } from './types';

export interface RecencyWeights {
  /** Weight by post id, in (0, 1]. */
  byPost: Map<string, number>;
  /** Age given to undated posts (null when no post has a date). */
  medianAge: number | null;
  undated: number;
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? upper) + upper) / 2;
}

export function decay(age: number, halfLifeDays: HalfLife): number {
  return halfLifeDays === null || halfLifeDays <= 0 ? 1 : Math.pow(0.5, age / halfLifeDays);
}

export function recencyWeights(posts: Post[], halfLifeDays: HalfLife, today: string): RecencyWeights {
  const ages = new Map(posts.map((post) => [post.id, ageInDays(post.date, today)]));
  const known = [...ages.values()].filter((age): age is number => age !== null);
  const medianAge = median(known);
  const byPost = new Map<string, number>();
  for (const [id, age] of ages) byPost.set(id, decay(age ?? medianAge ?? 0, halfLifeDays));
  return { byPost, medianAge, undated: posts.length - known.length };
}
