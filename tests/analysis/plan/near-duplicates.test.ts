import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  bigrams,
  clusterByText,
  jaccard,
  normaliseQuestion,
  sameQuestion,
} from '../../../src/analysis/plan/near-duplicates';

describe('normalising question text', () => {
  it('drops filler words, punctuation, spaces and case, and folds full-width letters', () => {
    expect(normaliseQuestion('介绍一下 PPO 的 clip？')).toBe('ppo的clip');
    expect(normaliseQuestion('讲讲ＰＰＯ的Clip吗')).toBe('ppo的clip');
  });

  it('keeps a question made only of filler words', () => {
    expect(normaliseQuestion('介绍一下')).toBe('介绍一下');
  });
});

describe('character-bigram Jaccard', () => {
  it('is shared bigrams over all bigrams', () => {
    // ppo的clip: pp po o的 的c cl li ip (7); ppo中的clip adds o中 中的 and loses o的 (8); 6 shared.
    const a = bigrams('ppo的clip');
    const b = bigrams('ppo中的clip');
    expect(a.size).toBe(7);
    expect(b.size).toBe(8);
    expect(jaccard(a, b)).toBeCloseTo(6 / 9, 12);
  });

  it('merges rewordings of one question and keeps different questions apart', () => {
    expect(sameQuestion('介绍一下PPO的clip', '讲讲 PPO 中的 clip', 0.5)).toBe(true);
    expect(sameQuestion('什么是RoPE', '介绍一下PPO', 0.5)).toBe(false);
  });

  it('cannot tell names that differ by one letter apart (a known limit of bigram matching)', () => {
    expect(sameQuestion('LoRA的原理', 'QLoRA的原理', 0.5)).toBe(true);
  });
});

describe('clustering', () => {
  it('groups near-duplicates, counts them, and puts the most asked first', () => {
    const texts = ['GQA的思想', '什么是RoPE', '介绍一下PPO的clip', 'RoPE是什么', '讲讲PPO中的clip', 'PPO的clip作用'];
    const clusters = clusterByText(texts, (t) => t, 0.5);
    expect(clusters.map((c) => c.members)).toEqual([
      ['介绍一下PPO的clip', '讲讲PPO中的clip', 'PPO的clip作用'],
      ['什么是RoPE', 'RoPE是什么'],
      ['GQA的思想'],
    ]);
    expect(clusters[0]?.key).toBe('ppo的clip');
  });
});

describe('clustering with prefix filtering', () => {
  /** The plain algorithm: compare each group with every cluster, no index. */
  function bruteForce(texts: string[], threshold: number): string[][] {
    const groups = new Map<string, string[]>();
    for (const text of texts) {
      const key = normaliseQuestion(text);
      groups.set(key, [...(groups.get(key) ?? []), text]);
    }
    const ordered = [...groups].sort(([ka, a], [kb, b]) => b.length - a.length || ka.length - kb.length || ka.localeCompare(kb));
    const clusters: { grams: Set<string>; members: string[] }[] = [];
    for (const [key, members] of ordered) {
      const grams = bigrams(key);
      let best: (typeof clusters)[number] | undefined;
      let bestSimilarity = -1;
      for (const cluster of clusters) {
        const similarity = jaccard(grams, cluster.grams);
        if (similarity >= threshold && similarity > bestSimilarity) {
          best = cluster;
          bestSimilarity = similarity;
        }
      }
      if (best) best.members.push(...members);
      else clusters.push({ grams, members: [...members] });
    }
    return clusters
      .map((cluster, order) => ({ cluster, order }))
      .sort((a, b) => b.cluster.members.length - a.cluster.members.length || a.order - b.order)
      .map(({ cluster }) => cluster.members);
  }

  it('finds exactly the clusters that comparing with every cluster finds', () => {
    const words = ['PPO', 'DPO', '的', 'clip', '原理', '区别', '介绍一下', 'KV', 'cache', '和', 'GQA', '为什么'];
    const text = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 40 }), fc.constantFrom(0.3, 0.5, 0.7), (texts, threshold) => {
        const fast = clusterByText(texts, (t) => t, threshold).map((cluster) => cluster.members);
        expect(fast).toEqual(bruteForce(texts, threshold));
      }),
      { numRuns: 300 },
    );
  });
});
