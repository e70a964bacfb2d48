import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cooccurrence,
  expectedPair,
  lift,
  questionsWithPair,
} from '../../src/analysis/cooccurrence';
import { topicCodesOf } from '../../src/analysis/question-codes';
import { createTopicSpace } from '../../src/analysis/topic-space';
import type { Question } from '../../src/loader/types';
import { post, question } from './fixtures/questions';
import { contractTaxonomy } from './fixtures/taxonomy';

const space = createTopicSpace(contractTaxonomy);
const c = (id: string): number => space.codeOfTopic.get(id) ?? -1;

// Four classified questions: rag+agent twice, rag alone, attention alone; one unclassified.
const questions = [
  ...post('p1', [['rag', 'agent'], ['rag', 'agent'], []]),
  ...post('p2', [['rag'], ['attention']]),
];

describe('cooccurrence within a question', () => {
  const m = cooccurrence(questions, space, 'question');

  it('counts units that have at least one topic', () => {
    expect(m.units).toBe(4);
    expect(m.single[c('rag')]).toBe(3);
  });

  it('keeps a symmetric pair matrix with the single counts on the diagonal', () => {
    expect(m.pair[c('rag') * m.k + c('agent')]).toBe(2);
    expect(m.pair[c('agent') * m.k + c('rag')]).toBe(2);
    expect(m.pair[c('rag') * m.k + c('rag')]).toBe(3);
    expect(m.pair[c('rag') * m.k + c('attention')]).toBe(0);
  });

  it('computes lift as n_ab·N / (n_a·n_b): 2·4 / (3·2) = 4/3 for rag and agent', () => {
    expect(lift(m, c('rag'), c('agent'))).toBeCloseTo(4 / 3, 12);
    expect(expectedPair(m, c('rag'), c('agent'))).toBeCloseTo(1.5, 12);
  });

  it('gives lift 0 for topics never together and NaN for a topic never seen', () => {
    expect(lift(m, c('rag'), c('attention'))).toBe(0);
    expect(lift(m, c('rag'), c('moe'))).toBeNaN();
  });

  it('lists the questions that carry both topics', () => {
    const hits = questionsWithPair(questions, space, 'rag', 'agent', 'question');
    expect(hits).toHaveLength(2);
  });
});

describe('cooccurrence within a post', () => {
  const m = cooccurrence(questions, space, 'post');

  it('treats each post as one unit with the union of its topics', () => {
    expect(m.units).toBe(2);
    expect(m.single[c('rag')]).toBe(2);
    expect(m.pair[c('rag') * m.k + c('attention')]).toBe(1);
    expect(m.pair[c('agent') * m.k + c('attention')]).toBe(0);
  });

  it('computes lift over posts: rag is in every post, so its lift with anything is 1', () => {
    expect(lift(m, c('rag'), c('attention'))).toBeCloseTo(1, 12);
  });

  it('lists the questions on either topic from posts that have both', () => {
    const hits = questionsWithPair(questions, space, 'rag', 'attention', 'post');
    expect(hits.map((q) => q.postId)).toEqual(['p2', 'p2']);
  });
});

describe('questionsWithPair over topic codes', () => {
  /** The straightforward form it replaced: a question's topic codes searched per question. */
  function reference(questions: readonly Question[], a: string, b: string, scope: 'question' | 'post'): Question[] {
    const ca = space.codeOfTopic.get(a);
    const cb = space.codeOfTopic.get(b);
    if (ca === undefined || cb === undefined) return [];
    const has = (q: Question, code: number): boolean => topicCodesOf(space, q).includes(code);
    if (scope === 'question') return questions.filter((q) => has(q, ca) && has(q, cb));
    const byPost = new Map<string, Question[]>();
    for (const q of questions) byPost.set(q.postId, [...(byPost.get(q.postId) ?? []), q]);
    const listed = new Set<Question>();
    for (const own of byPost.values()) {
      if (!own.some((q) => has(q, ca)) || !own.some((q) => has(q, cb))) continue;
      for (const q of own) if (has(q, ca) || has(q, cb)) listed.add(q);
    }
    return questions.filter((q) => listed.has(q));
  }

  it('lists the same questions as the straightforward form on random data, posts interleaved', () => {
    const ids = ['rag', 'agent', 'attention', 'moe', 'sft', 'kv-cache', 'not-a-topic'];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            post: fc.integer({ min: 0, max: 12 }),
            topics: fc.array(fc.constantFrom(...ids), { maxLength: 4 }),
          }),
          { maxLength: 80 },
        ),
        fc.constantFrom(...ids),
        fc.constantFrom(...ids),
        fc.constantFrom('question' as const, 'post' as const),
        (rows, a, b, scope) => {
          const questions = rows.map((row) => question({ postId: `p${row.post}`, topics: row.topics }));
          expect(questionsWithPair(questions, space, a, b, scope)).toEqual(reference(questions, a, b, scope));
        },
      ),
      { numRuns: 300 },
    );
  });
});
