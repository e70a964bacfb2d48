/**
 * What the corpus generator writes about: for each of the 45 contract topics, the words an
 * interviewer uses for it and a few questions as people write them. Generic templates combine
 * the words, so a large corpus has many distinct questions rather than a few repeated ones.
 */

export interface TopicVocabulary {
  /** Contract topic id (taxonomy-contract.json). */
  topic: string;
  /** Words and names of the topic, as written in posts (mixed Chinese and English); empty where
   *  templated questions would read wrong (projects, opinions, behaviour). */
  terms: string[];
  /** Whole questions as an interviewer asks them. */
  questions: string[];
}

export const TOPICS: TopicVocabulary[] = [
  {
    topic: 'attention',
    terms: ['self-attention', 'QKV', '多头注意力', 'MHA', 'scaled dot-product attention', 'causal mask'],
    questions: [
      'self-attention为什么要除以根号d_k？',
      '为什么要用QKV三个矩阵，只用一个会怎样？',
      '多头注意力相比单头的好处是什么？',
      'attention的计算复杂度是多少，瓶颈在哪？',
      'decoder里的causal mask是怎么实现的？',
    ],
  },
  {
    topic: 'attention-variants',
    terms: ['MQA', 'GQA', 'MLA', '滑动窗口注意力', 'linear attention', 'Longformer'],
    questions: [
      'MQA和GQA的区别是什么，各自省了什么？',
      'DeepSeek的MLA是怎么压缩KV的？',
      'BigBird里面有哪几种注意力机制？',
      'sparse attention有哪些做法？',
      '线性注意力为什么能做到线性复杂度？',
    ],
  },
  {
    topic: 'positional-encoding',
    terms: ['RoPE', '旋转位置编码', 'ALiBi', '绝对位置编码', '相对位置编码', '位置编码外推'],
    questions: [
      'RoPE的原理是什么，为什么能表示相对位置？',
      'ALiBi和RoPE相比有什么优势？',
      '为什么Transformer需要位置编码？',
      '位置编码的长度外推有哪些方法？',
      'NTK-aware插值是怎么做的？',
    ],
  },
  {
    topic: 'normalization',
    terms: ['LayerNorm', 'RMSNorm', 'BatchNorm', 'Pre-Norm', 'Post-Norm'],
    questions: [
      'LayerNorm和BatchNorm的区别？',
      '为什么大模型用RMSNorm而不是LayerNorm？',
      'Pre-Norm和Post-Norm各有什么优缺点？',
      'NLP里为什么不用BatchNorm？',
    ],
  },
  {
    topic: 'activation-ffn',
    terms: ['激活函数', 'GELU', 'SwiGLU', 'ReLU', 'FFN', '前馈网络'],
    questions: [
      'LLM常用的激活函数有哪些？为什么选用SwiGLU？',
      'GELU和ReLU的区别是什么？',
      'FFN层在Transformer里起什么作用？',
      'SwiGLU为什么要把中间维度改成8/3倍？',
    ],
  },
  {
    topic: 'architecture-paradigm',
    terms: ['Transformer', 'decoder-only', 'encoder-decoder', 'encoder-only', 'RNN'],
    questions: [
      'Transformer为什么能替代RNN？',
      '为什么现在的大模型大多是decoder-only结构？',
      'encoder-only和decoder-only分别适合什么任务？',
      'GPT和BERT在结构上有什么不同？',
    ],
  },
  {
    topic: 'tokenizer-embedding',
    terms: ['BPE', 'WordPiece', 'tokenizer', '词表', 'embedding', 'vocab_size'],
    questions: [
      'BPE和WordPiece的区别？',
      '词表大小怎么选，太大太小各有什么问题？',
      '如果BERT词表很大，比如vocab_size达到几百万，怎么办？',
      '给出emb_size和vocab_size，embedding层的参数量是多少？',
      '中文tokenizer是怎么训练的？',
    ],
  },
  {
    topic: 'moe',
    terms: ['MoE', '混合专家', '专家路由', '负载均衡loss', 'top-k gating'],
    questions: [
      'MoE的路由是怎么做的，怎么保证负载均衡？',
      'MoE模型的总参数量和激活参数量怎么算？',
      'DeepSeekMoE里的共享专家有什么作用？',
      'MoE训练不稳定的原因是什么？',
    ],
  },
  {
    topic: 'model-families',
    terms: ['Qwen', 'DeepSeek', 'LLaMA', 'Kimi', 'MiniMax', 'GPT-4'],
    questions: [
      'Qwen2和Qwen3在结构上有哪些变化？',
      'DeepSeek-V3的技术报告里有哪些创新点？',
      'LLaMA相比原始Transformer做了哪些改动？',
      '开源大模型里你最熟悉哪个，讲讲它的结构？',
      'Kimi的长文本是怎么做的？',
    ],
  },
  {
    topic: 'long-context',
    terms: ['长上下文', '长文本', '上下文长度扩展', 'context window', 'YaRN'],
    questions: [
      '大模型的上下文长度是怎么扩展的？',
      '长文本训练有哪些难点？',
      'YaRN和位置插值有什么区别？',
      '上下文变长以后显存怎么估计？',
    ],
  },
  {
    topic: 'multimodal',
    terms: ['多模态', 'ViT', 'CLIP', 'Qwen-VL', '视觉编码器', '图文对齐'],
    questions: [
      'CLIP是怎么训练的？',
      'ViT怎么把图像变成token？',
      '多模态大模型里视觉特征是怎么接入LLM的？',
      'Qwen-VL的结构讲一下？',
    ],
  },
  {
    topic: 'pretraining',
    terms: ['预训练', '数据配比', 'next token prediction', 'scaling law', '预训练数据清洗'],
    questions: [
      '预训练一般分几个阶段，每个阶段的数据怎么配？',
      'scaling law说了什么？',
      '预训练数据的去重和清洗怎么做？',
      'next token prediction的loss是怎么算的？',
    ],
  },
  {
    topic: 'sft',
    terms: ['SFT', '指令微调', '微调数据', '灾难性遗忘', '数据配比'],
    questions: [
      'SFT的数据是怎么构造的？',
      '大模型微调最重要的是什么？',
      'SFT之后出现灾难性遗忘怎么办？',
      'SFT数据里通用数据和领域数据的比例怎么定？',
      'SFT的loss只算answer部分吗，为什么？',
    ],
  },
  {
    topic: 'peft',
    terms: ['LoRA', 'QLoRA', 'Adapter', 'Prefix Tuning', 'P-Tuning', 'rank'],
    questions: [
      'LoRA的原理是什么，rank怎么选？',
      'QLoRA是怎么降低显存的？',
      'LoRA是不是只能加在Linear层？',
      'LoRA合并权重的时候要注意什么？',
      'Prefix Tuning和Prompt Tuning的区别？',
    ],
  },
  {
    topic: 'distributed-training',
    terms: ['DeepSpeed', 'ZeRO', '张量并行', '流水线并行', 'FSDP', '混合精度'],
    questions: [
      'ZeRO-1、ZeRO-2、ZeRO-3分别切分了什么？',
      '数据并行、张量并行和流水线并行的区别？',
      '混合精度训练为什么要保留fp32的主权重？',
      '7B模型全参微调大概需要多少显存？',
      'activation checkpointing的原理是什么？',
    ],
  },
  {
    topic: 'distillation',
    terms: ['知识蒸馏', '蒸馏温度', 'logits蒸馏', '特征蒸馏'],
    questions: [
      '知识蒸馏有哪几种？你觉得哪种效果最好？',
      '蒸馏时temperature起什么作用？',
      '大模型蒸馏小模型一般怎么做？',
    ],
  },
  {
    topic: 'optimization',
    terms: ['AdamW', '学习率warmup', '梯度爆炸', '梯度消失', 'loss spike', '初始化'],
    questions: [
      'Adam和AdamW的区别是什么？',
      '为什么训练要用warmup？',
      '训练中出现loss spike怎么排查？',
      '梯度爆炸和梯度消失怎么解决？',
      '学习率调度有哪些常见策略？',
    ],
  },
  {
    topic: 'rl-basics',
    terms: ['策略梯度', 'REINFORCE', 'baseline', '价值函数', 'TD error', 'GAE', 'actor-critic'],
    questions: [
      'reinforce属于on-policy还是off-policy？为什么？',
      'reinforce带上baseline有什么好处？',
      '能不能手推策略梯度公式？',
      '你对GAE的理解，TD error是什么含义？',
      'on-policy和off-policy的区别是什么？',
    ],
  },
  {
    topic: 'rlhf-ppo',
    terms: ['RLHF', 'PPO', 'reward model', 'critic model', 'KL惩罚', 'clip'],
    questions: [
      '介绍一下PPO，clip怎么对训练起作用？',
      'RLHF的流程是什么，为什么SFT之后还要RLHF？',
      'reward model是怎么训练的？',
      'critic model预测的是什么，怎么训练？',
      'PPO里的KL惩罚项有什么用？',
    ],
  },
  {
    topic: 'preference-optimization',
    terms: ['DPO', 'IPO', 'KTO', 'SimPO', 'ORPO', '偏好数据'],
    questions: [
      'DPO的loss是怎么推出来的？',
      'DPO和PPO相比有什么优缺点？',
      'SimPO相比DPO改了什么？',
      'DPO训练中chosen的概率也下降是为什么？',
    ],
  },
  {
    topic: 'rlvr-reasoning',
    terms: ['GRPO', 'RLVR', 'DeepSeek-R1', 'reward hacking', 'rubric reward', '长思维链'],
    questions: [
      'GRPO和PPO的区别是什么？',
      'RLVR里的奖励是怎么设计的？',
      'DeepSeek-R1的训练流程讲一下？',
      'reward hacking有哪些表现，怎么缓解？',
      '有没有了解最近的一些Rubrics based RL的工作？',
    ],
  },
  {
    topic: 'kv-cache',
    terms: ['KV Cache', 'PagedAttention', 'KV缓存', '显存占用'],
    questions: [
      'KV Cache的原理是什么，为什么只缓存K和V？',
      'KV Cache占多少显存，怎么算？',
      'PagedAttention解决了什么问题？',
      '怎么压缩KV Cache？',
    ],
  },
  {
    topic: 'attention-kernels',
    terms: ['FlashAttention', 'FlashAttention-2', '算子融合', 'tiling', 'online softmax'],
    questions: [
      'FlashAttention为什么快，省的是什么？',
      'FlashAttention-2相比第一版做了哪些改进？',
      'online softmax是怎么算的？',
      '算子融合能带来哪些收益？',
    ],
  },
  {
    topic: 'quantization',
    terms: ['量化', 'INT8', 'INT4', 'NF4', 'GPTQ', 'AWQ', 'FP8'],
    questions: [
      '常见的量化方式有哪些？',
      'GPTQ和AWQ的区别是什么？',
      'QLoRA为什么选NF4？',
      '量化之后精度下降怎么办？',
      'FP8训练有什么难点？',
    ],
  },
  {
    topic: 'serving',
    terms: ['vLLM', 'continuous batching', '投机采样', '推理加速', '吞吐和延迟', 'TensorRT-LLM'],
    questions: [
      'vLLM为什么比HF generate快？',
      'continuous batching是怎么做的？',
      '投机采样的原理是什么？',
      '部署一个70B模型需要多少张卡？',
      'llm推理效率低，上线的时候怎么优化？',
    ],
  },
  {
    topic: 'decoding',
    terms: ['beam search', 'top-k采样', 'top-p采样', 'temperature', 'greedy search'],
    questions: [
      'top-k和top-p采样的区别？',
      'temperature对生成结果有什么影响？',
      'beam search有什么缺点？',
      '为什么生成会重复，怎么解决？',
    ],
  },
  {
    topic: 'compression',
    terms: ['剪枝', '模型压缩', '低秩分解', '结构化剪枝'],
    questions: [
      '模型剪枝有哪些方法？',
      '结构化剪枝和非结构化剪枝的区别？',
      '有没有尝试过模型裁剪，比如低秩分解？',
    ],
  },
  {
    topic: 'rag',
    terms: ['RAG', '检索增强', 'chunk切分', '向量检索', 'rerank', '召回率'],
    questions: [
      'RAG的整体流程讲一下？',
      'chunk切分有哪些策略？',
      '你觉得当前RAG的最大瓶颈在哪？',
      'RAG怎么评估？',
      '知识库增量更新时怎么避免检索偏差？',
      'rerank模型是怎么训练的？',
    ],
  },
  {
    topic: 'graphrag',
    terms: ['GraphRAG', '知识图谱', '实体抽取', '社区摘要'],
    questions: [
      '介绍一下GraphRAG，难点是什么？',
      'GraphRAG如何应对增量场景？',
      '知识图谱在RAG里怎么用？',
    ],
  },
  {
    topic: 'agent',
    terms: ['Agent', 'function calling', '工具调用', 'ReAct', '多智能体', 'MCP'],
    questions: [
      'Agent的基本组成有哪些？',
      'function calling是怎么训练出来的？',
      'ReAct框架讲一下？',
      '多Agent系统怎么做任务分配？',
      'MCP协议解决了什么问题？',
    ],
  },
  {
    topic: 'prompting-dialogue',
    terms: ['Prompt工程', 'few-shot', '思维链', 'CoT', '多轮对话', 'in-context learning'],
    questions: [
      'CoT为什么能提升推理能力？',
      'in-context learning的原理是什么？',
      '多轮对话的能力怎么训练？',
      'prompt工程有哪些常用技巧？',
    ],
  },
  {
    topic: 'llm-evaluation',
    terms: ['大模型评测', '幻觉', 'benchmark', 'MMLU', 'LLM-as-a-judge'],
    questions: [
      '大模型的幻觉是怎么产生的，怎么缓解？',
      '怎么评测一个大模型的效果？',
      'LLM-as-a-judge有什么问题？',
      '常见的benchmark有哪些？',
    ],
  },
  {
    topic: 'loss-functions',
    terms: ['交叉熵', 'MSE', '损失函数', 'focal loss', 'label smoothing'],
    questions: [
      '分类的损失函数为什么是交叉熵而不是MSE？',
      '大模型预测token的损失是怎么算的？',
      'focal loss解决了什么问题？',
      'label smoothing的作用是什么？',
    ],
  },
  {
    topic: 'metrics',
    terms: ['AUC', 'F1', '准确率和召回率', 'BLEU', 'ROUGE', 'perplexity'],
    questions: [
      'AUC的两种计算公式是什么？',
      'precision和recall怎么权衡？',
      'BLEU和ROUGE的区别？',
      'perplexity是怎么定义的？',
    ],
  },
  {
    topic: 'classic-nlp',
    terms: ['BERT', 'CRF', 'HMM', 'word2vec', '序列标注', '数据增强'],
    questions: [
      'BERT-CRF中为什么要加CRF？',
      'CRF和HMM的区别？',
      'word2vec的两种训练方式是什么？',
      'nlp的数据增强方法主要有哪几种？',
      'NLP和LLM最大的区别是什么？',
    ],
  },
  {
    topic: 'contrastive-learning',
    terms: ['对比学习', 'InfoNCE', '负样本', 'SimCSE', '温度系数'],
    questions: [
      '对比学习中temperature为什么很小？',
      'InfoNCE loss的公式是什么？',
      'SimCSE是怎么构造正负样本的？',
    ],
  },
  {
    topic: 'ml-basics',
    terms: ['过拟合', '正则化', 'L1和L2正则', 'SVM', '逻辑回归', 'XGBoost'],
    questions: [
      '过拟合有哪些解决办法？',
      'L1和L2正则化的区别？',
      '逻辑回归为什么用sigmoid？',
      'XGBoost和GBDT的区别？',
      'dropout在训练和推理时有什么不同？',
    ],
  },
  {
    topic: 'leetcode',
    // Algorithm questions are asked as problems to code, not as concepts to explain.
    terms: [],
    questions: ['手撕快排', '写一个LRU缓存', '二叉树的层序遍历', '手写堆排序', '实现一个前缀树'],
  },
  {
    topic: 'model-coding',
    terms: ['MHA', 'RMSNorm', 'LayerNorm', 'RoPE', 'SwiGLU', 'softmax'],
    questions: [
      '手撕causal mask的MHA，说下计算复杂度',
      '手写RMSNorm',
      '手撕RoPE',
      '用numpy实现一个softmax，注意数值稳定',
      '手写交叉熵损失函数',
    ],
  },
  {
    topic: 'self-intro',
    terms: ['自我介绍'],
    questions: ['自我介绍', '简单做个自我介绍', '先来个自我介绍吧'],
  },
  {
    topic: 'project-deep-dive',
    terms: [],
    questions: [
      '聊项目',
      '介绍一下你的实习经历',
      '你的论文的创新点是什么？',
      '项目中遇到的最大困难是什么？',
      '讲讲自己的RL相关的研究',
      '项目里的数据是自己构造的还是公开数据？',
    ],
  },
  {
    topic: 'scenario-design',
    terms: [],
    questions: [
      '场景题：如何设计一个智能客服系统？',
      '如何根据拼多多的商品数量，估计淘宝的商品数量？',
      '设计一个基于大模型的代码助手，怎么做？',
      '假设你要做一个文档问答系统，如何设计？',
    ],
  },
  {
    topic: 'open-ended',
    terms: [],
    questions: [
      '你觉得大模型未来的发展方向是什么？',
      '你最近看过哪些paper？简单介绍一下？',
      '你怎么看待Agent的前景？',
      '觉得目前LLM强化学习领域有什么可以做的方向？',
    ],
  },
  {
    topic: 'behavioral',
    terms: [],
    questions: [
      '你觉得自己有哪些优缺点？',
      '平时喜欢怎么缓解压力？',
      '未来的职业规划是什么？',
      '为什么选择我们公司？',
      '期望薪资是多少？',
      '反问',
    ],
  },
];

/** Templates that turn one or two terms of a topic into a question. */
export const ONE_TERM: string[] = [
  '讲一下{a}的原理',
  '说说你对{a}的理解',
  '{a}解决了什么问题？',
  '{a}的优缺点是什么？',
  '为什么要用{a}？',
  '介绍一下{a}',
  '{a}在实际项目里怎么用的？',
  '如果{a}效果不好，你会怎么排查？',
  '{a}有哪些改进版本？',
  '简述{a}的流程',
  'What is {a} and why does it work?',
];

export const TWO_TERMS: string[] = [
  '{a}和{b}有什么区别？',
  '{a}和{b}分别适合什么场景？',
  '对比一下{a}和{b}',
  '{a}跟{b}能一起用吗？',
];

/** What authors write before or after a question. */
export const QUESTION_PREFIXES: string[] = ['', '', '', '', '面试官问：', '八股：', '追问：', '然后问了'];
export const QUESTION_SUFFIXES: string[] = [
  '',
  '',
  '',
  '',
  '',
  '（答得一般）',
  '，追问了细节',
  '（这个没答上来）',
  '，让我举个例子',
  '？面试官追问了公式',
];

export const ROLES: string[] = [
  '大模型算法工程师',
  '大模型应用算法',
  'LLM算法实习',
  'NLP算法工程师',
  '多模态算法实习生',
  '推荐算法岗',
  '大模型推理优化工程师',
  'Agent算法实习',
  '后训练算法研究员',
];

export const PROSE_LINES: string[] = [
  '投稿来自“算法打工人”，感谢分享',
  '整体感觉面试官人很好，会引导思路',
  '面试体验不错，节奏比较快',
  '希望对大家有帮助，祝大家offer多多',
  '最后反问了团队的业务和技术栈',
  '整理不易，点赞收藏一下吧',
  '攒人品，求个oc',
  '总体来说难度适中，八股偏多',
  '面试时长大概一个小时',
];

export const GUIDE_LINES: string[] = [
  '复习路线推荐：先过一遍Transformer，再看训练和推理',
  '必读论文清单如下，建议按顺序看',
  '准备大模型面试的一些建议',
  '资料推荐：李沐的论文精读、HF的博客',
  '重点关注RLHF和RAG，这两块问得最多',
];

export const HASHTAGS: string[] = ['面经', '大模型', '秋招', '实习', '算法', '人工智能', '面试题', '春招', 'LLM'];
