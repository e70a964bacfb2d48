import { describe, expect, it } from 'vitest';
import { roundDistribution } from '../../src/analysis/rounds';
import { createTopicSpace } from '../../src/analysis/topic-space';
import { post } from './fixtures/questions';
import { contractTaxonomy } from './fixtures/taxonomy';

const space = createTopicSpace(contractTaxonomy);
const code = (id: string): number => space.codeOfTopic.get(id) ?? -1;

const questions = [
  ...post('p1', [['attention'], ['attention', 'rag'], ['leetcode']], { round: '1' }),
  ...post('p1', [['project-deep-dive'], []], { round: '2' }),
  ...post('p2', [['rag'], ['agent']], { round: '1' }),
  ...post('p2', [['behavioral']], { round: 'hr' }),
  ...post('p3', [['project-deep-dive'], ['scenario-design']], { round: 'final' }),
];

function sums(level: 'topic' | 'area'): number[] {
  const d = roundDistribution(questions, space, level);
  return d.rounds.map((_, r) => d.share.slice(r * d.rows, (r + 1) * d.rows).reduce((s, v) => s + v, 0));
}

describe('roundDistribution', () => {
  it('lists only rounds that have questions, in interview order', () => {
    const d = roundDistribution(questions, space, 'topic');
    expect(d.rounds.map((r) => r.round)).toEqual(['1', '2', 'hr', 'final']);
  });

  it('normalises each round so its topic shares sum to 1', () => {
    for (const s of sums('topic')) expect(s).toBeCloseTo(1, 12);
  });

  it('normalises each round so its area shares sum to 1', () => {
    for (const s of sums('area')) expect(s).toBeCloseTo(1, 12);
  });

  it('splits a two-topic question half and half', () => {
    const d = roundDistribution(questions, space, 'topic');
    // Round 1 has five classified questions; attention has 1 + 1/2 of them.
    expect(d.share[0 * d.rows + code('attention')]).toBeCloseTo(1.5 / 5, 12);
    expect(d.share[0 * d.rows + code('rag')]).toBeCloseTo(1.5 / 5, 12);
  });

  it('keeps counts of questions and posts beside the shares', () => {
    const d = roundDistribution(questions, space, 'topic');
    expect(d.rounds[0]).toEqual({ round: '1', questions: 5, posts: 2, unclassified: 0 });
    expect(d.questions[0 * d.rows + code('rag')]).toBe(2);
    expect(d.posts[0 * d.rows + code('rag')]).toBe(2);
    expect(d.rounds[1]).toEqual({ round: '2', questions: 2, posts: 1, unclassified: 1 });
  });
});
