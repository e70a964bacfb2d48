import { describe, expect, it } from 'vitest';
import { companyTopicTable, distinctiveTopics } from '../../src/analysis/company-comparison';
import { createTopicSpace } from '../../src/analysis/topic-space';
import { post } from './fixtures/questions';
import { contractTaxonomy } from './fixtures/taxonomy';

const space = createTopicSpace(contractTaxonomy);
const c = (id: string): number => space.codeOfTopic.get(id) ?? -1;

const questions = [
  ...post('b1', [['rag'], ['rag', 'agent'], ['attention']], { company: 'bytedance' }),
  ...post('b2', [['rag'], ['agent']], { company: 'bytedance' }),
  ...post('a1', [['attention'], ['attention'], ['moe']], { company: 'alibaba' }),
  ...post('a2', [['attention'], ['rlhf-ppo']], { company: 'alibaba' }),
  ...post('u1', [['rag']], { company: 'unknown' }),
  ...post('t1', [['moe']], { company: 'tencent' }),
];

describe('companyTopicTable', () => {
  const table = companyTopicTable(questions, space);

  it('orders companies by questions, ties by id, unknown last', () => {
    expect(table.companies.map((r) => r.company)).toEqual(['alibaba', 'bytedance', 'tencent', 'unknown']);
  });

  it('counts questions and posts per company and topic', () => {
    const b = table.companies.find((r) => r.company === 'bytedance');
    expect(b?.questions).toBe(5);
    expect(b?.posts).toBe(2);
    expect(b?.topicQuestions[c('rag')]).toBe(3);
    expect(b?.topicPosts[c('rag')]).toBe(2);
    expect(b?.topicPosts[c('attention')]).toBe(1);
    expect(table.topicQuestions[c('rag')]).toBe(4);
  });
});

describe('distinctiveTopics', () => {
  const table = companyTopicTable(questions, space);

  it('puts what a company asks more than the rest first', () => {
    const b = distinctiveTopics(table, 'bytedance');
    expect(b[0]?.topic).toBe(c('agent'));
    expect(b[0]?.z).toBeGreaterThan(0);
    const attention = b.find((d) => d.topic === c('attention'));
    expect(attention?.z).toBeLessThan(0);
    const a = distinctiveTopics(table, 'alibaba');
    expect(a[0]?.topic).toBe(c('attention'));
  });

  it('keeps the counts and shares behind each score', () => {
    const rag = distinctiveTopics(table, 'bytedance').find((d) => d.topic === c('rag'));
    expect(rag).toMatchObject({ count: 3, share: 3 / 5, restCount: 1, restShare: 1 / 7 });
  });

  it('returns nothing for a company not in the table', () => {
    expect(distinctiveTopics(table, 'nobody')).toEqual([]);
  });
});
