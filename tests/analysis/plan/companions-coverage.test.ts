import { describe, expect, it } from 'vitest';
import { companionsOf } from '../../../src/analysis/plan/companions';
import { buildCorpus } from '../../../src/analysis/plan/corpus';
import { coverage } from '../../../src/analysis/plan/coverage';
import { NO_PROGRESS, questionMarker } from '../../../src/analysis/plan/progress';
import { flatten, makePost, makeQuestion, postAsking } from './make';

describe('companion topics', () => {
  it('gives the share of posts asking a topic that also ask another', () => {
    const data = flatten([
      postAsking('p1', ['ppo', 'gae']),
      postAsking('p2', ['ppo', 'gae']),
      postAsking('p3', ['ppo', 'gae', 'attention']),
      postAsking('p4', ['ppo']),
      postAsking('p5', ['gae', 'rag']),
    ]);
    const corpus = buildCorpus(data.posts, data.questions);
    // Of the 4 posts asking PPO, 3 ask GAE; attention once is below the minimum of 2.
    expect(companionsOf(corpus, corpus.interviews, 'ppo', { limit: 3, minTogether: 2 })).toEqual([
      { topic: 'gae', together: 3, share: 0.75 },
    ]);
    expect(companionsOf(corpus, corpus.interviews, 'ppo', { limit: 3, minTogether: 1 }).map((c) => c.topic)).toEqual([
      'gae',
      'attention',
    ]);
  });
});

describe('coverage', () => {
  const post = makePost('p');
  const questions = [
    makeQuestion(post, ['a', 'b'], { text: '问题一' }),
    makeQuestion(post, ['a'], { text: '问题二' }),
    makeQuestion(post, [], { text: '未分类' }),
    makeQuestion(post, ['c'], { text: '介绍一下 LayerNorm 和 RMSNorm 的区别' }),
  ];
  const corpus = buildCorpus([post], questions);

  it('is zero before anything is mastered, and leaves unclassified questions out', () => {
    expect(coverage(corpus, questions, NO_PROGRESS)).toEqual({ mastered: 0, total: 3, share: 0 });
  });

  it('splits a question with two topics evenly between them', () => {
    // Mastering a covers half of question one and all of question two: 1.5 of 3.
    const result = coverage(corpus, questions, { topics: { a: 'mastered', b: 'review' }, questions: {} });
    expect(result.share).toBeCloseTo(0.5, 12);
  });

  it('counts a single mastered question, matched through a rewording', () => {
    const progress = {
      topics: { a: 'mastered' as const },
      questions: { layernorm和rmsnorm的区别: { status: 'mastered' as const, text: 'LayerNorm 和 RMSNorm 的区别' } },
    };
    expect(coverage(corpus, questions, progress).share).toBeCloseTo(2.5 / 3, 12);
  });
});

describe('question marks', () => {
  it('find a mark by exact or near-duplicate text and nothing else', () => {
    const markOf = questionMarker({ topics: {}, questions: { ppo的clip: { status: 'review', text: 'PPO的clip' } } });
    expect(markOf('讲讲 PPO 中的 clip')).toBe('review');
    expect(markOf('什么是 RoPE')).toBeUndefined();
  });
});
