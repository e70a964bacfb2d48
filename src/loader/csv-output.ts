/** posts.csv, questions.csv and report.json exactly as spec/loader-contract.md names them. */
import Papa from 'papaparse';
import type { LoadReport, Post, Question } from './types';

const list = (values: Array<string | number>) => values.join(';');

export function postsToCsv(posts: Post[]): string {
  return Papa.unparse(
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
    { newline: '\n' },
  );
}

export function evidenceText(question: Question): string {
  return question.evidence.map((e) => `${e.topic}: ${e.terms.join(', ')}`).join(' | ');
}

export function questionsToCsv(questions: Question[]): string {
  return Papa.unparse(
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
    { newline: '\n' },
  );
}

export function reportToJson(report: LoadReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
