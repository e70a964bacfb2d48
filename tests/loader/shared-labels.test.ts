/**
 * Questions with equal labels share one array (memory for large imports), and sharing never mixes
 * labels up: every question keeps exactly the labels it was given.
 */
import { describe, expect, it } from 'vitest';
import { loadFiles } from '../../src/loader';
import { SharedLabels } from '../../src/loader/shared-labels';

const post = (company: string, last: string) =>
  new TextEncoder().encode(`${company} 大模型一面面经\n一面\n1. 讲讲 RoPE 的原理\n2. LoRA 的秩怎么选\n3. 手撕 LRU 缓存\n4. ${last}`);

describe('shared labels', () => {
  it('gives equal lists one array and keeps unequal ones apart', () => {
    const shared = new SharedLabels();
    const a = shared.topics(['rag', 'agent']);
    expect(shared.topics(['rag', 'agent'])).toBe(a);
    expect(shared.topics(['agent', 'rag'])).toEqual(['agent', 'rag']);
    expect(shared.leetcode([146])).not.toBe(shared.leetcode([14, 6]));
    expect(shared.evidence([{ topic: 'rag', terms: ['a', 'b'] }])).not.toBe(shared.evidence([{ topic: 'rag', terms: ['a,b'] }]));
    expect(shared.topics([])).toBe(shared.areas([]));
  });

  it('shares the labels of equal questions across posts and keeps each question’s own labels', () => {
    const result = loadFiles([
      { name: 'a.txt', bytes: post('字节', '你觉得团队氛围重要吗') },
      { name: 'b.txt', bytes: post('美团', 'KV cache 占多少显存') },
    ]);
    const first = result.questions[0]!;
    const second = result.questions[4]!;
    expect(first.text).toBe(second.text);
    expect(first.topics).toBe(second.topics);
    expect(first.evidence).toBe(second.evidence);
    expect(result.questions.map((q) => q.topics[0])).toEqual([
      'positional-encoding',
      'peft',
      'leetcode',
      'behavioral',
      'positional-encoding',
      'peft',
      'leetcode',
      'kv-cache',
    ]);
    expect(result.questions[2]!.leetcode).toEqual([146]);
  });
});

describe('shared texts', () => {
  it('gives equal texts, wherever they were cut from, one string', () => {
    const shared = new SharedLabels();
    const file = `${'前言'.repeat(500)}\n介绍一下 Transformer 的整体结构和各个模块的作用\n`;
    const line = file.slice(file.indexOf('\n') + 1, -1);
    const own = shared.text(line);
    expect(own).toBe(line);
    const again = `${'后记'.repeat(300)}\n介绍一下 Transformer 的整体结构和各个模块的作用`;
    expect(shared.text(again.slice(again.indexOf('\n') + 1))).toBe(own);
  });
});
