/**
 * Cross-filtering as in Mosaic: every clause is a predicate over questions, clauses AND together,
 * and a view asks for the rows filtered by every clause except its own. The work happens in the
 * data set's filter index (filter-index.ts), built once per data set.
 */
import type { Question } from '../../loader/types';
import { filterIndexOf, type ClauseContext } from './filter-index';
import type { FilterClause, ViewName } from './types';

export { hasActiveClauses, searchTerms, type ClauseContext } from './filter-index';

/**
 * The rows that pass every clause except the one set by `except` (a view never filters itself
 * away), as a new array. `rows` must be the whole data set: post-scoped clauses look at a post's
 * other questions.
 */
export function applyClauses(
  rows: readonly Question[],
  clauses: readonly FilterClause[],
  except?: ViewName,
  context: ClauseContext = {},
): Question[] {
  return [...filterIndexOf(rows, context).rows(clauses, except)];
}
