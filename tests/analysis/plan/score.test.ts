import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCorpus } from '../../../src/analysis/plan/corpus';
import { scoreTopics } from '../../../src/analysis/plan/score';
import type { TopicScore } from '../../../src/analysis/plan/types';
import type { Post, Question } from '../../../src/loader/types';
import { flatten, makePost, makeQuestion, postAsking } from './make';

const today = '2025-06-01';
const noRecency = { halfLifeDays: null, today };

function scoresOf(posts: Post[], questions: Question[], companies: string[] = [], halfLifeDays: number | null = null) {
  return scoreTopics(buildCorpus(posts, questions), { companies, halfLifeDays, today });
}

function byTopic(scores: TopicScore[], topic: string): TopicScore {
  const found = scores.find((score) => score.topic === topic);
  if (!found) throw new Error(`no score for ${topic}`);
  return found;
}

// Six interviews: bytedance asks PPO twice; alibaba asks attention three times and PPO once.
const sixInterviews = flatten([
  postAsking('b1', ['ppo'], { company: 'bytedance' }),
  postAsking('b2', ['ppo'], { company: 'bytedance' }),
  postAsking('a1', ['attention'], { company: 'alibaba' }),
  postAsking('a2', ['attention'], { company: 'alibaba' }),
  postAsking('a3', ['attention'], { company: 'alibaba' }),
  postAsking('a4', ['ppo'], { company: 'alibaba' }),
]);

describe('the share and its shrinkage', () => {
  it('is the overall share of interviews when no company is chosen', () => {
    const scores = scoresOf(sixInterviews.posts, sixInterviews.questions);
    expect(byTopic(scores, 'ppo').share).toBeCloseTo(3 / 6, 12);
    expect(byTopic(scores, 'ppo').posts).toBe(6);
    expect(byTopic(scores, 'ppo').score).toBeCloseTo(50, 12);
  });

  it('pulls a company with two posts a third of the way to its own rate', () => {
    // bytedance: 2 of 2 ask PPO, overall 3 of 6. (2 + 4 × 0.5) / (2 + 4) = 4/6.
    const ppo = byTopic(scoresOf(sixInterviews.posts, sixInterviews.questions, ['bytedance']), 'ppo');
    expect(ppo.perCompany).toEqual([{ company: 'bytedance', posts: 2, asking: 2, raw: 1, shrunk: 4 / 6 }]);
    expect(ppo.share).toBeCloseTo(4 / 6, 12);
    expect(ppo.plainShare).toBe(1);
    expect(ppo.overallShare).toBe(0.5);
    // Attention is never asked at bytedance, yet keeps some share from the overall rate: (0 + 2) / 6.
    const attention = byTopic(scoresOf(sixInterviews.posts, sixInterviews.questions, ['bytedance']), 'attention');
    expect(attention.share).toBeCloseTo(2 / 6, 12);
  });

  it('moves closer to the company rate as the company has more posts', () => {
    const many = flatten([
      ...Array.from({ length: 36 }, (_, i) => postAsking(`b${i}`, ['ppo'], { company: 'bytedance' })),
      ...Array.from({ length: 36 }, (_, i) => postAsking(`a${i}`, ['attention'], { company: 'alibaba' })),
    ]);
    // 36 of 36 at bytedance, overall 0.5: (36 + 2) / 40.
    const ppo = byTopic(scoresOf(many.posts, many.questions, ['bytedance']), 'ppo');
    expect(ppo.share).toBeCloseTo(38 / 40, 12);
  });

  it('uses the overall rate for a target company without posts, and shows n = 0', () => {
    const ppo = byTopic(scoresOf(sixInterviews.posts, sixInterviews.questions, ['meituan']), 'ppo');
    expect(ppo.perCompany[0]).toEqual({ company: 'meituan', posts: 0, asking: 0, raw: 0, shrunk: 0.5 });
    expect(ppo.share).toBe(0.5);
    expect(ppo.posts).toBe(0);
  });

  it('averages the shrunk shares of several target companies, each company counting once', () => {
    // bytedance 4/6 as above; alibaba: 1 of 4, (1 + 2) / (4 + 4) = 3/8.
    const ppo = byTopic(scoresOf(sixInterviews.posts, sixInterviews.questions, ['bytedance', 'alibaba']), 'ppo');
    expect(ppo.share).toBeCloseTo((4 / 6 + 3 / 8) / 2, 12);
    expect(ppo.posts).toBe(6);
  });

  it('counts a post once however many of its questions ask the topic', () => {
    const post = makePost('p');
    const questions = [makeQuestion(post, ['ppo']), makeQuestion(post, ['ppo']), makeQuestion(post, ['ppo'])];
    const other = postAsking('q', ['attention']);
    const scores = scoresOf([post, other.post], [...questions, ...other.questions]);
    expect(byTopic(scores, 'ppo').share).toBe(0.5);
  });

  it('ignores guide posts when counting interviews', () => {
    const data = flatten([postAsking('i', ['ppo']), postAsking('g', ['attention'], { kind: 'guide' })]);
    const scores = scoresOf(data.posts, data.questions);
    expect(scores.map((score) => score.topic)).toEqual(['ppo']);
  });
});

describe('the round factor', () => {
  it('rewards topics asked in later rounds, relative to the average question', () => {
    const first = makePost('p1');
    const second = makePost('p2');
    const questions = [
      makeQuestion(first, ['ppo'], { round: '3' }),
      makeQuestion(first, ['attention'], { round: '1' }),
      makeQuestion(second, ['attention'], { round: '1' }),
    ];
    const scores = scoresOf([first, second], questions);
    // Mean round weight of all questions: (1.4 + 1 + 1) / 3; PPO's: 1.4; attention's: 1.
    const mean = 3.4 / 3;
    expect(byTopic(scores, 'ppo').roundFactor).toBeCloseTo(1.4 / mean, 12);
    expect(byTopic(scores, 'attention').roundFactor).toBeCloseTo(1 / mean, 12);
    expect(byTopic(scores, 'ppo').score).toBeCloseTo(100 * 0.5 * (1.4 / mean), 10);
    expect(byTopic(scores, 'attention').score).toBeCloseTo(100 * 1 * (1 / mean), 10);
  });

  it('is neutral when every question comes from the same round', () => {
    const scores = scoresOf(sixInterviews.posts, sixInterviews.questions, ['bytedance']);
    for (const score of scores) expect(score.roundFactor).toBeCloseTo(1, 12);
  });
});

describe('recency', () => {
  it('lets a post one half-life old count half as much as one from today', () => {
    const data = flatten([
      postAsking('new', ['ppo'], { date: '2025-06-01' }),
      postAsking('old', ['attention'], { date: '2025-02-21' }),
    ]);
    const scores = scoresOf(data.posts, data.questions, [], 100);
    expect(byTopic(scores, 'ppo').share).toBeCloseTo(1 / 1.5, 12);
    expect(byTopic(scores, 'attention').share).toBeCloseTo(0.5 / 1.5, 12);
    expect(byTopic(scores, 'attention').plainShare).toBe(0.5);
  });

  it('makes old posts weaker evidence, so shrinkage pulls an old company harder', () => {
    const data = flatten([
      postAsking('b1', ['ppo'], { company: 'bytedance', date: '2025-02-21' }),
      postAsking('b2', ['ppo'], { company: 'bytedance', date: '2025-02-21' }),
      postAsking('a1', ['attention'], { company: 'alibaba', date: '2025-06-01' }),
    ]);
    const ppo = byTopic(scoresOf(data.posts, data.questions, ['bytedance'], 100), 'ppo');
    // Weights 0.5, 0.5, 1: overall 1/2; bytedance (1 + 4 × 0.5) / (1 + 4) = 3/5.
    expect(ppo.overallShare).toBeCloseTo(0.5, 12);
    expect(ppo.share).toBeCloseTo(3 / 5, 12);
  });

  it('changes nothing when recency is off', () => {
    const data = flatten([
      postAsking('new', ['ppo'], { date: '2025-06-01' }),
      postAsking('old', ['attention'], { date: '2015-01-01' }),
    ]);
    const scores = scoresOf(data.posts, data.questions, [], null);
    expect(byTopic(scores, 'attention').share).toBe(0.5);
  });
});

describe('the guide prior', () => {
  it('adds at most a fifth for topics every guide recommends', () => {
    const data = flatten([
      postAsking('i1', ['ppo']),
      postAsking('i2', ['attention']),
      postAsking('g1', ['ppo'], { kind: 'guide' }),
      postAsking('g2', ['ppo', 'rag'], { kind: 'guide' }),
    ]);
    const scores = scoresOf(data.posts, data.questions);
    expect(byTopic(scores, 'ppo').guideShare).toBe(1);
    expect(byTopic(scores, 'ppo').guideFactor).toBeCloseTo(1.2, 12);
    expect(byTopic(scores, 'ppo').score).toBeCloseTo(60, 10);
    expect(byTopic(scores, 'attention').guideFactor).toBe(1);
    expect(scores.map((score) => score.topic)).toEqual(['ppo', 'attention']);
  });
});

describe('ordering', () => {
  it('breaks ties by topic id so the plan order never depends on input order', () => {
    const data = flatten([postAsking('p', ['zeta', 'alpha', 'mid'])]);
    expect(scoresOf(data.posts, data.questions).map((score) => score.topic)).toEqual(['alpha', 'mid', 'zeta']);
  });

  it('gives the same scores whatever the order of posts and questions', () => {
    const data = flatten([
      postAsking('b1', ['ppo', 'gae'], { company: 'bytedance', date: '2025-05-01' }),
      postAsking('b2', ['ppo'], { company: 'bytedance', date: '03-01' }),
      postAsking('m1', ['rag', 'attention'], { company: 'meituan' }),
      postAsking('a1', ['attention'], { company: 'alibaba', date: '2024-11-11' }),
      postAsking('g1', ['rag'], { kind: 'guide' }),
    ]);
    const expected = scoreTopics(buildCorpus(data.posts, data.questions), { companies: ['meituan', 'bytedance'], ...noRecency, halfLifeDays: 90 });
    fc.assert(
      fc.property(fc.shuffledSubarray(data.posts, { minLength: 5 }), fc.shuffledSubarray(data.questions, { minLength: data.questions.length }), (posts, questions) => {
        const again = scoreTopics(buildCorpus(posts, questions), { companies: ['bytedance', 'meituan'], ...noRecency, halfLifeDays: 90 });
        expect(again).toEqual(expected);
      }),
    );
  });
});
