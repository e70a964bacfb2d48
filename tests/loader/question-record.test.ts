/**
 * The loader keeps questions as records that share their post's facts and their labels; to every
 * reader they are Questions: the same fields, the same ids, the same JSON.
 */
import { describe, expect, it } from 'vitest';
import { loadFiles } from '../../src/loader';
import { plainQuestion, QuestionRecord, questionId } from '../../src/loader/question-record';
import { SharedLabels } from '../../src/loader/shared-labels';
import type { Question } from '../../src/loader/types';
import { seedFiles } from './support';

const FIELDS: (keyof Question)[] = ['id', 'postId', 'source', 'postKind', 'company', 'round', 'seq', 'text', 'kind', 'topics', 'areas', 'leetcode', 'evidence', 'line'];

describe('question records', () => {
  const { posts, questions } = loadFiles(seedFiles());

  it('serialise as plain questions with every field, in the order of the Question type', () => {
    for (const q of questions) {
      const plain = JSON.parse(JSON.stringify(q)) as Question;
      expect(Object.keys(plain)).toEqual(FIELDS);
      for (const field of FIELDS) expect(plain[field]).toEqual(q[field]);
    }
  });

  it('carry their post’s id, source, kind and company, and number questions within the post', () => {
    const byId = new Map(posts.map((p) => [p.id, p]));
    const seen = new Map<string, number>();
    for (const q of questions) {
      const post = byId.get(q.postId)!;
      expect([q.source, q.postKind, q.company]).toEqual([post.source, post.kind, post.company]);
      const position = (seen.get(q.postId) ?? 0) + 1;
      seen.set(q.postId, position);
      expect(q.id).toBe(questionId(q.postId, position));
    }
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
  });

  it('cross to a worker’s page as plain questions: a structured clone copies own fields only', () => {
    const q = questions[0]!;
    expect(Object.keys(structuredClone(q))).not.toContain('topics');
    expect(structuredClone(plainQuestion(q))).toEqual(JSON.parse(JSON.stringify(q)));
  });

  it('are read-only: a finished question cannot be relabelled by accident', () => {
    const q = questions[0] as Question;
    expect(() => {
      q.topics = ['rag'];
    }).toThrow(TypeError);
  });

  it('share one labels object between questions labelled alike', () => {
    const shared = new SharedLabels();
    const rag = () => shared.classification({ topics: ['rag'], areas: ['applications'], evidence: [{ topic: 'rag', terms: ['RAG'] }], kind: 'concept' });
    const labels = () => shared.labels(rag(), '1', shared.leetcode([]));
    const facts = { postId: 'p', source: 's.txt', postKind: 'interview' as const, company: 'meituan' };
    const a = new QuestionRecord('RAG 怎么做召回', 1, 3, 1, facts, labels());
    const b = new QuestionRecord('RAG 的召回率太低怎么办', 2, 4, 2, facts, labels());
    expect(rag()).toBe(rag());
    expect(a.topics).toBe(b.topics);
    expect(labels()).toBe(labels());
    expect(shared.labels(rag(), '2', [])).not.toBe(labels());
    expect(shared.labels(rag(), '1', shared.leetcode([146]))).not.toBe(labels());
    expect(shared.labels(rag(), '1', shared.leetcode([146]))).toBe(shared.labels(rag(), '1', shared.leetcode([146])));
    expect([a.id, b.id, a.round, b.kind]).toEqual(['p-001', 'p-002', '1', 'concept']);
  });
});
