/** Shared props for rendering a view in jsdom with hand-made questions. */
import { vi } from 'vitest';
import type { Post, Question } from '../../src/loader/types';
import type { FilterClause, Lang, ViewProps } from '../../src/app/state/types';

export function postsOf(questions: readonly Question[]): Post[] {
  const ids = [...new Set(questions.map((q) => q.postId))];
  return ids.map((id) => {
    const own = questions.filter((q) => q.postId === id);
    return {
      id,
      source: 'fixture.txt',
      title: id,
      kind: 'interview',
      company: own[0]?.company ?? 'unknown',
      team: '',
      role: '',
      date: '',
      rounds: [...new Set(own.map((q) => q.round))],
      questionCount: own.length,
    };
  });
}

export function viewProps(
  questions: Question[],
  options: { lang?: Lang; active?: FilterClause } = {},
): ViewProps & { onSelect: ReturnType<typeof vi.fn>; onOpenPost: ReturnType<typeof vi.fn> } {
  return {
    questions,
    posts: postsOf(questions),
    lang: options.lang ?? 'en',
    active: options.active,
    onSelect: vi.fn(),
    onOpenPost: vi.fn(),
  };
}
