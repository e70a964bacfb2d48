/** posts.csv, questions.csv and report.json exactly as spec/loader-contract.md names them. */
import Papa from 'papaparse';
import type { LoadReport, Post, Question } from './types';

const list = (values: Array<string | number>) => values.join(';');

const POST_COLUMNS = ['post_id', 'source', 'title', 'post_kind', 'company', 'team', 'role', 'date', 'rounds', 'question_count'];
const QUESTION_COLUMNS = ['question_id', 'post_id', 'source', 'post_kind', 'company', 'round', 'seq', 'text', 'kind', 'topics', 'areas', 'leetcode', 'evidence', 'line'];

/** The header row is written even when there are no rows, so readers always find the columns. */
function toCsv(columns: string[], rows: Array<Record<string, string | number>>): string {
  return Papa.unparse({ fields: columns, data: rows.map((row) => columns.map((c) => row[c] ?? '')) }, { newline: '\n' });
}

export function postsToCsv(posts: Post[]): string {
  return toCsv(
    POST_COLUMNS,
    posts.map((p) => ({
      post_id: p.id,
      source: p.source,
      title: p.title,
      post_kind: p.kind,
      company: p.company,
      team: p.team,
      role: p.role,
      date: p.date,
      rounds: list(p.rounds),
      question_count: p.questionCount,
    })),
  );
}

export function evidenceText(question: Question): string {
  return question.evidence.map((e) => `${e.topic}: ${e.terms.join(', ')}`).join(' | ');
}

export function questionsToCsv(questions: Question[]): string {
  return toCsv(
    QUESTION_COLUMNS,
    questions.map((q) => ({
      question_id: q.id,
      post_id: q.postId,
      source: q.source,
      post_kind: q.postKind,
      company: q.company,
      round: q.round,
      seq: q.seq,
      text: q.text,
      kind: q.kind,
      topics: list(q.topics),
      areas: list(q.areas),
      leetcode: list(q.leetcode),
      evidence: evidenceText(q),
      line: q.line,
    })),
  );
}

export function reportToJson(report: LoadReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
