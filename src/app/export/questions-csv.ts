/**
 * The filtered questions as CSV that Excel opens correctly: a UTF-8 BOM so Chinese shows, and
 * every cell that a spreadsheet could read as a formula (= + - @, tab, carriage return) prefixed
 * with an apostrophe. Cells that already start with an apostrophe get one more, so
 * `unescapeCell` gives back exactly the original text.
 */
import Papa from 'papaparse';
import type { Question } from '../../loader/types';

export const csvColumns = [
  'id',
  'post_id',
  'source',
  'post_kind',
  'company',
  'round',
  'seq',
  'kind',
  'topics',
  'areas',
  'leetcode',
  'text',
  'line',
] as const;

export type CsvColumn = (typeof csvColumns)[number];
export type CsvRow = Record<CsvColumn, string>;

const byteOrderMark = '\uFEFF';
const formulaStart = /^[=+\-@\t\r']/u;
/** Joins list cells; `;` never occurs in topic or area ids. */
const listSeparator = ';';

export function escapeCell(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

export function unescapeCell(value: string): string {
  return value.startsWith("'") && formulaStart.test(value.slice(1)) ? value.slice(1) : value;
}

export function toCsvRow(question: Question): CsvRow {
  return {
    id: question.id,
    post_id: question.postId,
    source: question.source,
    post_kind: question.postKind,
    company: question.company,
    round: question.round,
    seq: String(question.seq),
    kind: question.kind,
    topics: question.topics.join(listSeparator),
    areas: question.areas.join(listSeparator),
    leetcode: question.leetcode.join(listSeparator),
    text: question.text,
    line: String(question.line),
  };
}

export function questionsToCsv(questions: readonly Question[]): string {
  const rows = questions.map((question) =>
    csvColumns.map((column) => escapeCell(toCsvRow(question)[column])),
  );
  return byteOrderMark + Papa.unparse({ fields: [...csvColumns], data: rows }, { newline: '\r\n' });
}

/** Reads an exported CSV back into rows (BOM dropped, escapes undone): the inverse of the above. */
export function parseQuestionsCsv(csv: string): CsvRow[] {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/u, ''), {
    header: true,
    skipEmptyLines: true,
  });
  return parsed.data.map((record) => {
    const row = {} as CsvRow;
    for (const column of csvColumns) row[column] = unescapeCell(record[column] ?? '');
    return row;
  });
}
