/**
 * The questions table's data shaping: search, sort and the window of rows to render. Pure, so
 * the table stays smooth at 100,000 rows: the component renders only the window.
 */
import type { Question, RoundId } from '../../loader/types';
import { searchTerms } from '../state/apply-clauses';
import { rankTexts } from './text-order';

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
  /** The texts' collation ranks when already known (text-order.ts), else undefined. */
  textRanks?: (questions: readonly Question[]) => Uint32Array | undefined;
}

/** Lower-cased texts per rows array (typing searches the same 100,000 rows again and again). */
const lowerCased = new WeakMap<readonly Question[], string[]>();

function lowerTextsOf(questions: readonly Question[]): string[] {
  let texts = lowerCased.get(questions);
  if (texts === undefined) {
    texts = questions.map((question) => question.text.toLowerCase());
    lowerCased.set(questions, texts);
  }
  return texts;
}

export function searchQuestions(questions: readonly Question[], query: string): Question[] {
  const terms = searchTerms(query);
  if (terms.length === 0) return [...questions];
  const texts = lowerTextsOf(questions);
  return questions.filter((_, i) => {
    const text = texts[i]!;
    return terms.every((term) => text.includes(term));
  });
}

/** A click on the sorted column flips its direction; a click on another sorts it ascending. */
export function nextSort(current: SortOrder, key: SortKey): SortOrder {
  if (current.key !== key) return { key, direction: 'ascending' };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

/** Rows the packed sort keys can number: rank and row share one exact double. */
const MAX_PACKED_ROWS = 2 ** 21;

/**
 * Sorted copy; ties keep post order (the input order), so every sort is stable and repeatable.
 * Each row's key becomes a rank (strings ranked once per distinct value with the collator, or
 * remembered from the loading worker for texts); the sort then compares numbers only.
 */
export function sortQuestions(questions: readonly Question[], order: SortOrder, labels: SortLabels): Question[] {
  if (order.key === 'source') {
    return order.direction === 'ascending' ? [...questions] : [...questions].reverse();
  }
  const ranks = ranksFor(questions, order.key, labels);
  const n = questions.length;
  let maxRank = 0;
  for (let i = 0; i < n; i += 1) maxRank = Math.max(maxRank, ranks[i]!);
  const descending = order.direction === 'descending';
  const rankAt = (i: number): number => (descending ? maxRank - ranks[i]! : ranks[i]!);
  if (n < MAX_PACKED_ROWS) {
    // rank · 2^21 + row: a native numeric sort of doubles, row order breaking ties.
    const packed = new Float64Array(n);
    for (let i = 0; i < n; i += 1) packed[i] = rankAt(i) * MAX_PACKED_ROWS + i;
    packed.sort();
    const out = new Array<Question>(n);
    for (let i = 0; i < n; i += 1) out[i] = questions[packed[i]! % MAX_PACKED_ROWS]!;
    return out;
  }
  const rows = Array.from(questions.keys()).sort((a, b) => rankAt(a) - rankAt(b) || a - b);
  return rows.map((i) => questions[i]!);
}

function ranksFor(questions: readonly Question[], key: Exclude<SortKey, 'source'>, labels: SortLabels): ArrayLike<number> {
  switch (key) {
    case 'round':
      return questions.map((question) => roundRank[question.round]);
    case 'text':
      return labels.textRanks?.(questions) ?? rankTexts(questions.map((question) => question.text), labels.collator);
    case 'company':
      return rankTexts(questions.map((question) => labels.company(question.company)), labels.collator);
    case 'kind':
      return rankTexts(questions.map((question) => labels.kind(question.kind)), labels.collator);
    case 'topics':
      return rankTexts(
        questions.map((question) => (question.topics[0] === undefined ? '\uffff' : labels.topic(question.topics[0]))),
        labels.collator,
      );
  }
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
