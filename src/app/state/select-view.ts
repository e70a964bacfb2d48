/** What one view sees: the questions under every clause but its own, and their posts. */
import type { Post, Question } from '../../loader/types';
import { applyClauses, hasActiveClauses, type ClauseContext } from './apply-clauses';
import type { FilterClause, ViewName } from './types';

export interface ViewData {
  questions: Question[];
  posts: Post[];
}

/**
 * Unfiltered, a view sees every post (posts without questions count too); filtered, only the
 * posts that still have a question.
 */
export function selectViewData(
  allQuestions: readonly Question[],
  allPosts: readonly Post[],
  clauses: readonly FilterClause[],
  view: ViewName | undefined,
  context: ClauseContext = {},
): ViewData {
  if (!hasActiveClauses(clauses, view)) {
    return { questions: [...allQuestions], posts: [...allPosts] };
  }
  const questions = applyClauses(allQuestions, clauses, view, context);
  const postIds = new Set(questions.map((question) => question.postId));
  return { questions, posts: allPosts.filter((post) => postIds.has(post.id)) };
}
