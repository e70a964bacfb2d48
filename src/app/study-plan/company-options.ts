/**
 * Companies to choose from: those with interview posts, most posts first, plus any chosen
 * earlier that the current data lacks (so they can be unticked).
 */
import type { CompanyId, Post } from '../../loader/types';
import type { CompanyOption } from './PlanControls';

export function companyOptions(posts: Post[], chosen: CompanyId[]): CompanyOption[] {
  const counts = new Map<CompanyId, number>();
  for (const post of posts) {
    if (post.kind === 'interview' && post.company !== 'unknown') counts.set(post.company, (counts.get(post.company) ?? 0) + 1);
  }
  for (const company of chosen) if (!counts.has(company)) counts.set(company, 0);
  return [...counts]
    .map(([id, posts]) => ({ id, posts }))
    .sort((a, b) => b.posts - a.posts || a.id.localeCompare(b.id));
}
