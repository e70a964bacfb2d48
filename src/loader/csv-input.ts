/**
 * Stage 2 for spreadsheets: a CSV with a header row → raw posts. A post-level CSV has a text
 * column (text/content/正文…) and optional title, company, date, team and role columns; a
 * question-level CSV (our own questions.csv) has one question per row and is grouped by post.
 * Papaparse reports broken quotes and ragged rows; they become warnings with the file's line.
 */
import Papa from 'papaparse';
import { redactSecrets } from './rules/noise';
import type { KindId, PostKind, RoundId, TopicEvidence, TopicId } from './types';
import type { SourceLine } from './unwrap';

const COLUMN_ALIASES = {
  text: ['text', 'content', 'body', 'post', '正文', '内容', '帖子内容', '笔记内容', 'desc', 'description', 'question', '问题', '题目'],
  title: ['title', '标题', '笔记标题', 'name'],
  company: ['company', '公司', '企业'],
  date: ['date', '日期', 'time', '发布时间', 'publish_time', 'created_at'],
  team: ['team', '部门', '团队', '业务线'],
  role: ['role', '岗位', '职位', 'position'],
  round: ['round', '轮次', '面试轮次'],
  kind: ['kind', '题型'],
  topics: ['topics'],
  evidence: ['evidence'],
  postId: ['post_id', 'postid'],
  postKind: ['post_kind'],
} as const;

type Field = keyof typeof COLUMN_ALIASES;

export interface CsvPost {
  /** Lines of the text cell, numbered by the file line they most likely came from. */
  lines: SourceLine[];
  /** Set for question-level CSVs: the rows as questions, not to be segmented again. */
  questions?: Array<{
    text: string;
    round: RoundId;
    kind: KindId | undefined;
    line: number;
    /** Labels a questions.csv already carries; such a row is not classified again. */
    labels?: { topics: TopicId[]; evidence: TopicEvidence[] };
  }>;
  fields: Partial<Record<'title' | 'company' | 'date' | 'team' | 'role', string>> & { postKind?: PostKind };
}

export interface CsvResult {
  posts: CsvPost[];
  /** File lines (1-based) that are the header row. */
  headerLines: number[];
  warnings: string[];
  error?: string;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

function findColumns(header: string[]): Partial<Record<Field, string>> {
  const columns: Partial<Record<Field, string>> = {};
  for (const field of Object.keys(COLUMN_ALIASES) as Field[]) {
    const aliases: readonly string[] = COLUMN_ALIASES[field];
    const match = header.find((h) => aliases.includes(h.trim().toLowerCase()));
    if (match !== undefined) columns[field] = match;
  }
  return columns;
}

const ROUND_IDS: RoundId[] = ['1', '2', '3', '4', 'hr', 'final', 'unknown'];
const KIND_IDS: KindId[] = ['concept', 'derivation', 'coding', 'project', 'scenario', 'open', 'behavioral'];

export function isCsvName(name: string): boolean {
  return /\.(csv|tsv)$/i.test(name);
}

export function parseCsv(rawText: string, source: string): CsvResult {
  // Keys leak into spreadsheets as they do into logs; no cell keeps one.
  const text = redactSecrets(rawText);
  const starts = lineStarts(text);
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    delimiter: /\.tsv$/i.test(source) ? '\t' : '',
  });
  const result: CsvResult = { posts: [], headerLines: [], warnings: [] };
  const header = parsed.meta.fields ?? [];
  const columns = findColumns(header);
  const headerEnd = text.indexOf('\n');
  result.headerLines.push(1);
  if (!columns.text) {
    result.error = `no text column (found: ${header.join(', ') || 'none'}); name one text, content or 正文`;
    return result;
  }

  // Papaparse gives no line per row: find each row's text cell in the file, in order.
  let cursor = headerEnd < 0 ? text.length : headerEnd + 1;
  const rowStartLines: number[] = [];
  const questionPosts = new Map<string, CsvPost>();
  parsed.data.forEach((row, index) => {
    const cell = (row[columns.text ?? ''] ?? '').replace(/\r\n?/g, '\n');
    const firstCellLine = cell.split('\n').find((l) => l.trim() !== '') ?? '';
    // In the file a cell's quotes are doubled; look for the line as it is written there.
    const written = firstCellLine.includes('"') ? firstCellLine.replace(/"/g, '""') : firstCellLine;
    const at = written ? text.indexOf(written, cursor) : -1;
    const startLine = at >= 0 ? lineAt(starts, at) : lineAt(starts, cursor);
    if (at >= 0) cursor = at + written.length;
    rowStartLines[index] = startLine;
    const cellLines = cell.split('\n');
    const lines: SourceLine[] = cellLines.map((t, i) => ({ no: startLine + i, text: t, origin: 'body' }));

    const fields: CsvPost['fields'] = {};
    for (const field of ['title', 'company', 'date', 'team', 'role'] as const) {
      const column = columns[field];
      const value = column ? (row[column] ?? '').trim() : '';
      if (value) fields[field] = value;
    }
    const postKindValue = columns.postKind ? row[columns.postKind] : undefined;
    if (postKindValue === 'guide' || postKindValue === 'interview') fields.postKind = postKindValue;

    if (columns.round && columns.postId) {
      const postId = row[columns.postId] ?? '';
      const roundValue = (row[columns.round] ?? '').trim().toLowerCase() as RoundId;
      const kindValue = (columns.kind ? (row[columns.kind] ?? '') : '').trim() as KindId;
      let post = questionPosts.get(postId);
      if (!post) {
        post = { lines: [], questions: [], fields };
        questionPosts.set(postId, post);
        result.posts.push(post);
      }
      for (const line of lines) post.lines.push(line);
      if (cell.trim() === '') return;
      post.questions?.push({
        text: cell.trim(),
        round: ROUND_IDS.includes(roundValue) ? roundValue : 'unknown',
        kind: KIND_IDS.includes(kindValue) ? kindValue : undefined,
        ...(columns.topics ? { labels: labelsOf(row[columns.topics] ?? '', columns.evidence ? (row[columns.evidence] ?? '') : '') } : {}),
        line: startLine,
      });
    } else {
      result.posts.push({ lines, fields });
    }
  });
  for (const error of parsed.errors) {
    result.warnings.push(`${source}:${errorLine(error)}: ${describeCsvError(error)}`);
  }
  return result;

  /** Papaparse counts the header in `row` for quote errors only; an unclosed quote has its offset. */
  function errorLine(error: Papa.ParseError): number {
    if (error.code === 'MissingQuotes' && error.index !== undefined) return lineAt(starts, error.index);
    const dataRow = error.type === 'Quotes' ? (error.row ?? 1) - 1 : (error.row ?? 0);
    return rowStartLines[dataRow] ?? 1;
  }
}

/** `rag;agent` and `rag: RAG, 召回 | agent: 工具调用` as written by csv-output.ts. */
function labelsOf(topicsCell: string, evidenceCell: string): { topics: TopicId[]; evidence: TopicEvidence[] } {
  const topics = topicsCell.split(';').map((t) => t.trim()).filter(Boolean);
  const evidence = evidenceCell
    .split(' | ')
    .map((part) => /^([^:]+):\s*(.*)$/.exec(part.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ topic: (m[1] ?? '').trim(), terms: (m[2] ?? '').split(', ').filter(Boolean) }));
  return { topics, evidence };
}

function describeCsvError(error: Papa.ParseError): string {
  switch (error.code) {
    case 'MissingQuotes':
      return 'a quoted field is never closed; the rest of the file was read as one cell';
    case 'InvalidQuotes':
      return 'a quoted field is not closed where it should be; the following lines were read into it';
    case 'TooManyFields':
      return 'this row has more cells than the header; extra cells were ignored';
    case 'TooFewFields':
      return 'this row has fewer cells than the header';
    default:
      return error.message;
  }
}
