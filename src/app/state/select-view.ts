/** What one view sees: the questions under every clause but its own, and their posts. */
import type { Post, Question } from '../../loader/types';
import { filterIndexOf, type ClauseContext, type ViewData } from './filter-index';
import type { FilterClause, ViewName } from './types';

export type { ViewData } from './filter-index';

/**
 * Unfiltered, a view sees every post (posts without questions count too); filtered, only the
 * posts that still have a question. The arrays are shared (the data set's own when nothing
 * filters, the same ones again for the same clauses), so memoised analyses downstream keep their
 * results: never change them.
 */
export function selectViewData(
  allQuestions: readonly Question[],
  allPosts: readonly Post[],
  clauses: readonly FilterClause[],
  view: ViewName | undefined,
  context: ClauseContext = {},
): ViewData {
  return filterIndexOf(allQuestions, context).viewData(allPosts, clauses, view);
}
