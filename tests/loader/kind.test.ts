/**
 * Stage 5a, kind: explicit prefixes first (八股→concept, 项目→project, 代码题/手撕→coding,
 * 场景题→scenario, 开放题→open), then cues (推导/手推/证明→derivation, 自我介绍/优缺点/压力→
 * behavioral, 聊项目/实习/论文→project). The stage alone, then the kinds a user sees after the
 * topic classifier has had its say.
 */
import { describe, expect, it } from 'vitest';
import { loadFiles } from '../../src/loader';
import type { KindId } from '../../src/loader';
import { kindOf } from '../../src/loader/kind';
import { file } from './support';

describe('kindOf', () => {
  it.each<[string, KindId, KindId]>([
    ['说下LoRA的原理，LoRA是不是只能在Linear层插？', 'project', 'project'],
    ['手推一下 attention 的反向传播', 'concept', 'concept'],
    ['聊聊你的论文', 'open', 'open'],
    ['自我介绍', 'coding', 'coding'],
  ])('lets an explicit prefix decide: “%s” with prefix %s is %s', (text, hint, kind) => {
    expect(kindOf(text, hint, [])).toBe(kind);
  });

  it('calls a question with a LeetCode number coding', () => {
    expect(kindOf('lc 46，全排列', undefined, [46])).toBe('coding');
  });

  it.each<[string, KindId]>([
    ['推导一下 DPO 的 loss，从 Bradley-Terry 模型开始', 'derivation'],
    ['能不能手推策略梯度公式？', 'derivation'],
    ['AUC的两种公式是？你能证明这两种等价的吗？', 'derivation'],
    ['Derive the gradient of softmax cross-entropy with respect to the logits.', 'derivation'],
    ['自我介绍', 'behavioral'],
    ['你觉得自己有那些优缺点？平时喜欢怎么缓解压力？', 'behavioral'],
    ['你的缺点是什么？压力大的时候怎么调节？', 'behavioral'],
    ['你的职业规划是什么', 'behavioral'],
    ['聊项目。', 'project'],
    ['深挖实习项目，数据是怎么构造的', 'project'],
    ['选一个做的好的实习或者论文讲一下，问的比较细，动机是什么', 'project'],
    ['讲自己的RL 相关的研究', 'project'],
    ['手撕Policy Gradient的损失函数', 'coding'],
    ['快速手写一些transformer的mha（多头注意力），伪代码意思一下就行。', 'coding'],
    ['如果要设计一个电商客服 Agent，会怎么拆模块？', 'scenario'],
    ['如何根据拼多多的商品数量，估计淘宝的商品数量？', 'scenario'],
    ['觉得目前来说LLM强化学习领域有什么可以做的方向', 'open'],
    ['讲一下 RoPE 的原理', 'concept'],
    ['GQA 和 MQA 有什么区别？', 'concept'],
    ['How would you cut cost per request by half without hurting quality?', 'scenario'],
    ['Design a customer-support agent that can look up orders', 'scenario'],
    ['线上首 token 延迟要求 500ms 以内，你的 RAG 链路会在哪里优化', 'scenario'],
    ['How would you detect reward model overoptimization during RLHF?', 'concept'],
    ['期望接受长度怎么算？给定接受率 α 和 draft 长度 γ', 'derivation'],
    ['ZeRO-1/2/3 显存计算（7B，Adam，混合精度）', 'derivation'],
    ['Estimate the KV cache for a 70B GQA model at 32k context', 'derivation'],
    ['如果入职后做的方向和预期不太一样，你会怎么办', 'behavioral'],
    ['Walk me through the Llama 3 architecture block by block.', 'concept'],
    ['Walk me through a performance problem you debugged end to end on a GPU.', 'project'],
    ['Serve a 70B model at 1k QPS with p99 latency under 2 seconds.', 'scenario'],
    ['Why SwiGLU over ReLU, and how do you keep the parameter count the same?', 'concept'],
    ['Why OpenAI, and why inference rather than research?', 'behavioral'],
    ["What's the most ambiguous problem you've worked on?", 'behavioral'],
    ['消融实验里去掉 hard negative 掉了多少点，为什么掉这么多', 'project'],
    ['你的金融问答数据是怎么构造的，有没有用大模型合成？', 'project'],
    ['qwen-vl用的什么connector', 'concept'],
    ['线上 Agent 偶发死循环，一直调用同一个工具，怎么排查、怎么兜底', 'scenario'],
    ['如果加入蚂蚁，第一年你给自己定什么目标', 'behavioral'],
    ['如果要给游戏里几百个NPC都接上大模型，成本怎么控制', 'scenario'],
    ['Build retrieval over 10M user reviews in 20 languages', 'scenario'],
  ])('reads “%s” as %s from its cues', (text, kind) => {
    expect(kindOf(text, undefined, [])).toBe(kind);
  });
});

describe('kinds in the loaded questions', () => {
  function kindsOf(lines: string[]): Array<[string, KindId]> {
    const result = loadFiles([file('kinds.txt', lines.join('\n'))]);
    return result.questions.map((q) => [q.text, q.kind]);
  }

  it.each<[string, KindId]>([
    ['八股：LayerNorm 放在残差前后有什么区别', 'concept'],
    ['项目：说下LoRA的原理，LoRA是不是只能在Linear层插？', 'project'],
    ['代码题：实现Casual mask的MHA，说下计算复杂度', 'coding'],
    ['场景题：目前有一些专业领域知识，准备做个智能助手，如何搭建一个RAG 链路', 'scenario'],
    ['开放题：用过豆包吗，觉得目前豆包还存在什么问题', 'open'],
    ['手撕：二叉树的层序遍历', 'coding'],
  ])('keeps the kind the prefix of “%s” names (%s)', (line, kind) => {
    expect(kindsOf(['一面：', `1. ${line}`]).map(([, k]) => k)).toEqual([kind]);
  });

  it.each<[string, KindId]>([
    ['扩散模型和自回归生成图像各有什么优缺点', 'concept'],
    ['聊聊最近读过的论文', 'open'],
    ['为什么选择快手？', 'behavioral'],
    ['为什么从上一家离职', 'behavioral'],
    ['多目标排序怎么融合', 'concept'],
    ['KV cache 的淘汰策略用 LRU 合理吗？', 'concept'],
    ['大促期间 QPS 翻十倍，LLM 服务怎么扛？', 'scenario'],
    ['讲讲 Transformer 的 attention 计算复杂度，怎么优化', 'concept'],
    ['What is your expected salary?', 'behavioral'],
    ['Tell me about a time you disagreed with your advisor.', 'behavioral'],
    ['Walk me through your most recent paper. What was the main contribution?', 'project'],
  ])('calls “%s” %s, as a careful reader would', (line, kind) => {
    expect(kindsOf(['一面：', `1. ${line}`]).map(([, k]) => k)).toEqual([kind]);
  });
});

describe('kindOf: formulas and the candidate’s own work', () => {
  it.each<[string, KindId]>([
    ['SwiGLU 的公式写一下，为什么中间维度取 8/3 d', 'concept'],
    ['写一下 GAE 的公式', 'concept'],
    ['写一下 LRU 缓存', 'coding'],
    ['工具调用的训练数据是怎么造的，造了多少条', 'project'],
    ['多轮对话里模型重复调用工具，你是怎么排查和解决的', 'project'],
    ['上线之后 TTFT 和 QPS 大概多少', 'project'],
    ['Toolformer 和你们的做法比有什么区别', 'project'],
    ['问了下搜索相关性的实习，向量召回怎么做的', 'project'],
    ['你是怎么理解 scaling law 的', 'concept'],
    ['问了一下实习多久能来', 'behavioral'],
  ])('“%s” is %s', (text, kind) => {
    expect(kindOf(text, undefined, [])).toBe(kind);
  });
});

describe('kindOf: scenarios, motivation and earlier work, as blind batches 10 and 11 worded them', () => {
  it.each<[string, KindId]>([
    ['为什么选择国企而不是互联网大厂', 'behavioral'],
    ['为什么选我们这边', 'behavioral'],
    ['How do you explain model limits to non-technical stakeholders?', 'behavioral'],
    ['介绍一下之前做的 MTP 相关工作', 'project'],
    ['给你 500 条 bad case，怎么归因', 'scenario'],
    ['榜单分数很高但用户反馈很差，你怎么分析', 'scenario'],
    ['线上 QPS 扛不住怎么办', 'scenario'],
    ['How would you build an evaluation set for a legal assistant?', 'scenario'],
    ['如果梯度爆炸了怎么办', 'concept'],
    ['如果 BERT 词表有几百万，怎么办？', 'concept'],
    ['怎么评估一个安全模型上线后的效果', 'concept'],
  ])('“%s” is %s', (text, kind) => {
    expect(kindOf(text, undefined, [])).toBe(kind);
  });
});

describe('a round spent on projects', () => {
  it('files the questions of a round the author says dug into projects as project questions, unless they say otherwise', () => {
    const result = loadFiles([
      file(
        'project-round.txt',
        ['淘天 大模型应用 二面面经', '二面', '全程基本围着简历项目问，八股很少', '1. chunk 大小怎么定的', '2. 手撕 lc 146', '3. 自我介绍', '三面', '1. chunk 大小怎么定'].join('\n'),
      ),
    ]);
    expect(result.questions.map((q) => [q.round, q.kind])).toEqual([
      ['2', 'project'],
      ['2', 'coding'],
      ['2', 'behavioral'],
      ['3', 'concept'],
    ]);
  });
});
