import { describe, expect, it } from 'vitest';
import { classifyRound, classifyText, contractTopicOf, type ClassifyInput } from '../../src/loader/classify';

const topicsOf = (text: string) => classifyText(text).topics.map(contractTopicOf);
const round = (...texts: string[]): ClassifyInput[] => texts.map((text) => ({ text, kind: 'concept' }));

describe('ambiguous words take their sense from the words around them', () => {
  it('reads temperature with 对比学习 as contrastive learning', () => {
    expect(topicsOf('对比学习里 temperature 设多大合适')).toEqual(['contrastive-learning']);
  });
  it('reads temperature with 蒸馏 as distillation', () => {
    expect(topicsOf('蒸馏时 temperature 为什么要调高')).toEqual(['distillation']);
  });
  it('reads temperature with 采样 or 生成 as decoding', () => {
    expect(topicsOf('temperature 对采样结果的影响')).toEqual(['decoding']);
    expect(topicsOf('温度调高了生成会更发散吗')).toEqual(['decoding']);
  });
  it('keeps both senses apart when one question contrasts contrastive learning and distillation', () => {
    expect(topicsOf('为什么对比学习的温度很小，而蒸馏的温度很大').sort()).toEqual(['contrastive-learning', 'distillation']);
  });
  it('reads clip with PPO as the PPO objective and with gradients as gradient clipping', () => {
    expect(topicsOf('PPO 的 clip 为什么取 0.2')).toEqual(['rlhf-ppo']);
    expect(topicsOf('clip 梯度的阈值怎么设')).toEqual(['optimization']);
  });
  it('reads CLIP written in capitals as the vision-language model', () => {
    expect(topicsOf('CLIP 的图文对齐是怎么做的')[0]).toBe('multimodal');
  });
  it('reads value next to critic or reward as RL value functions', () => {
    expect(topicsOf('value 和 reward 有什么区别')).toEqual(['rl-basics']);
  });
  it('reads mask as attention masking, SFT loss masking or BERT masking by context', () => {
    expect(topicsOf('decoder 的 mask 为什么是上三角')).toContain('attention');
    expect(topicsOf('SFT 时 prompt 部分要 mask 吗')).toEqual(['sft']);
    expect(topicsOf('BERT 为什么 mask 15% 的 token')).toEqual(['classic-nlp']);
  });
  it('reads recall as a metric unless retrieval is being discussed', () => {
    expect(topicsOf('precision 和 recall 怎么权衡')).toEqual(['metrics']);
    expect(topicsOf('知识库检索的 recall 太低怎么办')).toEqual(['rag']);
    expect(topicsOf('召回率和准确率的区别')).toEqual(['metrics']);
  });
  it('reads top-k by its company: routing, sampling or an algorithm problem', () => {
    expect(topicsOf('MoE 里 top-k 路由选几个专家')).toEqual(['moe']);
    expect(topicsOf('top-k 采样和 top-p 采样')).toEqual(['decoding']);
  });
  it('reads baseline next to REINFORCE as an RL baseline', () => {
    expect(topicsOf('REINFORCE 加 baseline 为什么不改变期望')).toEqual(['rl-basics']);
  });
  it('reads data mixture in fine-tuning as SFT and in pre-training as pre-training', () => {
    expect(topicsOf('微调的数据配比怎么定')).toEqual(['sft']);
    expect(topicsOf('预训练阶段的数据配比怎么定')).toEqual(['pretraining']);
  });
});

describe('follow-up questions borrow a topic from their neighbours in the round', () => {
  it('files “clip 的作用是什么” after a PPO question under rlhf-ppo, citing the neighbours', () => {
    const [, clip] = classifyRound(round('介绍一下 PPO', 'clip 的作用是什么'));
    expect(clip?.topics).toEqual(['rlhf-ppo']);
    expect(clip?.evidence[0]?.terms).toContain('context:neighbours');
  });
  it('files “value 是什么” after a PPO question under the RL sense of value', () => {
    const [, value] = classifyRound(round('PPO 的训练流程', 'value 是什么'));
    expect(value?.topics).toEqual(['rl-basics']);
  });
  it('prefers the question before to the one after at the same distance', () => {
    const [, followUp] = classifyRound(round('讲一下 LoRA', '为什么有效？', '讲一下 RAG'));
    expect(followUp?.topics).toEqual(['peft']);
  });
  it('borrows nothing from a self-introduction or an algorithm problem', () => {
    const results = classifyRound(round('自我介绍', '为什么？'));
    expect(results[1]?.topics).toEqual([]);
  });
  it('leaves a long question with no topic unclassified rather than guessing', () => {
    const results = classifyRound(round('讲一下 LoRA', '那这个在实际中大家一般会怎么权衡取舍呢，说说你的理解'));
    expect(results[1]?.topics).toEqual([]);
  });
  it('lets a short question that refers back borrow a project deep dive', () => {
    const [, followUp] = classifyRound(round('介绍你论文里的方法', '这个工作有投稿吗'));
    expect(followUp?.topics).toEqual(['project-deep-dive']);
    expect(followUp?.kind).toBe('project');
  });
  it('lets a short question that stands on its own borrow nothing', () => {
    const [, standalone] = classifyRound(round('讲一下 LoRA', '怎么让大家都满意呢，说说看吧'));
    expect(standalone?.topics).toEqual([]);
  });
  it('gives an ambiguous word that nothing settles its usual sense in LLM interviews', () => {
    const [result] = classifyRound(round('temperature 的作用是什么'));
    expect(result?.topics).toEqual(['decoding']);
    expect(result?.evidence[0]?.terms).toEqual(['context:usual-sense', 'temperature']);
  });
  it('gives guide items no neighbour context', () => {
    const results = classifyRound(round('LoRA', '为什么？'), 'guide');
    expect(results[1]?.topics).toEqual([]);
  });
});

describe('several topics in one question', () => {
  it('files “PPO和DPO的主要思想” under both rlhf-ppo and preference-optimization', () => {
    expect(topicsOf('PPO和DPO的主要思想是什么')).toEqual(['rlhf-ppo', 'preference-optimization']);
  });
  it('files “手撕Policy Gradient的损失函数” as model coding of an RL loss', () => {
    const topics = topicsOf('手撕Policy Gradient的损失函数');
    expect(topics.slice(0, 2)).toEqual(['model-coding', 'rl-basics']);
  });
  it('files “实现Casual mask的MHA” as model coding of attention', () => {
    expect(topicsOf('实现Casual mask的MHA')).toEqual(['model-coding', 'attention']);
  });
  it('files “讲一下FlashAttention” under attention kernels, not attention', () => {
    expect(topicsOf('讲一下FlashAttention')).toEqual(['attention-kernels']);
  });
  it('does not add a weak third topic to two strong ones', () => {
    expect(topicsOf('BigBird 的注意力和原始 transformer 的 self-attention 比有什么优势')).toEqual([
      'attention',
      'attention-variants',
    ]);
  });
  it('never files more than three topics for an interview question', () => {
    const text = 'LoRA、DPO、RAG、KV cache、FlashAttention、RoPE、MoE 都讲一下';
    expect(classifyText(text).topics.length).toBe(3);
  });
  it('files GPT versus BERT under architecture paradigms, not under model families', () => {
    const topics = topicsOf('GPT 和 BERT 的区别');
    expect(topics).toContain('architecture-paradigm');
    expect(topics).not.toContain('model-families');
  });
});
