import { describe, expect, it } from 'vitest';
import { topicFrequency } from '../../src/analysis/frequency';
import {
  companyIdOf,
  encodeQuestions,
  postIdOf,
  ROUND_ORDER,
  topicCodesOf,
} from '../../src/analysis/question-codes';
import { createTopicSpace } from '../../src/analysis/topic-space';
import { question } from './fixtures/questions';
import { contractTaxonomy } from './fixtures/taxonomy';

const space = createTopicSpace(contractTaxonomy);
const code = (id: string) => space.codeOfTopic.get(id);

describe('encodeQuestions', () => {
  it('turns post, company, round and topics into columns that map back', () => {
    const qs = [
      question({ postId: 'post-x', company: 'meituan', round: 'hr', topics: ['rag', 'agent'] }),
      question({ postId: 'post-y', company: 'jd', round: '2', topics: [] }),
      question({ postId: 'post-y', company: 'jd', round: 'final', topics: ['moe'] }),
    ];
    const e = encodeQuestions(space, qs);
    expect(e.n).toBe(3);
    expect([...e.post].map(postIdOf)).toEqual(['post-x', 'post-y', 'post-y']);
    expect([...e.company].map(companyIdOf)).toEqual(['meituan', 'jd', 'jd']);
    expect([...e.round].map((r) => ROUND_ORDER[r])).toEqual(['hr', '2', 'final']);
    expect([...e.topicStart]).toEqual([0, 2, 2, 3]);
    expect([...e.topics]).toEqual([code('rag'), code('agent'), code('moe')]);
  });

  it('reuses the encoding of an array it has seen', () => {
    const qs = [question({ postId: 'p', topics: ['rag'] })];
    expect(encodeQuestions(space, qs)).toBe(encodeQuestions(space, qs));
  });

  it('encodes each question once, whatever array it comes in', () => {
    const q = question({ postId: 'p', topics: ['rag'] });
    const a = encodeQuestions(space, [q]);
    const b = encodeQuestions(space, [question({ postId: 'o' }), q]);
    expect(b.post[1]).toBe(a.post[0]);
    expect([...topicCodesOf(space, q)]).toEqual([code('rag')]);
  });

  it('leaves no trace in JSON, keys or a spread copy of the question', () => {
    const q = question({ postId: 'p', topics: ['rag'] });
    const before = JSON.stringify(q);
    encodeQuestions(space, [q]);
    expect(JSON.stringify(q)).toBe(before);
    expect(Object.keys({ ...q })).toEqual(Object.keys(q));
    expect(Object.getOwnPropertySymbols({ ...q })).toEqual([]);
  });

  it('works on frozen questions too', () => {
    const frozen = Object.freeze(question({ postId: 'frozen', topics: ['rag', 'agent'] }));
    expect(topicCodesOf(space, frozen)).toHaveLength(2);
    expect(topicFrequency([frozen, frozen], space).topicQuestions[code('rag')!]).toBe(2);
  });

  it('grows past its first allocation', () => {
    const many = Array.from({ length: 3000 }, (_, i) =>
      question({ postId: `g${i >> 2}`, topics: ['rag', 'agent', 'moe'] }),
    );
    const f = topicFrequency(many, space);
    expect(f.topicQuestions[code('moe')!]).toBe(3000);
    expect(f.totalPosts).toBe(750);
  });
});
