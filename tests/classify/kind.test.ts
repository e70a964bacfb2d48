import { describe, expect, it } from 'vitest';
import { classifyRound, type ClassifyInput } from '../../src/loader/classify';
import type { KindId } from '../../src/loader/types';

const kindOf = (text: string, kind: KindId = 'concept') => classifyRound([{ text, kind } satisfies ClassifyInput])[0]?.kind;

describe('the kind of a question, refined by its topics', () => {
  it('makes any question that asks for code a coding question, whatever the prefix said', () => {
    expect(kindOf('手撕 RMSNorm')).toBe('coding');
    expect(kindOf('手写一下 LoRA 的前向', 'project')).toBe('coding');
    expect(kindOf('Code up nucleus sampling')).toBe('coding');
    expect(kindOf('手撸一个 RoPE')).toBe('coding');
  });
  it('treats a coding question with no model component as an algorithm problem', () => {
    const [result] = classifyRound([{ text: '56.合并区间', kind: 'coding' }]);
    expect(result?.topics).toEqual(['leetcode']);
    expect(result?.kind).toBe('coding');
  });
  it('does not read code into a loader coding guess that only asks to explain or write a formula', () => {
    const [result] = classifyRound([{ text: 'reinforce带上baseline好处是？reinforce的loss写一下？', kind: 'coding' }]);
    expect(result?.topics).toEqual(['rl-basics']);
    // the loader's coding guess is overruled with the code: writing out a loss is a concept question
    expect(result?.kind).toBe('concept');
    const [coded] = classifyRound([{ text: '手撕 GRPO 的 loss', kind: 'coding' }]);
    expect(coded?.kind).toBe('coding');
  });
  it('keeps a kind the loader took from an explicit prefix', () => {
    expect(kindOf('RAG 怎么评估', 'project')).toBe('project');
    expect(kindOf('如何根据商品数量估计市场规模', 'scenario')).toBe('scenario');
  });
  it('turns a default concept into behavioral, project, open or scenario by the topic', () => {
    expect(kindOf('自我介绍')).toBe('behavioral');
    expect(kindOf('聊项目')).toBe('project');
    expect(kindOf('你最近看过哪些 paper')).toBe('open');
    expect(kindOf('估算一下上海有多少家咖啡店')).toBe('scenario');
    expect(kindOf('你的优缺点是什么')).toBe('behavioral');
  });
  it('turns a default concept into derivation when asked to derive or prove', () => {
    expect(kindOf('手推一下策略梯度')).toBe('derivation');
    expect(kindOf('证明两种 AUC 公式等价')).toBe('derivation');
  });
  it('does not take a problem name mentioned in a concept question for an algorithm problem', () => {
    expect(kindOf('KV cache 的淘汰策略用 LRU 合理吗？')).toBe('concept');
    expect(kindOf('多目标排序怎么融合')).toBe('concept');
    expect(classifyRound([{ text: 'lc 146 LRU 缓存', kind: 'concept' }])[0]?.topics).toEqual(['leetcode']);
  });
  it('keeps a technical question a concept question', () => {
    expect(kindOf('讲一下 RoPE')).toBe('concept');
  });
});
