import { describe, expect, it } from 'vitest';
import contract from '../fixtures/taxonomy-contract-ids.json';
import { classifyText, contractTopicOf } from '../../src/loader/classify';

/** One Chinese and one English question per contract topic; the topic must come first. */
const CASES: Array<[topic: string, zh: string, en: string]> = [
  ['attention', '为什么 attention 要除以根号 dk', 'Why is dot-product attention scaled by the square root of d_k? (QKV)'],
  ['attention-variants', 'GQA 和 MQA 的区别', 'How does multi-query attention differ from grouped-query attention?'],
  ['positional-encoding', '旋转位置编码 RoPE 是怎么实现相对位置的', 'Why does ALiBi extrapolate better than learned position embeddings?'],
  ['normalization', 'RMSNorm 和 LayerNorm 的区别', 'Pre-Norm or Post-Norm: which trains more stably?'],
  ['activation-ffn', '为什么用 SwiGLU 激活函数', 'What does the feed-forward block do in a Transformer layer?'],
  ['architecture-paradigm', '为什么大模型都用 Decoder-only 架构', 'Encoder-decoder versus decoder-only: which and why?'],
  ['tokenizer-embedding', 'BPE 和 WordPiece 分词有什么不同', 'How do you choose the vocabulary size of a tokenizer?'],
  ['moe', 'MoE 的负载均衡怎么做', 'How does the router in a mixture of experts pick experts?'],
  ['model-families', 'DeepSeek-V3 技术报告的创新点', 'What changed between Qwen2 and Qwen2.5?'],
  ['long-context', '怎么把上下文长度扩展到 128k', 'What is the lost in the middle problem in long context models?'],
  ['multimodal', '多模态大模型的视觉编码器怎么选', 'How does LLaVA connect a vision encoder to an LLM?'],
  ['pretraining', '预训练数据怎么去重', 'What do scaling laws say about data versus parameters?'],
  ['sft', '指令微调的数据怎么构造', 'How do you avoid catastrophic forgetting during SFT?'],
  ['peft', 'LoRA 的秩怎么选', 'Explain QLoRA and prefix tuning.'],
  ['distributed-training', 'ZeRO-3 和 FSDP 的区别', 'Explain tensor parallelism versus pipeline parallelism.'],
  ['distillation', '知识蒸馏有哪些方法', 'What is knowledge distillation with soft labels?'],
  ['optimization', 'AdamW 和 Adam 的区别', 'Why does warmup stabilise training with a large learning rate?'],
  ['rl-basics', '策略梯度和 Q-learning 的区别', 'What is the difference between on-policy and off-policy learning?'],
  ['rlhf-ppo', 'RLHF 中奖励模型怎么训练', 'Walk me through RLHF with PPO.'],
  ['preference-optimization', 'DPO 的原理是什么', 'How do SimPO and KTO change direct preference optimization?'],
  ['rlvr-reasoning', 'GRPO 为什么去掉了 critic', 'What is RLVR and how does it avoid reward hacking?'],
  ['kv-cache', 'KV cache 占多少显存', 'How does PagedAttention store the KV cache?'],
  ['attention-kernels', 'FlashAttention 为什么能省显存', 'What does kernel fusion buy you on a GPU?'],
  ['quantization', 'GPTQ 和 AWQ 量化的区别', 'What is the difference between INT8 and FP8 quantization?'],
  ['serving', 'vLLM 的 continuous batching 是什么', 'How do you reduce latency and raise throughput when serving an LLM?'],
  ['decoding', 'top-p 采样和 beam search 的区别', 'How does nucleus sampling work?'],
  ['compression', '结构化剪枝和非结构化剪枝', 'What is model pruning?'],
  ['rag', 'RAG 召回之后怎么做重排', 'How do you choose the chunk size for retrieval-augmented generation?'],
  ['graphrag', 'GraphRAG 是怎么用知识图谱的', 'When is a knowledge graph better than vector search?'],
  ['agent', 'Agent 的工具调用是怎么实现的', 'Explain ReAct and function calling.'],
  ['prompting-dialogue', '思维链 CoT 为什么有效', 'What is in-context learning with few-shot examples?'],
  ['llm-evaluation', '大模型幻觉怎么缓解', 'Which benchmarks would you use, MMLU or GSM8K?'],
  ['loss-functions', '交叉熵损失和 MSE 的区别', 'Why use cross-entropy rather than mean squared error?'],
  ['metrics', 'AUC 和 F1 有什么区别', 'How are BLEU and ROUGE computed?'],
  ['classic-nlp', 'CRF 和 HMM 的区别', 'How does word2vec skip-gram training work?'],
  ['contrastive-learning', 'InfoNCE 是什么', 'How does SimCSE build positive pairs for contrastive learning?'],
  ['ml-basics', '过拟合怎么办，L2 正则化为什么有效', 'Compare random forests and gradient boosting (GBDT).'],
  ['leetcode', '力扣 42 接雨水', 'LeetCode 206: reverse a linked list.'],
  ['model-coding', '手撕 multi-head attention', 'Implement LayerNorm in PyTorch.'],
  ['self-intro', '先做个自我介绍', 'Please introduce yourself.'],
  ['project-deep-dive', '聊聊你的项目经历', 'Walk me through your project on your resume.'],
  ['scenario-design', '场景题：设计一个客服问答系统', 'System design: an assistant for legal questions.'],
  ['open-ended', '你怎么看待大模型未来的发展趋势', 'What do you think is next for LLMs?'],
  ['behavioral', '说说你的职业规划', 'What are your strengths and weaknesses?'],
];

describe('topics for one question in Chinese and in English', () => {
  it('covers every contract topic', () => {
    expect(new Set(CASES.map(([topic]) => topic))).toEqual(new Set(contract.topics.map((t) => t.id)));
  });

  for (const [topic, zh, en] of CASES) {
    it(`files “${zh}” under ${topic} first`, () => {
      expect(classifyText(zh).topics.map(contractTopicOf)[0]).toBe(topic);
    });
    it(`files “${en}” under ${topic} first`, () => {
      expect(classifyText(en).topics.map(contractTopicOf)[0]).toBe(topic);
    });
  }
});
