/**
 * The five real scraper logs in data/raw, stage by stage and end to end. Their traps: an emoji
 * digit that is a round header in one post (`1️⃣抖音一面`) and a question number in another; a
 * company named in a question (估计淘宝的商品数量 at 抖音); a study guide; OCR sections that
 * all failed; the title hidden in an image path; a last line `处理失败` without a newline.
 */
import { describe, expect, it } from 'vitest';
import { decode, loadFiles, segment, unwrap } from '../../src/loader';
import { isScraperLog } from '../../src/loader/unwrap';
import { type Expected, differences, nonBlankLines, seedFiles, seedText, utf8 } from './support';

const SEEDS = {
  s000: '000_a96835ca39218953.txt',
  s001: '001_e7c578f5938e7dd3.txt',
  s002: '002_6d84eb9790c73d6c.txt',
  s003: '003_596e6b87506faa04.txt',
  s004: '004_1944ef5bd3daf0df.txt',
} as const;

/** Labelled by reading the posts, before running the loader. */
const LABELS: Record<string, Expected> = {
  [SEEDS.s000]: {
    posts: [
      {
        title_contains: '记录2025年末秋招最后一场面试',
        company: 'unknown',
        team: '',
        post_kind: 'interview',
        rounds: ['unknown'],
        date: '',
        questions: [
          { round: 'unknown', text_contains: '讲自己的RL 相关的研究', kind: 'project' },
          { round: 'unknown', text_contains: '有没有了解最近的一些Rubrics based RL的工作', kind: 'concept' },
          { round: 'unknown', text_contains: '能不能手推策略梯度公式', kind: 'derivation' },
          { round: 'unknown', text_contains: '介绍一下PPO，clip 怎么对训练起作用', kind: 'concept' },
          { round: 'unknown', text_contains: '你对GAE 的理解，TD error是什么含义' },
          { round: 'unknown', text_contains: 'critic model 是怎么训练的', kind: 'concept' },
          { round: 'unknown', text_contains: 'LLM强化学习领域有什么可以做的方向', kind: 'open' },
          { round: 'unknown', text_contains: '手撕Policy Gradient的损失函数', kind: 'coding', leetcode: [] },
        ],
      },
    ],
    no_text_contains: ['AIza', 'RESOURCE_EXHAUSTED', '欢迎关注', '图里有什么内容'],
  },
  [SEEDS.s001]: {
    posts: [
      {
        title_contains: '字节豆包大模型',
        company: 'bytedance',
        team: '豆包',
        post_kind: 'interview',
        rounds: ['1', '2', '3'],
        date: '11-13',
        questions: [
          { round: '1', text_contains: '自我介绍', kind: 'behavioral' },
          { round: '1', text_contains: '选一个做的好的实习或者论文讲一下', kind: 'project' },
          { round: '1', text_contains: 'KV cache吗，GQA的思想是什么', kind: 'concept' },
          { round: '1', text_contains: 'FlashAttention的思想和做法', kind: 'concept' },
          { round: '1', text_contains: '模型训练推理优化的方法', kind: 'concept' },
          { round: '1', text_contains: '提升大模型的多轮对话能力', kind: 'scenario' },
          { round: '1', text_contains: '合并区间', kind: 'coding', leetcode: [56] },
          { round: '2', text_contains: '自我介绍，问实习和论文' },
          { round: '2', text_contains: 'Qwen2相比Qwen1做了哪些改进', leetcode: [] },
          { round: '2', text_contains: 'Decoder-only成大模型的主流架构', kind: 'concept' },
          { round: '2', text_contains: 'RoPE 有什么优点', kind: 'concept' },
          { round: '2', text_contains: '为什么有了SFT之后还需要RLHF', kind: 'concept' },
          { round: '2', text_contains: 'PPO和DPO的主要思想是什么', kind: 'concept' },
          { round: '2', text_contains: '合并K个升序链表', kind: 'coding', leetcode: [23] },
          { round: '3', text_contains: '自我介绍，过实习和论文' },
          { round: '3', text_contains: '微调的数据配比是怎样的', kind: 'concept' },
          { round: '3', text_contains: '灾难性遗忘问题怎么解决', kind: 'concept' },
          { round: '3', text_contains: 'GraphRAG的做法', kind: 'concept' },
          { round: '3', text_contains: '如何搭建一个RAG 链路', kind: 'scenario' },
          { round: '3', text_contains: '用过豆包吗', kind: 'open' },
          { round: '3', text_contains: '分割等和子集', kind: 'coding', leetcode: [416] },
        ],
      },
    ],
    no_text_contains: ['AIza', 'xhs_post_images', '处理失败'],
  },
  [SEEDS.s002]: {
    posts: [
      {
        company: 'bytedance',
        team: '抖音',
        post_kind: 'interview',
        rounds: ['1', '2', '3'],
        date: '2025-08-02',
        questions: [
          { round: '1', text_contains: '聊项目', kind: 'project' },
          { round: '1', text_contains: 'AUC的两种公式是', kind: 'derivation' },
          { round: '1', text_contains: 'BERT-CRF中，为什么要加CRF', kind: 'concept' },
          { round: '1', text_contains: 'self-attention为什么要用QKV三个矩阵', kind: 'concept' },
          { round: '1', text_contains: 'reinforce属于on-policy还是off-policy', kind: 'concept' },
          { round: '1', text_contains: 'reinforce带上baseline好处是' },
          { round: '1', text_contains: '策略梯度会推导吗', kind: 'derivation' },
          { round: '1', text_contains: 'lc 46，全排列', kind: 'coding', leetcode: [46, 73] },
          { round: '2', text_contains: '介绍项目', kind: 'project' },
          { round: '2', text_contains: '知识蒸馏有哪几种', kind: 'concept' },
          { round: '2', text_contains: 'nlp的数据增强方法', kind: 'concept' },
          { round: '2', text_contains: '交叉熵而不是mse', kind: 'concept' },
          { round: '2', text_contains: 'BERT对输入文本的长度有什么限制', kind: 'concept' },
          { round: '2', text_contains: 'BigBird里面有哪几种注意力机制', kind: 'concept' },
          { round: '2', text_contains: '估计淘宝的商品数量', kind: 'scenario' },
          { round: '2', text_contains: '求BERT参数量', leetcode: [] },
          { round: '2', text_contains: 'n皇后问题', kind: 'coding', leetcode: [51] },
          { round: '3', text_contains: '简单聊项目', kind: 'project' },
          { round: '3', text_contains: 'CRF和HMM区别', kind: 'concept' },
          { round: '3', text_contains: 'vocab_size达到几百万', kind: 'concept' },
          { round: '3', text_contains: 'transformer的mha（多头注意力）', kind: 'coding' },
          { round: '3', text_contains: '对比学习中，temperature很小', kind: 'concept' },
          { round: '3', text_contains: '你觉得在抖音买东西，和淘宝、拼多多他们的区别是', kind: 'open' },
          { round: '3', text_contains: '你最近看到过哪些paper', kind: 'open' },
          { round: '3', text_contains: '你觉得自己有那些优缺点', kind: 'behavioral' },
        ],
      },
    ],
    no_text_contains: ['AIza', '投稿来自'],
  },
  [SEEDS.s003]: {
    posts: [
      {
        company: 'unknown',
        team: '',
        post_kind: 'guide',
        rounds: [],
        questions: [
          '有大模型实习',
          '无大模型实习',
          '常规八股（transformer、bert 等）',
          '最新八股（GQA 等）',
          '技术报告（一定要自己看原PDF',
          'Hot100',
          '手撕模型，比如 MHA 这些',
          'DeepSeekV3：必读',
          'DeepSeekR1：必读',
          'Kimi1.5：选读',
          'Minimax-01：选读',
          'Qwen2.5：必读',
          'LLama3.1：必读',
          'Qwen2.5-VL（如果简历有多模态内容）：选读',
          '阶段训练（预训练几段',
          '模型创新点（MHA 创新是什么',
          '上下文优化创新点',
          '多模态优化创新点',
          '几个模型不同之处',
          'MHA',
          'LayerNorm',
          'Transformer Encoder (MHA+LayerNorm+FFN)',
          'PE（绝对位置编码）',
          'ROPE',
          'SwiGLU',
          'RmsNorm',
        ].map((text) => ({ round: 'unknown' as const, text_contains: text })),
      },
    ],
    no_text_contains: ['AIza', '比如 zhipu'],
  },
  [SEEDS.s004]: {
    posts: [
      {
        title_contains: '美团大模型应用算法',
        company: 'meituan',
        team: '',
        post_kind: 'interview',
        rounds: ['1', '2'],
        date: '12-07',
        questions: [
          { round: '1', text_contains: '自我介绍', kind: 'behavioral' },
          { round: '1', text_contains: 'NLP和LLM最大的区别是什么', kind: 'concept' },
          { round: '1', text_contains: 'LLM常用的激活函数', kind: 'concept' },
          { round: '1', text_contains: '开源框架了解过哪些', kind: 'concept' },
          { round: '1', text_contains: '介绍微调负责的工作', kind: 'project' },
          { round: '1', text_contains: 'SFT+DPO训练怎么组织这部分数据的', kind: 'project' },
          { round: '1', text_contains: '怎么选rank值', kind: 'project' },
          { round: '1', text_contains: 'LoRA是不是只能在Linear层插', kind: 'project' },
          { round: '1', text_contains: 'QLoRA是怎么降低资源成本', kind: 'project' },
          { round: '1', text_contains: 'llm推理效率', kind: 'project' },
          { round: '1', text_contains: '有没有尝试过模型裁剪', kind: 'project' },
          { round: '1', text_contains: '实现Casual mask的MHA', kind: 'coding', leetcode: [] },
          { round: '2', text_contains: '自我介绍', kind: 'behavioral' },
          { round: '2', text_contains: 'Transformer底层原理', kind: 'concept' },
          { round: '2', text_contains: '大模型预测token的损失是怎么算的', kind: 'concept' },
          { round: '2', text_contains: '从数据清洗到检索服务上线', kind: 'project' },
          { round: '2', text_contains: '当前RAG的最大瓶颈在哪', kind: 'project' },
          { round: '2', text_contains: '传统RAG有什么痛点；介绍GraphRAG', kind: 'project' },
          { round: '2', text_contains: '对知识库的文件文档进行动态增量更新', kind: 'project' },
          { round: '2', text_contains: 'RAG怎么评估', kind: 'project' },
          { round: '2', text_contains: '常见的量化方式有哪些', kind: 'project' },
          { round: '2', text_contains: '模型部署的参数量和需求硬件之间的关系', kind: 'project' },
          { round: '2', text_contains: '部署一个MOE架构的千分三的235b', kind: 'project', leetcode: [] },
          { round: '2', text_contains: '螺旋矩阵', kind: 'coding', leetcode: [54] },
        ],
      },
    ],
    no_text_contains: ['AIza', '算法面经：美团大模型应用算法12.07/image'],
  },
};

describe('seed logs in data/raw, end to end', () => {
  for (const seed of seedFiles()) {
    it(`loads ${seed.name} as a careful reader labelled it`, () => {
      const labels = LABELS[seed.name];
      if (!labels) throw new Error(`no labels for ${seed.name}`);
      const diff = differences(labels, loadFiles([seed]));
      expect(diff, diff.join('\n')).toEqual([]);
    });
  }

  it('loads the five seeds as five posts with companies unknown, bytedance, bytedance, unknown and meituan', () => {
    const result = loadFiles(seedFiles());
    expect(result.posts.map((p) => [p.source.slice(0, 3), p.kind, p.company])).toEqual([
      ['000', 'interview', 'unknown'],
      ['001', 'interview', 'bytedance'],
      ['002', 'interview', 'bytedance'],
      ['003', 'guide', 'unknown'],
      ['004', 'interview', 'meituan'],
    ]);
    expect(result.report.files.map((f) => f.status)).toEqual(['loaded', 'loaded', 'loaded', 'loaded', 'loaded']);
    expect(result.report.duplicate_posts).toBe(0);
  });
});

describe('seed logs, stage by stage', () => {
  const names = Object.values(SEEDS);

  it.each(names)('decodes %s as UTF-8 without changing a character', (name) => {
    const text = seedText(name);
    const decoded = decode(utf8(text));
    expect(decoded).toEqual({ ok: true, text, encoding: 'utf-8' });
  });

  it.each(names)('recognises %s as a scraper log and unwraps exactly one post', (name) => {
    const text = seedText(name);
    expect(isScraperLog(text.split('\n'))).toBe(true);
    expect(unwrap(text).posts).toHaveLength(1);
  });

  it.each(names)('keeps only the author’s lines of %s and marks every other line as noise', (name) => {
    const text = seedText(name);
    const { posts, noise } = unwrap(text);
    const kept = posts.flatMap((p) => p.lines);
    const keptNos = new Set(kept.map((l) => l.no));
    const noiseNos = new Set(noise.map((n) => n.no));
    expect([...keptNos].filter((no) => noiseNos.has(no))).toEqual([]);
    expect(keptNos.size + noiseNos.size).toBe(nonBlankLines(text));
    const scraper =
      /^(使用模型|开始提问|当前使用模型|调用\S*API|模型 \S+ 配额已用完|已切换到新|处理失败|--- 图片|开始识别图片|提问内容)/;
    expect(kept.filter((l) => scraper.test(l.text.trim())).map((l) => l.text)).toEqual([]);
    expect(kept.some((l) => l.text.includes('AIza'))).toBe(false);
    expect(kept.every((l) => l.origin === 'body')).toBe(true);
  });

  it.each(names)('marks the last line of %s, 处理失败 without a newline, as noise', (name) => {
    const text = seedText(name);
    const lines = text.split('\n');
    expect(lines.at(-1)).toBe('处理失败');
    expect(unwrap(text).noise.map((n) => n.no)).toContain(lines.length);
  });

  it.each([
    [SEEDS.s000, '记录2025年末秋招最后一场面试'],
    [SEEDS.s001, '算法面经：字节豆包大模型11.13'],
    [SEEDS.s002, ''],
    [SEEDS.s003, ''],
    [SEEDS.s004, '算法面经：美团大模型应用算法12.07'],
  ])('reads the title of %s from the folder of its images: “%s”', (name, title) => {
    expect(unwrap(seedText(name)).posts[0]?.imageTitle).toBe(title);
  });

  it('reads ✅ and emoji digits of 000 as eight questions before any header, markers stripped', () => {
    const post = unwrap(seedText(SEEDS.s000)).posts[0];
    if (!post) throw new Error('no post');
    const segmented = segment(post.lines);
    expect(segmented.headers).toEqual([]);
    expect(segmented.items.map((i) => i.round)).toEqual(Array(8).fill('unknown'));
    expect(segmented.items[0]?.text).toBe('讲自己的RL 相关的研究');
    expect(segmented.items[1]?.text.startsWith('有没有了解最近的一些Rubrics')).toBe(true);
    expect(segmented.items.some((i) => /欢迎关注|#/.test(i.text))).toBe(false);
    expect(segmented.hashtags).toContain('秋招');
  });

  it('reads 1️⃣抖音一面 in 002 as a round header naming 抖音, not as a question', () => {
    const post = unwrap(seedText(SEEDS.s002)).posts[0];
    if (!post) throw new Error('no post');
    const segmented = segment(post.lines);
    expect(segmented.headers.map((h) => [h.round, h.text.includes('抖音')])).toEqual([
      ['1', true],
      ['2', true],
      ['3', true],
    ]);
    expect(segmented.items.filter((i) => i.text.includes('抖音一面') || i.text.includes('抖音二面'))).toEqual([]);
    expect(segmented.items.map((i) => i.round).filter((r) => r === '1')).toHaveLength(8);
  });

  it('reads 004’s first line as its title and 八股：/项目：/代码题： items without their prefixes', () => {
    const post = unwrap(seedText(SEEDS.s004)).posts[0];
    if (!post) throw new Error('no post');
    const segmented = segment(post.lines);
    expect(segmented.title).toBe('算法面经：美团大模型应用算法工程师');
    expect(segmented.items).toHaveLength(24);
    expect(segmented.items.filter((i) => /^(八股|项目|代码题)[:：]/.test(i.text))).toEqual([]);
    expect(segmented.items.map((i) => i.kindHint).filter((k) => k === 'project')).toHaveLength(15);
  });
});
