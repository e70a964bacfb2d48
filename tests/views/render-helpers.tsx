/** Shared props for rendering a view in jsdom with hand-made questions. */
import { vi, type Mock } from 'vitest';
import type { Post, Question } from '../../src/loader/types';
import type { FilterClause, Lang, Selection, ViewProps } from '../../src/app/state/types';

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
): ViewProps & {
  onSelect: Mock<(selection: Selection | null) => void>;
  onOpenPost: Mock<(postId: string) => void>;
} {
  return {
    questions,
    posts: postsOf(questions),
    lang: options.lang ?? 'en',
    active: options.active,
    onSelect: vi.fn<(selection: Selection | null) => void>(),
    onOpenPost: vi.fn<(postId: string) => void>(),
  };
}
