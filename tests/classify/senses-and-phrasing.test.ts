import { describe, expect, it } from 'vitest';
import rawTaxonomy from '../../data/taxonomy.json';
import { classifyRound, classifyText, contractTopicOf, parseTaxonomy, type Classification } from '../../src/loader/classify';
import type { KindId } from '../../src/loader/types';

const topicsOf = (result: Classification): string[] => result.topics.map(contractTopicOf);
const classify = (text: string, kind: KindId = 'concept'): Classification => classifyRound([{ text, kind }])[0]!;

/**
 * Words whose topic depends on the question around them, and phrasings of interview questions that
 * a blind set of posts showed the vocabulary missing. Each row: question, topics it must have,
 * topics it must not have.
 */
const CASES: Array<[text: string, has: string[], hasNot: string[]]> = [
  // memory: GPU memory and complexity unless the question is about an agent
  ['What is the time and memory complexity of self-attention?', ['attention'], ['agent']],
  ['How would you give an agent long-term memory?', ['agent'], []],
  // 估算 is a Fermi estimate unless it estimates memory
  ['KV cache 占多少显存怎么估算', ['kv-cache'], ['scenario-design']],
  ['估算一下北京有多少个加油站', ['scenario-design'], []],
  // 128k is a context length unless a vocabulary is meant
  ['tokenizer 词表从 32k 变成 128k 有什么影响', ['tokenizer-embedding'], ['long-context']],
  ['怎么把 4k 的模型扩到 128k', ['long-context'], []],
  // conflict between objectives is no interpersonal conflict
  ['安全和有用性冲突怎么平衡', ['rlhf-ppo'], ['behavioral']],
  ['和同事意见冲突了怎么办', ['behavioral'], []],
  // numerical stability of a softmax is not training instability; a causal mask makes softmax attention's
  ['softmax 的数值稳定实现，然后写 online softmax', ['attention-kernels'], ['optimization']],
  ['causal mask 是怎么加的，加在 softmax 前还是后', ['attention'], ['loss-functions']],
  // FC is function calling beside a schema or tools, a fully-connected layer beside 层
  ['FC 的 schema 设计有啥 best practice，param 太多模型乱填怎么办', ['agent'], ['activation-ffn']],
  ['FC层和卷积的区别', ['activation-ffn'], ['agent']],
  // 精排 alone is a recommender's ranking stage; RAG says 重排 or names retrieval
  ['自我介绍，讲一下现在精排模型的整体结构', ['ml-basics'], ['rag']],
  // 评估 of generated text is LLM evaluation even in an ads post
  ['广告文案生成用的什么模型，怎么评估生成的文案好不好', ['llm-evaluation'], ['metrics']],
  // a model that did something (上做了哪些) is no base model the candidate built on
  ['Kimi 的 K2 你了解吗，它在 agentic 能力上做了哪些事', ['model-families'], []],
  // 短视频 is the product; 视频生成 is a multimodal model
  ['想用大模型给短视频生成推荐理由，说说整体方案', [], ['multimodal']],
  // the candidate's own weaknesses, not a self-introduction
  ['说说你自己最大的缺点', [], ['self-intro']],
  ['长 trajectory 下 context 爆了，你们怎么做 compaction', ['long-context', 'agent'], []],
  ['How would you cut cost per request by half without hurting quality?', ['serving'], ['moe']],
  // detection, speech and driving perception are a vision or speech model's work
  ['检测里 NMS 的原理', ['multimodal'], []],
  ['梅尔频谱怎么提取', ['multimodal'], []],
  ['occupancy 是什么，寄存器用多了为什么 occupancy 会下降', ['attention-kernels'], ['multimodal']],
  ['为什么最后用 atomicAdd，有没有不用原子操作的两阶段规约', ['attention-kernels'], []],
  ['实现一个简化版的 block allocator', ['kv-cache'], ['rag']],
  ['pairwise 比较和 pointwise 打分各自的优缺点', ['llm-evaluation'], []],
  ['Pointwise、Pairwise、Listwise 的排序损失', [], ['llm-evaluation']],
  ['双塔召回为什么没法做特征交叉', ['ml-basics'], ['rag']],
  ['ResNet为什么能缓解网络退化问题', ['ml-basics'], []],
  // how candidates type it: symptoms, abbreviations, a typo
  ['训着训着 loss 飞了怎么办', ['optimization'], ['loss-functions']],
  ['ep 和 sp 是什么，moe 训练的时候 all2all 通信怎么 overlap', ['distributed-training', 'moe'], []],
  ['auc 怎么算，手写一下公式', ['metrics'], ['model-coding']],
  ['dsv3 的 mtp 是干啥的', ['model-families'], []],
  ['除了量化还有啥办法把模型变小', ['compression'], []],
  ['项目里 lroa 合并回去之后效果变了', ['peft'], []],
  ["What's a paper from the last six months that you think people are overrating?", ['open-ended'], ['project-deep-dive']],
  ["Tell me about the hardest bug you've hit in a training run.", ['project-deep-dive'], []],
  ['How does SmoothQuant deal with activation outliers?', ['quantization'], ['activation-ffn']],
  ['端侧模型上下文只有4K，用户要总结一篇两万字的文章怎么办', ['long-context'], []],
  ['训完之后怎么判断一个模型的好坏', ['llm-evaluation'], []],
  ['大模型做分类任务，是直接生成label还是接分类头', ['classic-nlp'], []],
  ['SimPO 的长度归一化是为了什么', ['preference-optimization'], ['normalization']],
  ['讲一下GRPO，组内采样数G怎么选', ['rlvr-reasoning'], ['decoding']],
  ['实现 GRPO 的组内优势归一化', ['rlvr-reasoning'], ['rlhf-ppo', 'normalization']],
  // the candidate's choice of work is behavioural, whatever field it names
  ['为什么想做评测而不是训练', ['behavioral'], ['llm-evaluation', 'pretraining']],
  ['为什么不去互联网大厂而选择华为', ['behavioral'], []],
  ['为什么选择 LoRA 而不是全参微调', ['peft'], ['behavioral']],
  // 召回 in recommendation is no RAG
  ['推荐系统里召回和排序的区别', ['ml-basics'], ['rag']],
  ['RAG 召回不准怎么办', ['rag'], []],
  // data augmentation: NLP's unless contrastive learning is the subject
  ['标注数据少的时候怎么办，数据增强有哪些方法', ['classic-nlp'], []],
  ['SimCSE 的 dropout 为什么能当数据增强', ['contrastive-learning'], ['classic-nlp']],
  // lr is the learning rate unless classic models are around
  ['lr 设多大合适', ['optimization'], []],
  ['LR 和 SVM 的区别', ['ml-basics'], ['optimization']],
  // a loss one suffers is no loss function
  ['sliding window attention 会损失什么', ['attention-variants'], ['loss-functions']],
  ['量化后怎么评估精度损失', ['quantization'], ['loss-functions']],
  // roofline words are inference performance
  ['prefill 和 decode 阶段的瓶颈分别是什么（compute bound vs memory bound）', ['serving'], ['attention-kernels']],
  // context extension is long context as well as position encoding
  ['NTK-aware 插值是怎么回事', ['positional-encoding', 'long-context'], []],
  ['RoPE 的 base 为什么要调大', ['positional-encoding', 'long-context'], []],
  ['rope 的底数 10000 是干嘛的', ['positional-encoding'], ['long-context']],
  ['多轮对话中怎么处理超长的历史上下文', ['prompting-dialogue', 'long-context'], []],
  // rules over words that mean a topic together
  ['多轮对话数据怎么拼接训练', ['sft', 'prompting-dialogue'], []],
  ['如果不想训 reward model，有什么替代方案', ['preference-optimization'], []],
  ['证明一下 KL 散度非负', ['ml-basics'], []],
  ['Derive the parameter count of one decoder layer with hidden size d', ['architecture-paradigm'], []],
  ['挑一个 Agent 项目讲，用户是谁', ['project-deep-dive', 'agent'], []],
  ['游戏里的 NPC 需要调用游戏内的接口，怎么做', ['agent'], []],
  // vocabulary
  ['讲一下 Lama 和原始 transformer 结构上有啥不一样', ['model-families'], []],
  ['讲讲 Step 系列模型', ['model-families'], []],
  ['CogVLM 的视觉专家模块是什么', ['multimodal'], ['moe']],
  ['端到端的 VLA 模型了解吗', ['multimodal'], []],
  ['模型回答车辆手册问题，怎么保证不胡说', ['llm-evaluation'], []],
  ['ragas 里的 faithfulness 是怎么算的', ['rag', 'llm-evaluation'], []],
  ['大海捞针测试有什么问题', ['long-context', 'llm-evaluation'], []],
  ['模型合并（model merging）了解吗，Task Arithmetic 怎么做', ['peft'], []],
  ['昇腾上训练和英伟达上有什么区别', ['distributed-training'], []],
  ['模型小了效果不好，大了又慢，怎么权衡', ['serving'], []],
  ['大模型生成的文本怎么做风格控制', ['prompting-dialogue'], []],
  ['What is test-time compute scaling?', ['rlvr-reasoning'], []],
  ['How would you fine-tune an embedding model with hard negatives?', ['rag', 'contrastive-learning'], []],
  ['样本不平衡怎么处理', ['ml-basics'], []],
  ['旋转图像', ['leetcode'], ['multimodal']],
  // recompute: preemption in serving, activation recomputation in training
  ['vLLM 里 swap 和 recompute 两种抢占方式各有什么代价', ['serving'], ['distributed-training']],
  ['梯度检查点为什么要重计算', ['distributed-training'], []],
  // representation collapse of a deep Pre-LN stack is no contrastive-learning question
  ['Pre-LN 为什么会有表示坍塌', ['normalization'], ['contrastive-learning']],
  // 精排 and 召回 in recommendation
  ['精排模型用的什么结构，特征怎么做交叉', ['ml-basics'], ['rag']],
  // sampling in a diffusion model is no decoding strategy
  ['手写 DDPM 的一步采样', ['multimodal'], ['decoding']],
  ['classifier-free guidance 的原理', ['multimodal'], []],
  // an accuracy that drops is no metrics question
  ['int4 量化以后数学题准确率掉得多怎么搞', ['quantization'], ['metrics']],
  // tools, dialogue, reward design, KL estimators
  ['工具很多（上百个）的时候怎么让模型选对工具', ['agent'], []],
  ['用户问题很模糊的时候怎么办，要不要做澄清式追问', ['prompting-dialogue'], []],
  ['多轮交互的 RL 里 credit assignment 怎么做', ['rl-basics'], ['prompting-dialogue']],
  ['用 RL 训练 agent 的时候 reward 怎么设计', ['agent', 'rlvr-reasoning'], []],
  ['KL 散度的几种估计方式（k1、k2、k3）有什么区别', ['rlhf-ppo'], []],
  // plurals of English terms, including -y → -ies
  ['What causes loss spikes in large-scale pretraining?', ['optimization'], []],
  ['Why do larger vocabularies help multilingual models?', ['tokenizer-embedding'], []],
  // 点积 compares vectors for retrieval unless attention is around; normalizing embeddings is no norm layer
  ['embedding 模型为啥要归一化 余弦相似度和点积有啥区别', ['rag'], ['attention', 'normalization']],
  ['为什么 attention 计算用点积，不用加性', ['attention'], []],
  // decoding is the inference phase when memory or latency is meant
  ['How does grouped-query attention reduce memory bandwidth during decoding?', ['attention-variants'], ['decoding']],
  ['greedy decoding 和 beam search 的区别', ['decoding'], []],
  // 冷启动 in recommendation and in R1
  ['推荐里的冷启动问题，大模型能帮上什么忙', ['ml-basics'], ['rlvr-reasoning']],
  ['R1 为什么要用冷启动数据', ['rlvr-reasoning'], ['ml-basics']],
  // a selective state space is Mamba's, not an MDP's; 推理 in 推理模型 is no deployment
  ['讲讲 Mamba 的选择性状态空间', ['architecture-paradigm'], ['rl-basics']],
  ['如果给你 1000 张卡训一个 7B 的推理模型，你会怎么规划整个流程', ['scenario-design'], ['serving']],
  ['How would you compress a 3B model to fit in 2 GB of memory?', ['compression'], []],
  ['RL 阶段的数据怎么筛', ['rlvr-reasoning'], ['rl-basics']],
  ['怎么判断模型是真的学会推理了，而不是背答案', ['llm-evaluation'], []],
  // loss with an instability word, even words apart, is optimization; loss alone a loss function
  ['跑到第二天 loss 又开始往上窜出几个尖刺', ['optimization'], ['loss-functions']],
  ['Our loss keeps exploding around step 5k, what do you look at?', ['optimization'], ['loss-functions']],
  ['回归任务的 loss 怎么选', ['loss-functions'], ['optimization']],
  ['服务的延迟时不时冒一个尖峰', ['serving'], ['optimization']],
  // fp16/bf16: training precision, a quantization baseline or an inference figure
  ['fp16 训练为什么要 loss scaling', ['distributed-training'], ['quantization']],
  ['从 fp16 量化到 int4 掉点多少', ['quantization'], ['distributed-training']],
  ['13B 模型用 fp16 部署权重占多少显存', ['serving'], ['distributed-training']],
  // rollout: an RLVR run's or PPO's
  ['DAPO 里 rollout 的动态采样是怎么做的', ['rlvr-reasoning'], ['rlhf-ppo']],
  ['PPO 的 actor 做 rollout 时用 vLLM 吗', ['rlhf-ppo'], []],
  // 去重 in an algorithm problem, in a corpus
  ['全排列 II 里怎么去重，写代码', ['leetcode'], ['pretraining']],
  ['爬下来的网页怎么去重', ['pretraining'], []],
  // 自回归 generation is decoding, an autoregressive model the paradigm
  ['自回归解码为什么慢', ['decoding'], ['architecture-paradigm']],
  ['自回归和 BERT 那种掩码建模的区别', ['architecture-paradigm'], []],
  // extrapolation is long context; M-RoPE multimodal
  ['ALiBi 为什么外推性好', ['positional-encoding', 'long-context'], []],
  ['视频帧的 M-RoPE 怎么分配时间维', ['multimodal', 'positional-encoding'], []],
  // what GQA saves, and how much context fits, is KV cache
  ['MLA 为什么能把缓存压得那么小', ['attention-variants', 'kv-cache'], []],
  ['一张 H100 上跑 int4 的 34B，最长能放多长的上下文', ['kv-cache', 'quantization'], ['long-context']],
  // a model named as the size of an estimate or the target of a task is its setting
  ['用 Llama-13B 举例，估算一下推理要多少显存', ['serving'], ['model-families']],
  ['给千问做一版中文医疗 SFT，数据怎么收集', ['sft'], ['model-families']],
  ['Qwen 和 Llama 的 tokenizer 有什么不同', ['model-families', 'tokenizer-embedding'], []],
  // a judge's biases are an evaluation question; an embedding model's fine-tuning no SFT
  ['让 Claude 当评委给回答打分，会有哪些偏差', ['llm-evaluation'], ['model-families', 'preference-optimization']],
  ['bge 这类向量模型微调时 hard negative 怎么挖', ['rag', 'contrastive-learning'], ['sft']],
  // the preference data and accuracy of a reward model are RLHF
  ['RM 的偏好数据标注一致性低怎么办', ['rlhf-ppo'], ['preference-optimization']],
  // tool use is learnt from training data
  ['怎么造 function call 的 SFT 数据，负样本要不要', ['agent', 'sft'], []],
  // an assistant that acts for the user is an agent; one that answers is not
  ['设计一个帮用户自动比价下单的购物助手', ['agent', 'scenario-design'], []],
  ['做一个企业内部知识问答助手，怎么设计', ['scenario-design'], ['agent']],
  // a hypothetical set in production is a scenario; one in a formula is not
  ['假如业务方每天新增几千篇文档，索引怎么维护', ['scenario-design', 'rag'], []],
  ['如果 batch size 翻倍，学习率要怎么调', ['optimization'], ['scenario-design']],
  // career choice and disagreements at work are behavioural, the internship only their setting
  ['为什么想做算法工程师，而不是去做后端', ['behavioral'], []],
  ['实习中和同组同事在方案上有冲突，你怎么处理的', ['behavioral'], ['project-deep-dive', 'scenario-design']],
  // the candidate's own work, in the second person
  ['你这篇论文的 baseline 选得是不是太弱了', ['project-deep-dive'], []],
  ['You mentioned a retrieval model in your internship; how was it evaluated?', ['project-deep-dive'], []],
  // speech-to-text forms
  ['罗拉的秩一般设多少', ['peft'], []],
  ['KV开始为什么能省计算', ['kv-cache'], []],
  // a reference model is PPO's unless a preference-optimisation method is named; CLIP's zero-shot is no prompting
  ['PPO 训练时参考模型要不要更新', ['rlhf-ppo'], ['preference-optimization']],
  ['KTO 里的 reference model 起什么作用', ['preference-optimization'], []],
  ['SigLIP 做零样本图像分类的流程', ['multimodal'], ['prompting-dialogue']],
  ['零样本和少样本提示哪个更稳', ['prompting-dialogue'], []],
  // what the candidate knows of the team is behavioural
  ['对我们团队做的方向有了解吗', ['behavioral'], ['project-deep-dive']],
  // fine-tuning that heals a pruned model belongs to compression
  ['层剪枝之后要做多少恢复训练', ['compression'], ['sft']],
  // a process reward model is RLVR's, not an RLHF reward model; saying 'I don't know' is evaluation
  ['过程奖励模型的步骤标签怎么来', ['rlvr-reasoning'], ['rlhf-ppo']],
  ['怎么训练模型在没把握时说“我不知道”', ['llm-evaluation'], []],
  // the field's biggest open problem is an open question; your own solution's is not
  ['多模态现在最大的瓶颈在哪', ['open-ended'], []],
  ['你这个方法目前最大的问题是什么', ['project-deep-dive'], ['open-ended']],
  // without a reward model is preference optimisation, in English as well
  ['Why can SimPO get rid of the reward model?', ['preference-optimization'], ['rlhf-ppo']],
  ['How would you evaluate a code assistant before launch?', ['llm-evaluation'], []],
  // pt and ft, as people abbreviate pretraining and fine-tuning
  ['pt 阶段和 ft 阶段学习率为什么差那么多', ['pretraining', 'sft'], []],
  // the compute of training on so many tokens is pretraining's 6ND; of a long input, attention's
  ['训一个 3B 模型 300B token 大概要多少 FLOPs', ['pretraining'], ['tokenizer-embedding']],
  ['序列长度翻倍，一层的计算量怎么变', ['attention'], []],
  // duplicated samples: of SFT data, of a corpus, of an array
  ['指令数据里重复的样本太多会有什么影响', ['sft'], ['pretraining']],
  ['语料里的重复数据对模型有什么影响', ['pretraining'], []],
  ['Remove duplicates from a sorted array in place, write code', ['leetcode'], ['pretraining']],
  // RL of a reasoning model is RLVR, of human feedback RLHF, else the basics
  ['o1 这种模型的 RL 阶段 reward 从哪来', ['rlvr-reasoning'], ['rl-basics']],
  ['强化学习里 on-policy 和 off-policy 的区别', ['rl-basics'], ['rlvr-reasoning']],
  // multimodal and retrieval names
  ['LLaVA 和用 Perceiver Resampler 的方案比各有什么好处', ['multimodal'], []],
  ['ColPali 为什么能跳过 OCR 直接检索文档页面', ['rag', 'multimodal'], []],
  // a model named as an example or as the base of the work is the setting; compared, it is the subject
  ['Evaluate a coding model such as GPT-4o on real repositories: what would you measure?', ['llm-evaluation'], ['model-families']],
  ['在 Llama 上做 DPO 时 beta 怎么选', ['preference-optimization'], ['model-families']],
  ['用 Qwen2.5-7B 做底座微调客服模型，数据怎么配比', ['sft'], ['model-families']],
  ['GPT-4o 和 Claude 的多模态能力差在哪', ['model-families', 'multimodal'], []],
  // a context length in a KV-cache size estimate is a parameter; long context as the subject is not
  ['8B 模型 32k 上下文时 KV cache 占多少显存', ['kv-cache'], ['long-context']],
  ['128k 长上下文训练有哪些难点', ['long-context'], []],
  // the class ratio under a metric is its setting; the imbalance itself is ML basics
  ['正负样本比例悬殊时为什么 AUC 比准确率可靠', ['metrics'], ['ml-basics']],
  ['正负样本比例严重失衡，训练时怎么处理', ['ml-basics'], []],
  // if short of memory, what would you do: a technical question, not a design scenario
  ['如果预训练时显存不够，你会怎么办', ['distributed-training'], ['scenario-design']],
  ['如果让你设计一个训练集群的调度系统，你会怎么做', ['scenario-design'], []],
  // a symptom seen in production is a scenario; production as a plain word is not
  ['生产环境里发现 embedding 召回质量越来越差，可能是什么原因', ['scenario-design', 'rag'], []],
  ['线上服务一般用什么推理框架', ['serving'], ['scenario-design']],
  // what the candidate did, without the word 项目; what they think of a concept is no project
  ['你的做法和 ReAct 相比有什么优势', ['project-deep-dive', 'agent'], []],
  ['你是怎么处理长尾 query 的', ['project-deep-dive'], []],
  ['你是怎么理解 attention 的', ['attention'], ['project-deep-dive']],
  ['上线以后首字延迟和吞吐分别是多少', ['project-deep-dive', 'serving'], []],
  ['怎么评估一个模型上线后的效果', ['llm-evaluation'], ['project-deep-dive']],
  // ZeRO as written or beside training words; zero in a model name or an initialisation is not
  ['Explain ZeRO stage 2 vs stage 3', ['distributed-training'], []],
  ['What did DeepSeek-R1-Zero change about RL training?', ['rlvr-reasoning', 'model-families'], ['distributed-training']],
  ['Why is zero initialization of the LoRA B matrix important?', ['peft'], ['distributed-training']],
  ['Why is DeepSeekMoE’s fine-grained expert design useful?', ['moe', 'model-families'], []],
  // English verb forms
  ['What happens when distilling a 70B teacher into a 1B student?', ['distillation'], []],
  ['quantizing weights to 4 bits: what breaks first?', ['quantization'], []],
  // LR is logistic regression beside its loss, the learning rate beside a batch size
  ['LR 的损失函数为什么是交叉熵，用 MSE 会怎样', ['ml-basics', 'loss-functions'], ['optimization']],
  ['LR 和 batch size 怎么一起调', ['optimization'], ['ml-basics']],
  // negatives are contrastive learning's only where something is compared
  ['指令数据里怎么构造负样本，让模型学会拒答', ['sft'], ['contrastive-learning']],
  ['推荐模型的负样本怎么采', ['ml-basics'], ['contrastive-learning']],
  ['负样本太少的时候 InfoNCE 会怎样', ['contrastive-learning'], []],
  // the cost of a model service is serving
  ['如果要把模型服务成本砍掉三成，从哪下手', ['serving'], []],
  // a technical change of course is no career switch
  ['为什么大模型都从 Post-Norm 转到了 Pre-Norm', ['normalization'], ['behavioral']],
  ['Why did LLaMA switch from ReLU to SwiGLU in the feed-forward block?', ['activation-ffn'], ['behavioral']],
  ['Why did you switch from backend development to machine learning?', ['behavioral'], []],
  // generalising to longer inputs is long context; generalisation alone ML basics
  ['Why does RoPE generalize poorly beyond the training length?', ['long-context', 'positional-encoding'], ['ml-basics']],
  ['模型泛化能力差怎么办', ['ml-basics'], ['long-context']],
  ['Why do we divide by the square root of the key dimension?', ['attention'], []],
  // contrastive pretraining is contrastive learning, pretraining alone is not
  ['How large should the batch be for contrastive pretraining of an image-text model?', ['contrastive-learning'], ['pretraining']],
  ['What data goes into pretraining a base model?', ['pretraining'], ['contrastive-learning']],
  // the candidate's own strengths and weaknesses, however phrased; a method's are technical
  ['说说你身上最明显的短板', ['behavioral'], []],
  ['你有哪些长处，举个例子', ['behavioral'], []],
  ['你这套方案有什么不足', ['project-deep-dive'], ['behavioral']],
  ['DPO 相比 PPO 的劣势在哪', ['preference-optimization'], ['behavioral']],
  ['讲一个让你最有成就感的实习项目', ['project-deep-dive'], ['behavioral']],
  ['工作里哪件事最让你有成就感', ['behavioral'], []],
  ['要是导师坚持一个你不认同的方向，你怎么办', ['behavioral'], ['scenario-design']],
  // a task handed to the candidate is a scenario
  ['给你一批客服对话日志，你会怎么做意图挖掘', ['scenario-design'], []],
  // knowledge newer than the model needs retrieval; a product the user is in is the setting
  ['模型的知识有截止日期，用户问昨天的比赛结果怎么办', ['rag'], []],
  ['用户在豆包里问今天的股价，怎么保证回答准确', ['rag'], ['model-families']],
  ['豆包和 Kimi 在长文本上谁更强', ['model-families'], ['rag']],
  // adapting to other hardware is deployment; making a model smaller is compression
  ['模型迁移到国产卡上推理要做哪些适配', ['serving'], ['distributed-training']],
  ['在昇腾集群上做预训练踩过什么坑', ['distributed-training'], []],
  ['手机上跑的话，模型得缩小到多少参数', ['compression'], []],
  ['把延迟压到 100ms 以内要怎么做', ['serving'], ['compression']],
  // RL after SFT is post-training RL; a slow rollout is inference
  ['冷启动之后的 RL 阶段 reward 怎么给', ['rlvr-reasoning'], ['rl-basics']],
  ['强化学习里 Q-learning 为什么是 off-policy', ['rl-basics'], ['rlvr-reasoning']],
  ['GRPO 训练时 rollout 太慢，一般怎么提速', ['rlvr-reasoning', 'serving'], []],
  ['GRPO 的 rollout 一组采几条', ['rlvr-reasoning'], ['serving']],
  // which base model the candidate chose is a project question
  ['你们底座用的哪个，为什么', ['project-deep-dive'], []],
  ['Qwen2 的基座模型和 chat 模型有什么区别', ['model-families'], ['project-deep-dive']],
  // prefix caching serves; an agent that benefits from it is the setting
  ['前缀缓存对长 system prompt 的 agent 有什么好处', ['kv-cache', 'serving'], ['agent']],
  // CLIP by its contrastive image-text training, PPO's clip by its ratio
  ['clip 的零样本分类是怎么做的', ['multimodal'], ['rlhf-ppo']],
  ['图文对比损失里的温度是可学习的吗', ['multimodal', 'contrastive-learning'], []],
  // heads of a Transformer, entropy collapse in reasoning RL, an equation to write out
  ['How many heads should a small transformer have?', ['attention'], []],
  ['GRPO 训练后期 entropy collapse 怎么缓解', ['rlvr-reasoning'], ['ml-basics']],
  // value beside query and key is attention's, beside a critic RL's
  ['Why do we need separate key and value vectors?', ['attention'], ['rl-basics']],
  ['What does the value network estimate in actor-critic?', ['rl-basics'], ['attention']],
  // English phrasings of project, Fermi, prediction and behavioural questions
  ['What would you change about your previous project today?', ['project-deep-dive'], []],
  ['Tell me about a time you disagreed with your manager during an internship', ['behavioral'], ['project-deep-dive']],
  ['How many electric cars are sold in China each year?', ['scenario-design'], []],
  ['How many layers does BERT-base have?', ['classic-nlp'], ['scenario-design']],
  ['Is Mamba ever going to replace the Transformer?', ['open-ended'], []],
  ['Why does GQA replace MHA in Llama 2 70B?', ['attention-variants'], ['open-ended']],
  ['How would your teammates describe you?', ['behavioral'], []],
  // typos and speech-to-text of terms
  ['embeding 和 one-hot 有什么区别', ['tokenizer-embedding'], []],
  ['flash 注意力为什么省显存', ['attention-kernels'], []],
  ['模型量话之后精度掉了怎么办', ['quantization'], []],
  ['过你和了怎么办', ['ml-basics'], []],
  // repetition is a decoding problem; a longer answer for more reward is reward hacking
  ['生成的时候老是重复前面的话', ['decoding'], []],
  ['RM 分数和回答长度强相关，模型越写越长，怎么办', ['rlvr-reasoning'], []],
  ['RL 之后回答明显变得很啰嗦，是 reward 的问题吗', ['rlvr-reasoning'], []],
  // a task handed to the candidate; tokens per language; agentic RAG
  ['让你给外卖平台做个智能客服，怎么落地', ['scenario-design'], []],
  ['为什么日文的 token 数量往往更多', ['tokenizer-embedding'], ['pretraining']],
  ['预训练一共用了多少 token 数', ['pretraining'], ['tokenizer-embedding']],
  ['What is agentic RAG?', ['rag', 'agent'], []],
  ['多轮对话中前面轮次的 kv 能不能直接复用', ['kv-cache'], ['prompting-dialogue']],
  // RL beside preference optimisation or alignment is RLHF
  ['对齐阶段为什么还需要 RL，DPO 不够吗', ['rlhf-ppo', 'preference-optimization'], ['rl-basics']],
  // which of two the candidate used is a project question; which a model uses is not
  ['你们训练用的 Megatron 还是 DeepSpeed', ['project-deep-dive', 'distributed-training'], []],
  ['Qwen2 的 tokenizer 用的 BPE 还是 WordPiece', ['tokenizer-embedding'], ['project-deep-dive']],
  // classes from blind batches 10–12, in new wordings: a setting named beside the subject is no topic
  ['能不能先给我做个 self intro', ['self-intro'], ['behavioral']],
  ['讲讲 paged attn 里 block table 的作用', ['kv-cache'], ['attention']],
  ['用 LLM as a jugde 打分时怎么减少自我偏好', ['llm-evaluation'], ['model-families']],
  ['Llma 和 Qwen 的 FFN 有什么不同', ['model-families'], ['llm-evaluation']],
  ['温度调到 0 了，同一个问题回答还是不一样，为啥', ['decoding'], ['contrastive-learning']],
  ['InfoNCE 里温度调到很小会怎样', ['contrastive-learning'], ['decoding']],
  ['检索增强的回答忠实度怎么衡量', ['rag', 'llm-evaluation'], []],
  ['ROUGE 这类 n-gram 指标的缺点', ['metrics'], ['classic-nlp']],
  ['n-gram 语言模型怎么做平滑', ['classic-nlp'], []],
  ['奖励模型的损失函数长什么样', ['rlhf-ppo', 'loss-functions'], []],
  ['奖励模型的数据怎么标', ['rlhf-ppo'], ['loss-functions']],
  ['张量并行做推理的时候，通信量和层数是什么关系', ['distributed-training', 'serving'], []],
  ['张量并行训练时的通信量怎么算', ['distributed-training'], ['serving']],
  ['怎么从 72B 蒸一个端侧的小模型出来', ['distillation'], ['serving']],
  ['端侧部署时首 token 延迟怎么优化', ['serving'], []],
  ['车载语音助手怎么接大模型', ['scenario-design'], ['multimodal']],
  ['语音识别和大模型怎么结合', ['multimodal'], []],
  ['system prompt 怎么写才能让输出一定是合法 JSON', ['prompting-dialogue'], []],
  ['模型要调用工具时返回的 JSON 格式错了怎么办', ['agent'], ['prompting-dialogue']],
  ['笔记本上跑一个 7B 模型，内存只有 8G 左右，怎么办', ['serving', 'quantization'], []],
  ['预训练语料的质量分类器正负样本怎么来', ['pretraining'], ['ml-basics']],
  ['用困惑度过滤预训练数据有什么坑', ['pretraining'], []],
  ['semantic ids 在生成式检索里怎么生成', ['tokenizer-embedding'], []],
  ['训推分离和训推一体各有什么好处', ['distributed-training'], []],
  ['FP4 训练的难点在哪', ['distributed-training', 'quantization'], []],
  ['FP8 推理比 INT8 好在哪', ['quantization'], ['distributed-training']],
  ['长 CoT 的 SFT 数据怎么造', ['rlvr-reasoning', 'sft'], ['prompting-dialogue']],
  ['CoT 提示为什么能提升推理', ['prompting-dialogue'], []],
  ['弹幕的违规识别你会用什么模型', ['classic-nlp'], []],
  ['让大模型控制智能家居，怎么保证不会乱开关设备', ['agent'], []],
  ['大模型打的分和人工标注的一致性怎么算', ['llm-evaluation'], []],
  ['讲讲读研期间做的那个多模态检索工作', ['project-deep-dive'], []],
  ['Only a single 24GB GPU: how would you fine-tune a 7B model?', ['peft'], []],
  ['Full fine-tuning vs continued pretraining: when to use which?', ['sft'], ['peft']],
  ['13B 模型 8k 上下文 batch 32 部署要多少显存', ['kv-cache', 'serving'], ['long-context']],
  ['上下文从 8k 扩到 32k 要改哪些东西', ['long-context'], ['kv-cache']],
  ['拿 GPT-4o 造的数据去微调会有什么问题', ['sft'], ['model-families']],
  ['GPT-4o 和 GPT-4 结构上可能有什么区别', ['model-families'], []],
  ['做用户兴趣建模时怎么用大模型', [], ['behavioral']],
  ['评估一下这个方案的可行性和成本', [], ['llm-evaluation']],
  ['怎么评估微调后模型的效果', ['llm-evaluation'], []],
  ['How many r are in strawberry, and why do LLMs get it wrong?', ['tokenizer-embedding'], []],
  ['位置编吗为什么要用三角函数', ['positional-encoding'], []],
  ['GRPO 里 advantage 为什么要按组归一化', ['rlvr-reasoning'], ['rl-basics']],
  ['Actor-Critic 里 advantage 的作用', ['rl-basics'], []],
  ['上线后怎么判断客服 bot 做得好不好', ['llm-evaluation'], []],
  // 评估 of a recommender or classic model is a metric; of an LLM, evaluation
  ['排序模型上线前离线怎么评估', ['metrics'], ['llm-evaluation']],
  ['大模型问答效果怎么评估', ['llm-evaluation'], ['metrics']],
  // 记忆 of training data is memorisation; of an assistant, an agent's memory
  ['模型会不会记忆预训练语料里的隐私信息', ['pretraining'], ['agent']],
  ['对话助手的记忆怎么做持久化', ['agent'], []],
  // a platform named as the setting is no modality; 研究过 is "have you looked into"
  ['给直播平台做弹幕违规识别', ['classic-nlp'], ['multimodal']],
  ['视频理解里怎么抽帧', ['multimodal'], []],
  ['有研究过 speculative decoding 吗', ['serving'], ['project-deep-dive']],
  ['MTP 里预测未来多个 token 的训练目标', ['pretraining'], ['open-ended']],
  ['你怎么看大模型未来的发展', ['open-ended'], []],
  // speech-to-text homophones and English throughput
  ['蒸溜的时候 teacher 和 student 差太多怎么办', ['distillation'], []],
  ['位置偏码为什么要加在输入上', ['positional-encoding'], []],
  ['How many tokens per second can one A100 generate for a 7B model?', ['serving'], ['tokenizer-embedding']],
  ['How many tokens does the tokenizer produce per Chinese character?', ['tokenizer-embedding'], ['serving']],
  // words of another area used inside an RL question are its setting
  ['奖励模型的分数怎么校准，不同 prompt 之间可比吗', ['rlhf-ppo'], ['ml-basics']],
  ['模型输出的置信度怎么校准', ['ml-basics'], []],
  ['GRPO 为什么改成 token-level loss', ['rlvr-reasoning'], ['loss-functions']],
  ['token-level loss 和 sentence-level loss 在 SFT 里的区别', ['loss-functions'], []],
  ['RL 之后模型突然会反思了，算涌现吗', ['rlvr-reasoning'], ['pretraining']],
  ['大模型的涌现能力是真的吗', ['pretraining'], []],
  // answering from documents is retrieval; knowledge in the answers of SFT data is not
  ['法律问答的 SFT 数据里混进了错误的法条知识，怎么清洗', ['sft'], ['rag']],
  ['怎么让模型基于企业内部知识库回答问题', ['rag'], []],
  // a framework or library named as the tool of the work is no topic
  ['用 LlamaIndex 做知识库问答，chunk 怎么切', ['rag'], ['agent']],
  ['LangChain 的 agent 是怎么调工具的', ['agent'], []],
  ['HuggingFace Transformers 库里 generate 函数的 repetition_penalty 是什么', ['decoding'], ['architecture-paradigm']],
  ['PyTorch 的 autograd 是怎么求梯度的', ['ml-basics'], []],
  // the candidate's projects asked as 做过哪些, a paper read recently is no project of theirs
  ['做过哪些多模态相关的项目', ['project-deep-dive', 'multimodal'], []],
  ['介绍一篇你最近读过的 RL 论文', ['open-ended'], ['project-deep-dive']],
  ['介绍一篇你自己发表的论文', ['project-deep-dive'], ['open-ended']],
  ['有没有大规模训练的经验，千卡以上', ['distributed-training'], []],
  // negative sampling in a recommender is ML basics, in word2vec classic NLP; overlap of communication is no chunk overlap
  ['推荐召回的负采样怎么做，为什么不能只用曝光未点击', ['ml-basics'], ['classic-nlp']],
  ['word2vec 的负采样为什么能加速', ['classic-nlp'], []],
  ['DDP 里怎么让梯度通信和反向计算 overlap', ['distributed-training'], ['rag']],
  ['chunk 之间要不要留 overlap', ['rag'], []],
  // a KL term inside an RL objective is the RL method's; on its own, a loss
  ['GRPO 的目标函数里 KL 项是怎么估计的', ['rlvr-reasoning'], ['loss-functions']],
  ['KL 散度和交叉熵有什么关系', ['loss-functions'], []],
  // labelling data is data work, not the candidate's project, unless a project is named
  ['数据标注的质量一般怎么把控', ['sft'], ['project-deep-dive']],
  ['项目里的数据是怎么标注的', ['project-deep-dive'], []],
  // the accuracy of tool calls is the agent's, an accuracy alone a metric
  ['function calling 的成功率低怎么优化', ['agent'], ['metrics']],
  ['准确率和 F1 什么时候不一致', ['metrics'], []],
  ['怎么让模型学会调用计算器算数', ['agent'], []],
  // misspelt core terms (one letter dropped, doubled or swapped) are the term; the right spelling still is
  ['flashattenion v2 比 v1 快在哪', ['attention-kernels'], []],
  ['FlashAttention 为什么省显存', ['attention-kernels'], []],
  ['pagedattenion 怎么管理显存碎片', ['kv-cache'], []],
  ['tranformer 里残差连接的作用', ['architecture-paradigm'], []],
  ['quantizaiton 之后精度掉了多少', ['quantization'], []],
  ['distilation 的时候 teacher 选多大', ['distillation'], []],
  ['retrival 召回的文档不相关怎么办', ['rag'], []],
  ['rewrad model 过拟合了怎么看出来', ['rlhf-ppo'], []],
  ['layer normlization 放在残差前还是后', ['normalization'], []],
  ['hallucation 怎么量化评估', ['llm-evaluation'], []],
  ['constrastive learning 的负样本怎么选', ['contrastive-learning'], []],
  ['promt 太长了怎么压缩', ['prompting-dialogue'], []],
  ['speculative decodng 的接受率怎么算', ['serving'], []],
  // a class ratio of data being built is the data's, not a classic-ML question; of a recommender, it is
  ['工具调用的训练数据怎么构造，正负样本比例多少合适', ['agent', 'sft'], ['ml-basics']],
  ['CTR 模型训练时正负样本比例怎么定', ['ml-basics'], []],
  // class imbalance beside a named metric is the metric's setting; handling it is classic ML
  ['AUC 的含义，类别不平衡时应该看哪个指标', ['metrics'], ['ml-basics']],
  ['类别不平衡怎么处理', ['ml-basics'], []],
  // coreference inside query rewriting is the retrieval step, and a user's turn in it no scenario
  ['多轮对话里用户说"换个便宜的"这种指代怎么做 query 改写', ['rag', 'prompting-dialogue'], ['classic-nlp', 'scenario-design']],
  ['指代消解有哪些传统做法', ['classic-nlp'], []],
  ['用户说话很口语化，意图识别怎么做', ['classic-nlp'], ['scenario-design']],
  // running out of memory in training is a parallelism question, not a quantization one; deploying in little memory is
  ['预训练的时候显存不够了怎么办', ['distributed-training'], ['quantization']],
  ['显存不够怎么在单卡上跑 7B 模型', ['quantization'], []],
  // a transformer's parallelism over time steps is its architecture; a named parallel scheme is distributed training
  ['transformer 为什么比 LSTM 更容易并行', ['architecture-paradigm'], ['distributed-training']],
  ['训练 transformer 时张量并行是怎么切矩阵的', ['distributed-training'], []],
  // lower-case clip asked how it is trained is the image-text model; beside a policy or a gradient it is clipping
  ['clip 的训练目标是什么', ['multimodal', 'contrastive-learning'], ['rlhf-ppo']],
  ['ppo 里的 clip 为什么能限制更新幅度', ['rlhf-ppo'], ['multimodal', 'contrastive-learning']],
  // training an embedding model is contrastive learning; choosing one is retrieval only
  ['bge 这种向量模型是怎么训出来的', ['rag', 'contrastive-learning'], []],
  ['rag 里 embedding 模型选的哪个', ['rag'], ['contrastive-learning']],
  // pruning a decision tree is classic ML; pruning a network is compression
  ['决策树为什么要剪枝', ['ml-basics'], ['compression']],
  ['大模型剪枝有哪些方法', ['compression'], ['ml-basics']],
  // R1-style rule rewards and resuming a run
  ['format reward 为什么能防止模型乱输出', ['rlvr-reasoning'], ['rlhf-ppo']],
  ['千卡训练中断了怎么恢复', ['distributed-training'], []],
  // 量化 of a benefit or an evaluation is measuring it; of a model it is quantization
  ['幻觉率怎么量化', ['llm-evaluation'], ['quantization']],
  ['项目的收益你是怎么量化的', [], ['quantization']],
  ['有没有量化指标来衡量回答质量', [], ['quantization']],
  ['14B 模型怎么量化到 int4', ['quantization'], []],
  // 召回 beside precision is recall the metric
  ['精确率高召回低说明什么', ['metrics'], ['rag']],
  ['语义缓存能省多少推理成本', ['serving'], ['kv-cache']],
  // MLA's low-rank projection is the attention variant, not model compression
  ['MLA 的低秩压缩具体是怎么做的', ['attention-variants'], ['compression']],
  ['低秩分解能把模型压多小', ['compression'], []],
  // speech-to-text and typing slips of Chinese terms
  ['模型欠你和了怎么办', ['ml-basics'], []],
  // misspelt multi-word terms: mixed precision must not read as the precision metric, in-context learning not as long context
  ['mix precision training 为什么要 loss scaling', ['distributed-training'], ['metrics']],
  ['in context learing 为什么不需要更新参数', ['prompting-dialogue'], ['long-context']],
  ['continous batching 和 static batching 的区别', ['serving'], []],
  ['knowlege graph 怎么用在检索增强里', ['graphrag'], []],
  ['instruction tunning 的数据怎么配比', ['sft'], []],
  ['temprature 调高会怎样', ['decoding'], []],
  // an opinion asked of working conditions is a behavioural question, not an open-ended one
  ['你对加班怎么看', ['behavioral'], ['open-ended']],
  ['你怎么看大模型行业的发展', ['open-ended'], ['behavioral']],
  // the softmax under a temperature is the sampling distribution's, unless distillation or contrastive learning is said
  ['How does raising the temperature change the softmax?', ['decoding'], ['loss-functions']],
  ['蒸馏时 softmax 加温度的作用', ['distillation'], ['decoding']],
  ['softmax 配交叉熵为什么梯度简单', ['loss-functions'], ['decoding']],
  ['带温度的 softmax 交叉熵怎么实现', ['loss-functions'], ['decoding']],
  // how training data was built is fine-tuning data, unless the data is for another stage (preference, reward, pre-training, long context)
  ['这个改写模型的训练数据是怎么造的', ['sft'], []],
  ['奖励模型的训练数据怎么构造', ['rlhf-ppo'], ['sft']],
  ['预训练数据怎么构造，配比怎么定', ['pretraining'], ['sft']],
  // designing a component (a prompt, a loss, a reward) is no scenario question; designing an application is
  ['这个任务的 prompt 怎么设计', ['prompting-dialogue'], ['scenario-design']],
  ['多任务的 loss 怎么设计', ['loss-functions'], ['scenario-design']],
  ['怎么设计一个企业知识库问答系统', ['scenario-design', 'rag'], []],
  // over-fitting a benchmark is an evaluation problem (contamination, gaming), not classic ML
  ['模型是不是过拟合了某个 benchmark，怎么判断', ['llm-evaluation'], ['ml-basics']],
  ['训练集上过拟合了怎么办', ['ml-basics'], ['llm-evaluation']],
  // a baseline subtracted is the variance-reduction trick of policy gradients
  ['policy gradient 里减去 baseline 为啥不改变期望', ['rl-basics'], []],
  ['Why subtract a baseline from the return?', ['rl-basics'], []],
  ['我们的方法比 baseline 高了 3 个点', [], ['rl-basics']],
  // DS is how people write DeepSeek
  ['DS-V3 的负载均衡为什么不要辅助 loss', ['model-families'], []],
  ['DS 和 DSSM 有啥关系', [], ['model-families']],
  // a model used to illustrate (以 X 为例, 举例) is the setting, not the subject
  ['以 Qwen 为例，讲讲 GQA 的分组', ['attention-variants'], ['model-families']],
  ['Qwen 和 LLaMA 的结构差在哪', ['model-families'], []],
  // a dataset or metric one designed is no scenario question
  ['评测指标是怎么设计的', [], ['scenario-design']],
  ['怎么设计一个大模型评测平台', ['scenario-design'], []],
  // the candidate's role in a project, in English
  ['What was your role, and what would you do differently on that project?', ['project-deep-dive'], []],
  ['What is the role of the critic in PPO?', [], ['project-deep-dive']],
  // English hypotheticals that hand over a task
  ['Suppose you need to launch a meeting-notes assistant, where do you start?', ['scenario-design'], []],
  ['Suppose the gradient norm explodes at step 1000, why?', [], ['scenario-design']],
  // a chain of thought too long to keep is a reasoning-RL problem (overthinking, long2short), not model compression
  ['推理链太冗长了，怎么让模型少想一点', ['rlvr-reasoning'], ['compression']],
  ['知识蒸馏和剪枝都是怎么压缩模型的', ['compression'], ['rlvr-reasoning']],
  // pointing back at the candidate's own work (你这个工作, 你说的那个) is a project follow-up
  ['你这个工作最大的不足是什么', ['project-deep-dive'], []],
  ['你说的那个数据飞轮，迭代了几轮', ['project-deep-dive'], []],
  ['这篇工作和 vLLM 的 PagedAttention 有什么不同', [], ['project-deep-dive']],
  // keeping the policy from drifting away from the reference is the KL term of RLHF
  ['How do you keep the actor from drifting too far from the reference policy?', ['rlhf-ppo'], []],
  ['为什么训练时模型不能偏离参考模型太远', ['rlhf-ppo'], []],
  ['Concept drift in production data: how do you detect it?', [], ['rlhf-ppo']],
  // a task handed over to improve (让你优化/提升…, 从哪几方面入手) is a scenario question
  ['老板让你把 RAG 的准确率提上去，从哪些方面入手', ['scenario-design'], []],
  ['Adam 从哪几个方面改进了 momentum', [], ['scenario-design']],
  // past-tense questions about what the candidate trained are about their project
  ['Which base model did you fine-tune, and why?', ['project-deep-dive'], []],
  ['Which corpus is GPT-3 trained on?', [], ['project-deep-dive']],
];

describe('ambiguous words and common phrasings', () => {
  it.each(CASES)('files "%s" under %j and not %j', (text, has, hasNot) => {
    const topics = topicsOf(text === '旋转图像' ? classify(text, 'coding') : classifyText(text));
    for (const topic of has) expect(topics, text).toContain(topic);
    for (const topic of hasNot) expect(topics, text).not.toContain(topic);
  });
});

describe('English and colloquial behavioural and project questions', () => {
  it.each([
    ['Why TikTok?', 'behavioral'],
    ['为什么选择腾讯', 'behavioral'],
    ['Tell me about a time you disagreed with a teammate.', 'behavioral'],
    ['Where do you see yourself in five years?', 'behavioral'],
    ['Tell me about a project that failed.', 'behavioral'],
    ['Deep dive into the ranking model I built during my internship', 'project'],
    ["What's one recent paper you liked?", 'open'],
    ['Design an evaluation pipeline for a code-completion copilot.', 'scenario'],
    ['期望的工作城市', 'behavioral'],
    ['How do you prioritise when you have multiple deadlines?', 'behavioral'],
    ['How do mixture-of-experts models trade compute for parameters?', 'concept'],
  ] as const)('takes "%s" as a %s question', (text, kind) => {
    expect(classifyText(text).kind).toBe(kind);
  });

  it('reads a walk through the resume as a self-introduction that covers projects', () => {
    const topics = topicsOf(classifyText('Walk me through your resume, focus on the most impactful project.'));
    expect(topics).toEqual(expect.arrayContaining(['self-intro', 'project-deep-dive']));
  });

  it('reads a loss to write out as a formula, and the loader\'s coding guess gives way', () => {
    const result = classify('DPO 的 loss 写一下，beta 调大会怎样', 'coding');
    expect(topicsOf(result)).toEqual(['preference-optimization']);
    expect(result.kind).toBe('concept');
    expect(topicsOf(classify('手撕 DPO 的 loss', 'coding'))).toContain('model-coding');
  });

  it('reads a stable softmax beside a Transformer part as attention, alone as a loss', () => {
    expect(topicsOf(classify('手写 Transformer 的 RMSNorm，顺便写个不会溢出的 softmax', 'coding'))).not.toContain('loss-functions');
    expect(topicsOf(classify('用 numpy 写一个 softmax', 'coding'))).toEqual(['model-coding', 'loss-functions']);
  });

  it('files an internship under the candidate\'s work when the loader read a project question', () => {
    expect(topicsOf(classify('聊推荐实习，双塔召回怎么训的', 'project'))).toContain('project-deep-dive');
    expect(topicsOf(classify('聊推荐实习，双塔召回怎么训的', 'concept'))).not.toContain('project-deep-dive');
  });

  it('reads "loss 写一下" after "是啥" as a formula, not code', () => {
    const result = classify('Bradley-Terry 模型是啥，loss 写一下', 'coding');
    expect(topicsOf(result)).not.toContain('model-coding');
  });
});

describe('rules that mute the words of a setting', () => {
  const withRule = (rule: unknown) => {
    const copy = JSON.parse(JSON.stringify(rawTaxonomy)) as { rules: unknown[] };
    copy.rules.push(rule);
    return copy;
  };

  it('checks that a rule names a topic or groups to mute, and only groups it has', () => {
    expect(() => parseTaxonomy(withRule({ name: 'nothing', all: [['a'], ['b']] }))).toThrow(/topic or mute/);
    expect(() => parseTaxonomy(withRule({ name: 'far', all: [['a'], ['b']], mute: [2] }))).toThrow(/no group 2/);
    expect(parseTaxonomy(withRule({ name: 'ok', all: [['a'], ['b']], mute: [1] })).rules.at(-1)).toMatchObject({ mute: [1] });
    expect(() => parseTaxonomy(withRule({ name: 'alone', all: [['a']], mute: [0], sole: true }))).toThrow(/sole rule needs a topic/);
    expect(parseTaxonomy(withRule({ name: 'only', topic: 'behavioral', weight: 3, all: [['a']], sole: true })).rules.at(-1)).toMatchObject({ sole: true });
  });

  it('takes a muted word out of every topic and out of the rules after it', () => {
    // 混元 is the target of the task, not the question's topic; 如果…你会怎么 between colleagues is no scenario
    expect(topicsOf(classifyText('给混元做一版代码能力的 RL，reward 怎么设计'))).not.toContain('model-families');
    expect(topicsOf(classifyText('混元的技术报告里 MoE 是怎么设计的'))).toContain('model-families');
    expect(topicsOf(classifyText('如果 leader 和你意见不一致，你会怎么做'))).toEqual(['behavioral']);
  });
});

describe('rules that undo a kind cue of the loader', () => {
  it('reads the candidate\'s own traits after 你觉得 as behavioural, not an open question', () => {
    const own = classify('你觉得你自己最大的弱点是什么', 'open');
    expect(topicsOf(own)).toEqual(['behavioral']);
    expect(own.kind).toBe('behavioral');
    // an opinion on a technique stays open
    const opinion = classify('你觉得 RAG 最大的弱点是什么', 'open');
    expect(topicsOf(opinion)).toContain('open-ended');
    expect(opinion.kind).toBe('open');
  });

  it('reads 怎么看出来 as how to tell, not an opinion (怎么看)', () => {
    const tell = classify('loss 曲线上怎么看出学习率太大了', 'open');
    expect(topicsOf(tell)).not.toContain('open-ended');
    expect(tell.kind).toBe('concept');
    expect(topicsOf(classify('你怎么看学习率 warmup 这件事', 'open'))).toContain('open-ended');
  });
});

describe('the candidate\'s best work asked with 你觉得', () => {
  it('is a project question, not an opinion, whatever kind the loader guessed', () => {
    for (const kind of ['open', 'concept'] as const) {
      const result = classify('聊一个你自己觉得最有代表性的工作', kind);
      expect(topicsOf(result)).toEqual(['project-deep-dive']);
      expect(result.kind).toBe('project');
    }
    // recent work someone else did that the candidate liked stays open
    expect(topicsOf(classify('讲一个你觉得最近很有意思的开源工作', 'open'))).toContain('open-ended');
  });
});

describe('the loader\'s behavioural cue', () => {
  it('is the behavioural topic when nothing else is said, and gives way to anything stronger', () => {
    expect(topicsOf(classify('为什么想从现在的公司离开', 'behavioral'))).toEqual(['behavioral']);
    expect(topicsOf(classify('为什么选我们而不是去大厂', 'behavioral'))).toEqual(['behavioral']);
    // a self-introduction stays self-intro, and a technical question under the cue keeps its topic
    expect(topicsOf(classify('先来个简单的自我介绍', 'behavioral'))).toEqual(['self-intro']);
    expect(topicsOf(classify('QLoRA 为什么比 LoRA 更省显存', 'behavioral'))).not.toContain('behavioral');
    // without the cue, a question with no topic stays unclassified
    expect(topicsOf(classify('为什么选这边', 'concept'))).toEqual([]);
  });
});

describe('a behavioural word beside a technical subject', () => {
  it('gives way to the technical topic that outranks it, and leads when it is the subject', () => {
    for (const text of ['MoE 训练最大的挑战是什么', 'RAG 和微调有什么分歧点', 'What are the strengths and weaknesses of DPO?', '角色扮演模型怎么保持性格稳定']) {
      expect(topicsOf(classify(text)), text).not.toContain('behavioral');
    }
    expect(topicsOf(classify('多任务学习的 loss 怎么平衡'))).not.toContain('behavioral');
    expect(topicsOf(classify('用户能接受的首 token 延迟一般是多少'))).toEqual(['serving']);
    expect(topicsOf(classify('显存压力大的时候怎么做', 'behavioral'))).toEqual(['serving']);
    // the candidate's own challenge, stress or conditions stay behavioural
    expect(topicsOf(classify('工作中遇到的最大的挑战是什么'))).toEqual(['behavioral']);
    expect(topicsOf(classify('你能接受大小周吗'))).toEqual(['behavioral']);
    expect(topicsOf(classify('What are your strengths and weaknesses?'))).toEqual(['behavioral']);
  });
});

describe('a temperature asked about unstable results', () => {
  it('is decoding on its own words, whatever the round was about before', () => {
    const [, unstable] = classifyRound([
      { text: 'LLM-as-a-judge 有哪些偏差', kind: 'concept' },
      { text: 'temperature 设成 0 了为什么结果还是不稳定', kind: 'concept' },
    ]);
    expect(topicsOf(unstable!)).toEqual(['decoding']);
  });
});

describe('a kind cue the question only seems to give', () => {
  it.each([
    ['你怎么看待加班', 'open', 'behavioral'],
    ['怎么看待 996', 'open', 'behavioral'],
    ['你怎么看待大模型的开源和闭源', 'open', 'open'],
  ] as const)('"%s" under a %s cue is a %s question', (text, cue, kind) => {
    const result = classify(text, cue);
    expect(result.kind).toBe(kind);
    if (kind === 'behavioral') expect(topicsOf(result)).not.toContain('open-ended');
  });
});

describe('asking whether the candidate met a problem asks about their work', () => {
  it.each([
    ['训练的时候有没有遇到 entropy collapse，怎么发现的', 'project'],
    ['你遇到过 loss spike 吗', 'project'],
    ['entropy collapse 是什么原因导致的', 'concept'],
    ['如果训练中出现 loss spike 你会怎么处理', 'scenario'],
    ['Write out the PPO objective with a per-token KL penalty and explain each term', 'concept'],
  ] as const)('"%s" is a %s question', (text, kind) => {
    expect(classify(text).kind).toBe(kind);
  });
});
