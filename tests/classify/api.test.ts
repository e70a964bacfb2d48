import { describe, expect, it } from 'vitest';
import * as classify from '../../src/loader/classify';
import { classifyRound, classifyText } from '../../src/loader/classify';

describe('the public API of src/loader/classify', () => {
  it('exports the classifier, the taxonomy and its helpers', () => {
    expect(Object.keys(classify).sort()).toEqual(
      ['Readings', 'areaOf', 'classifyRound', 'classifyText', 'contractTopicOf', 'parseTaxonomy', 'taxonomy', 'topicOf'].sort(),
    );
  });

  it('returns one classification per question, in order', () => {
    const results = classifyRound([
      { text: '自我介绍', kind: 'concept' },
      { text: '讲一下 RoPE', kind: 'concept' },
      { text: '23.合并K个升序链表', kind: 'coding' },
    ]);
    expect(results.map((r) => r.topics)).toEqual([['self-intro'], ['positional-encoding'], ['leetcode']]);
    expect(results.map((r) => r.areas)).toEqual([['general'], ['architecture'], ['coding']]);
  });

  it('gives the evidence for each topic as written in the question, so it can be highlighted', () => {
    const text = '了解 KV cache吗，GQA的思想是什么';
    const result = classifyText(text);
    expect(result.topics).toEqual(['kv-cache', 'attention-variants']);
    for (const evidence of result.evidence) {
      for (const term of evidence.terms) expect(text).toContain(term);
    }
    expect(result.evidence).toEqual([
      { topic: 'kv-cache', terms: ['KV cache'] },
      { topic: 'attention-variants', terms: ['GQA'] },
    ]);
  });

  it('names the rule when a rule, not a word, put a topic there', () => {
    const result = classifyRound([{ text: '如何搭建一个RAG 链路', kind: 'scenario' }])[0];
    expect(result?.evidence.find((e) => e.topic === 'scenario-design')?.terms).toContain('rule:scenario-kind');
  });

  it('shows a finer topic when the question names it, and areas of its parent', () => {
    const result = classifyText('Qwen2 相比 Qwen1 做了哪些改进');
    expect(result.topics).toEqual(['qwen-models']);
    expect(result.areas).toEqual(['architecture']);
  });

  it('keeps a question with nothing to go on, with no topics', () => {
    expect(classifyText('今天天气不错')).toEqual({ topics: [], areas: [], evidence: [], kind: 'concept' });
    expect(classifyRound([])).toEqual([]);
  });

  it('is deterministic: the same round gives the same answer every time', () => {
    const round = [
      { text: '介绍一下PPO，clip 怎么对训练起作用', kind: 'concept' as const },
      { text: 'value 是什么', kind: 'concept' as const },
    ];
    expect(classifyRound(round)).toEqual(classifyRound(round));
  });
});
