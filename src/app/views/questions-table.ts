/**
 * The questions table's data shaping: search, sort and the window of rows to render. Pure, so
 * the table stays smooth at 100,000 rows: the component renders only the window.
 */
import type { Question, RoundId } from '../../loader/types';
import { searchTerms } from '../state/apply-clauses';

export type SortKey = 'source' | 'text' | 'company' | 'round' | 'kind' | 'topics';
export type SortDirection = 'ascending' | 'descending';

export interface SortOrder {
  key: SortKey;
  direction: SortDirection;
}

/** Post order: as the files and posts were read, each post's questions in the order asked. */
export const sourceOrder: SortOrder = { key: 'source', direction: 'ascending' };

const roundRank: Record<RoundId, number> = { '1': 1, '2': 2, '3': 3, '4': 4, final: 5, hr: 6, unknown: 7 };

/** Labels to sort company, kind and topic columns by what the reader sees. */
export interface SortLabels {
  company: (id: string) => string;
  kind: (id: string) => string;
  topic: (id: string) => string;
  collator: Intl.Collator;
}

export function searchQuestions(questions: readonly Question[], query: string): Question[] {
  const terms = searchTerms(query);
  if (terms.length === 0) return [...questions];
  return questions.filter((question) => {
    const text = question.text.toLowerCase();
    return terms.every((term) => text.includes(term));
  });
}

/** A click on the sorted column flips its direction; a click on another sorts it ascending. */
export function nextSort(current: SortOrder, key: SortKey): SortOrder {
  if (current.key !== key) return { key, direction: 'ascending' };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

/**
 * Sorted copy; ties keep post order (the input order), so every sort is stable and repeatable.
 * Sort keys are computed once per row, not once per comparison.
 */
export function sortQuestions(questions: readonly Question[], order: SortOrder, labels: SortLabels): Question[] {
  if (order.key === 'source') {
    return order.direction === 'ascending' ? [...questions] : [...questions].reverse();
  }
  const keyOf = (question: Question): string | number => {
    switch (order.key) {
      case 'text':
        return question.text;
      case 'company':
        return labels.company(question.company);
      case 'round':
        return roundRank[question.round];
      case 'kind':
        return labels.kind(question.kind);
      case 'topics':
        return question.topics[0] === undefined ? '\uffff' : labels.topic(question.topics[0]);
      case 'source':
        return 0;
    }
  };
  const sign = order.direction === 'ascending' ? 1 : -1;
  const keyed = questions.map((question, index) => ({ question, index, key: keyOf(question) }));
  keyed.sort((a, b) => {
    const byKey =
      typeof a.key === 'number' && typeof b.key === 'number'
        ? a.key - b.key
        : labels.collator.compare(String(a.key), String(b.key));
    return byKey * sign || a.index - b.index;
  });
  return keyed.map((entry) => entry.question);
}

export interface RowWindow {
  /** First row to render. */
  start: number;
  /** One past the last row to render. */
  end: number;
}

/** The rows in view plus `overscan` on each side, so fast scrolling shows no gaps. */
export function rowWindow(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  rowCount: number,
  overscan = 6,
): RowWindow {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const visible = Math.ceil(Math.max(0, viewportHeight) / rowHeight) + 1;
  const start = Math.max(0, Math.min(rowCount, first - overscan));
  const end = Math.min(rowCount, first + visible + overscan);
  return { start, end: Math.max(start, end) };
}

/** The scroll position that brings a row fully into view, or the current one if it is. */
export function scrollTopToShow(row: number, scrollTop: number, viewportHeight: number, rowHeight: number): number {
  const top = row * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewportHeight) return bottom - viewportHeight;
  return scrollTop;
}
