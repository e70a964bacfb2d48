/**
 * Stage 3, segment: a post's lines → title, round headers, questions; every line classed as
 * question, heading, prose or tag.
 */
import { describe, expect, it } from 'vitest';
import { loadFiles, segment } from '../../src/loader';
import type { RoundId } from '../../src/loader';
import { parseRoundHeader } from '../../src/loader/segment';
import type { SourceLine } from '../../src/loader/unwrap';
import { file } from './support';

function lines(...texts: string[]): SourceLine[] {
  return texts.map((text, i) => ({ no: i + 1, text, origin: 'body' }));
}

const items = (...texts: string[]) => segment(lines(...texts)).items;

describe('segment: round headers', () => {
  it.each<[string, RoundId]>([
    ['一面', '1'],
    ['二面：', '2'],
    ['三面', '3'],
    ['四面', '4'],
    ['1面', '1'],
    ['2面', '2'],
    ['技术一面', '1'],
    ['技术二面（约40分钟）', '2'],
    ['【一面】', '1'],
    ['【二面】（45min）', '2'],
    ['一面（60min）', '1'],
    ['一面(1h)', '1'],
    ['Round 1', '1'],
    ['Round 2:', '2'],
    ['round 3', '3'],
    ['First round', '1'],
    ['HR面', 'hr'],
    ['HR 面', 'hr'],
    ['【HR面】', 'hr'],
    ['HR round', 'hr'],
    ['终面', 'final'],
    ['主管面', 'final'],
    ['交叉面：', 'final'],
    ['加面', 'final'],
    ['Final round', 'final'],
    ['1️⃣抖音一面', '1'],
    ['2️⃣ 二面（40min）', '2'],
    ['**二面**', '2'],
    ['## 三面', '3'],
    ['## 一面（技术面，70min）', '1'],
    ['第一轮', '1'],
    ['一面 9.2', '1'],
    ['2025/09/25 技术一面', '1'],
    ['字节 Seed 一面：', '1'],
    ['R1（45min，技术面）', '1'],
    ['R2', '2'],
    ['Hiring manager (45 min)', 'final'],
    ['第三轮（终面，总监，40min）', 'final'],
    ['1️⃣面（1h）', '1'],
    ['3️⃣面（50min，交叉部门的技术面）', '3'],
    ['終面（部門主管）', 'final'],
    ['=== Phone screen (50 min) ===', '1'],
    ['## Round one: practical coding', '1'],
    ['Team match', 'final'],
    ['第二輪（技術面）', '2'],
  ])('reads “%s” as the header of round %s', (line, round) => {
    expect(parseRoundHeader(line)?.round).toBe(round);
  });

  it('reads “Final round with the hiring manager” as the header of the final round', () => {
    expect(parseRoundHeader('## Final round with the hiring manager')?.round).toBe('final');
  });

  it.each([
    '1️⃣有没有了解最近的一些Rubrics based RL的工作？跟普通的RLVR 有什么联系和区别',
    '一面的时候问了什么？',
    '1. 针对一面的项目继续深挖',
    '2. 说说一面时写的那道题',
    '希望能过吧，有二面的话再来更新！',
    'R1 的训练流程讲一下',
    'DeepSeek R1 和 o1 的区别',
    '5️⃣面试官问：显存占用和KV Cache有什么区别？',
  ])('does not take “%s” for a round header', (line) => {
    expect(parseRoundHeader(line)).toBeUndefined();
  });

  it('keeps a question that mentions an earlier round in the round it was asked in', () => {
    const result = items('二面', '1. 针对一面的项目继续深挖', '2. 讲讲 MTP 的训练目标');
    expect(result.map((i) => [i.round, i.text])).toEqual([
      ['2', '针对一面的项目继续深挖'],
      ['2', '讲讲 MTP 的训练目标'],
    ]);
  });

  it('puts questions before any header in round unknown and the rest in their rounds', () => {
    const result = items('先问了几个基础的：', '1. 讲讲 Transformer', '一面：', '1. 自我介绍', '二面：', '1. 讲讲 RoPE');
    expect(result.map((i) => i.round)).toEqual(['unknown', '1', '2']);
  });

  it('numbers a cross-team or extra round after the round before it, and calls it final when none is numbered', () => {
    const result = items('一面', '1. 自我介绍', '二面', '1. 讲讲 RoPE', '交叉面', '1. 怎么看 o1', '加面', '1. 手推 PPO');
    expect(result.map((i) => i.round)).toEqual(['1', '2', '3', '4']);
    expect(items('交叉面', '1. 怎么看 o1').map((i) => i.round)).toEqual(['final']);
  });

  it('keeps a pictograph line of the author’s facts before the list out of the questions', () => {
    const result = items('📍北京｜27届校招｜LLM Core 团队', '一面', '1. 自我介绍');
    expect(result.map((i) => i.text)).toEqual(['自我介绍']);
  });

  it('takes the content after a header’s colon as the round’s first question', () => {
    const result = items('一面：讲讲 LoRA 的原理', '2. 手撕 MHA');
    expect(result.map((i) => [i.round, i.text])).toEqual([
      ['1', '讲讲 LoRA 的原理'],
      ['1', '手撕 MHA'],
    ]);
  });
});

describe('segment: numbering and prefixes', () => {
  it.each([
    '1. 自我介绍',
    '1.自我介绍',
    '1、自我介绍',
    '1) 自我介绍',
    '1）自我介绍',
    '(1) 自我介绍',
    '（1）自我介绍',
    '【1】自我介绍',
    'Q1: 自我介绍',
    'Q1：自我介绍',
    '① 自我介绍',
    '一、自我介绍',
    '1️⃣自我介绍',
    '1️⃣ 自我介绍',
    '✅自我介绍',
    '- 自我介绍',
    '• 自我介绍',
    '* 自我介绍',
    '10. 自我介绍',
  ])('reads “%s” as one question 自我介绍, its marker stripped', (line) => {
    expect(items('一面', line).map((i) => [i.round, i.text])).toEqual([['1', '自我介绍']]);
  });

  it.each(['１．自我介绍', '１、自我介绍', 'Ｑ１：自我介绍'])('strips full-width numbering from “%s”', (line) => {
    expect(items('一面', line).map((i) => i.text)).toEqual(['自我介绍']);
  });

  it.each([
    ['八股：讲讲 RoPE 的原理', '讲讲 RoPE 的原理', 'concept'],
    ['项目：说下 LoRA 的原理', '说下 LoRA 的原理', 'project'],
    ['代码题：lc 46 全排列', 'lc 46 全排列', 'coding'],
    ['代码题（先说思路再写）：lc 46 全排列', 'lc 46 全排列', 'coding'],
    ['手撕：反转链表', '反转链表', 'coding'],
    ['场景题：如何搭建一个 RAG 链路', '如何搭建一个 RAG 链路', 'scenario'],
    ['开放题：用过豆包吗', '用过豆包吗', 'open'],
    ['3. 八股：Transformer 为什么能替代 RNN', 'Transformer 为什么能替代 RNN', 'concept'],
    ['7. 代码：23.合并K个升序链表', '23.合并K个升序链表', 'coding'],
  ])('reads “%s” as “%s” of kind %s', (line, text, kind) => {
    const result = items('一面', line);
    expect(result.map((i) => [i.text, i.kindHint])).toEqual([[text, kind]]);
  });

  it('gives items under a 八股部分： section the section’s kind', () => {
    const result = items('一面', '八股部分：', '1. 讲讲 RoPE', '2. 讲讲 GQA', '代码部分：', '1. 反转链表');
    expect(result.map((i) => i.kindHint)).toEqual(['concept', 'concept', 'coding']);
  });

  it('keeps sub-questions on the same line together as one question', () => {
    const result = items('一面', '5. 项目：传统RAG有什么痛点；介绍GraphRAG，GraphRAG的难点是什么；GraphRAG如何应对增量场景');
    expect(result).toHaveLength(1);
    expect(result[0]?.text).toBe('传统RAG有什么痛点；介绍GraphRAG，GraphRAG的难点是什么；GraphRAG如何应对增量场景');
  });
});

describe('segment: questions without numbering', () => {
  it('reads lines ending in ？ or 吗, or starting with 说说/讲讲/介绍/手撕, as questions and the rest as prose', () => {
    const result = segment(
      lines(
        '美团 大模型 面经',
        '面试官人很好，整体体验不错。',
        '说说 LoRA 的原理',
        '讲讲 KV Cache',
        '介绍一下 MoE',
        '手撕 MHA',
        'RoPE 能外推吗',
        'GQA 和 MQA 有什么区别？',
        '中间聊了一些部门的业务，主要做政企大模型。',
      ),
    );
    expect(result.items.map((i) => i.text)).toEqual([
      '说说 LoRA 的原理',
      '讲讲 KV Cache',
      '介绍一下 MoE',
      '手撕 MHA',
      'RoPE 能外推吗',
      'GQA 和 MQA 有什么区别？',
    ]);
    expect(result.lineClasses.get(2)).toBe('prose');
    expect(result.lineClasses.get(9)).toBe('prose');
  });

  it('reads short bare lines as questions under a title that says the post is a 面经, but not the author’s comments', () => {
    const result = segment(lines('字节 大模型 面经', '最近面了字节，记录一下', 'transformer结构', '手写attention', '整体感觉还行'));
    expect(result.items.map((i) => i.text)).toEqual(['transformer结构', '手写attention']);
  });

  it('keeps bare lines as prose when nothing says the post records an interview', () => {
    const result = segment(lines('周末随便写写', 'transformer结构', 'MoE 路由'));
    expect(result.items).toEqual([]);
  });
});

describe('segment: prose, tags and titles', () => {
  it('reads greetings, 欢迎关注… and impressions as prose and hashtag lines as tags, never as questions', () => {
    const result = segment(
      lines(
        '一面',
        '1. 自我介绍',
        '姐妹们好～今天下午面了微信的大模型岗，面试官是个很温柔的小哥哥',
        '欢迎关注٩(๑^o^๑)۶，让我门在AI时代一起携手共进[拔草R]',
        '整体感受：面试官人很好，节奏比较快。',
        '祝大家都能拿到心仪的 offer！',
        '#秋招[话题]# #大模型[话题]# #字节豆包[话题]#',
      ),
    );
    expect(result.items.map((i) => i.text)).toEqual(['自我介绍']);
    expect(result.lineClasses.get(7)).toBe('tag');
    expect([3, 4, 5, 6].map((n) => result.lineClasses.get(n))).toEqual(['prose', 'prose', 'prose', 'prose']);
    expect(result.hashtags).toEqual(['秋招', '大模型', '字节豆包']);
  });

  it('reads a lead-in line such as 下面是我还记得的问题： as prose, not as a question', () => {
    const result = items('鹅厂 WXG 大模型一面', '下面是我还记得的问题：', '• 讲一下 FFN 的作用');
    expect(result.map((i) => i.text)).toEqual(['讲一下 FFN 的作用']);
  });

  it('reads a Markdown rule --- as something other than a question', () => {
    const result = segment(lines('## HR面', '- 期望薪资', '---', '祝大家都能拿到心仪的 offer！'));
    expect(result.items.map((i) => i.text)).toEqual(['期望薪资']);
    expect(result.lineClasses.get(3)).not.toBe('question');
  });

  it('takes the first line as the title when it reads like one, and a # heading as the title', () => {
    expect(segment(lines('字节跳动 Seed 大模型算法实习面经（已oc）', '1. 自我介绍')).title).toBe('字节跳动 Seed 大模型算法实习面经（已oc）');
    expect(segment(lines('# 腾讯混元 大模型预训练 实习面经', '## 一面', '- 自我介绍')).title).toBe('腾讯混元 大模型预训练 实习面经');
    expect(segment(lines('**阶跃星辰 多模态算法 面经**', '**一面**', '1. 自我介绍')).title).toBe('阶跃星辰 多模态算法 面经');
  });

  it('keeps a title that names the round as the title', () => {
    expect(segment(lines('鹅厂 WXG 大模型一面，面完心态崩了😇', '• 讲一下 FFN 的作用')).title).toBe('鹅厂 WXG 大模型一面，面完心态崩了😇');
    expect(segment(lines('百度 大模型推理优化 一面', '1. 讲讲 continuous batching')).title).toBe('百度 大模型推理优化 一面');
  });

  it('keeps a title that ends in a question mark as the title, not a question', () => {
    const result = segment(lines('双非硕如何准备大模型算法实习？我的路线分享', '复习内容：', '1. Transformer 全家桶'));
    expect(result.title).toBe('双非硕如何准备大模型算法实习？我的路线分享');
    expect(result.items.map((i) => i.text)).toEqual(['Transformer 全家桶']);
  });

  it('takes an English first line as the title', () => {
    expect(segment(lines('TikTok (ByteDance) Search LLM Engineer - interview notes', 'Round 1', 'Tell me about yourself.')).title).toBe(
      'TikTok (ByteDance) Search LLM Engineer - interview notes',
    );
  });

  it('gives every non-blank line exactly one class', () => {
    const texts = ['# 标题 面经', '', '## 一面', '1. 自我介绍', '   - 追问：为什么？', '整体不错。', '#面经[话题]#', '---'];
    const result = segment(lines(...texts));
    const nonBlank = texts.map((t, i) => [t, i + 1] as const).filter(([t]) => t.trim() !== '');
    expect(nonBlank.filter(([, no]) => !result.lineClasses.has(no))).toEqual([]);
  });
});

describe('segment: multi-line questions and hostile text', () => {
  it('joins indented follow-ups and sub-bullets to their numbered question', () => {
    const result = items('## 一面', '1. 自我介绍，然后问了很久：', '   - 数据去重用的什么方法？', '   - 为什么选这个配比？', '2. 讲讲 MLA');
    expect(result.map((i) => i.text)).toEqual(['自我介绍，然后问了很久：\n数据去重用的什么方法？\n为什么选这个配比？', '讲讲 MLA']);
  });

  it('joins the indented second line of a question that breaks after a comma', () => {
    const result = items('一面', '2. 给你一个 7B 模型和 8 张 A100，想做全参微调，', '   显存不够的话有哪些办法？', '3. 讲讲 ZeRO');
    expect(result).toHaveLength(2);
    expect(result[0]?.text).toContain('想做全参微调');
    expect(result[0]?.text).toContain('显存不够的话有哪些办法');
    expect(result[0]?.lines).toEqual([2, 3]);
  });

  it('ignores zero-width characters inside headers, numbering and words', () => {
    const result = items('二\u200d面：', '\u200b1. 自我\u200b介绍', '2. 讲讲 partial\ufeff rollout');
    expect(result.map((i) => [i.round, i.text])).toEqual([
      ['2', '自我介绍'],
      ['2', '讲讲 partial rollout'],
    ]);
  });

  it('reads a 1 MB line of inline image data as something other than a question, quickly', () => {
    const blob = `![](data:image/png;base64,${'iVBORw0KGgo'.repeat(100_000)})`;
    const started = performance.now();
    const result = segment(lines('一面', '1. 自我介绍', blob, '2. 讲讲 RoPE'));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.items.map((i) => i.text)).toEqual(['自我介绍', '讲讲 RoPE']);
  });
});

describe('segment: dictated and chatty posts', () => {
  it('reads spoken ordinals (第一个就是…, 第三个问…) as numbering, never 第一轮 or 第二面', () => {
    const result = items(
      '一面',
      '第一个就是自我介绍 然后顺着简历问了实习',
      '第二个问罗拉的原理 为什么低秩就够了',
      '第三题：手撕 LRU',
      '第二轮',
      '问了 RoPE',
    );
    expect(result.map((i) => [i.round, i.text])).toEqual([
      ['1', '自我介绍 然后顺着简历问了实习'],
      ['1', '罗拉的原理 为什么低秩就够了'],
      ['1', '手撕 LRU'],
      ['2', '问了 RoPE'],
    ]);
  });

  it('reads past 然后 / 最后 / 一上来先 to the question they chain, but not past an intro ending in a colon', () => {
    const result = items(
      '一面是三月十二号下午面的 面试官人挺好的 大概一个小时',
      '然后聊了下我简历上的蒸馏项目，为什么用logits蒸馏',
      '最后手撕了力扣第七十题爬楼梯',
      '先问了几个基础的：',
    );
    expect(result.map((i) => i.text)).toEqual(['然后聊了下我简历上的蒸馏项目，为什么用logits蒸馏', '最后手撕了力扣第七十题爬楼梯']);
  });

  it('opens a round where the author’s story starts with it, and keeps that story out of the questions', () => {
    const segmented = segment(
      lines('一面是三月十二号下午面的 面试官人挺好的', '1. 讲讲 LoRA', '二面没手撕 反问问了组里做什么', '1. 讲讲 GRPO'),
    );
    expect(segmented.items.map((i) => [i.round, i.text])).toEqual([
      ['1', '讲讲 LoRA'],
      ['2', '讲讲 GRPO'],
    ]);
    expect(segmented.lineClasses.get(3)).not.toBe('question');
  });

  it('keeps the author’s background (本人/楼主…) out of the questions under a titled round', () => {
    const result = items('鹅厂混元后训练实习一面', '本人985硕，方向是llm对齐，简历上两段rl相关项目', '1. 讲讲 PPO');
    expect(result.map((i) => i.text)).toEqual(['讲讲 PPO']);
  });

  it('reads an English HR chat or call as the HR round', () => {
    for (const header of ['## HR chat', 'HR call', 'HR screen']) {
      expect(parseRoundHeader(header)?.round, header).toBe('hr');
    }
  });
});

describe('segment: the author’s notes among bullets', () => {
  it('keeps a ⚠️ warning above the list out of the questions, and reads the same marker inside a list as a bullet', () => {
    const result = items('⚠️纯推理方向，训练几乎没问！偏工程，不熟CUDA的慎投…', '一面', '⚠️ PagedAttention 的 block size 怎么选', '1️⃣ 讲讲 PD 分离');
    expect(result.map((i) => [i.round, i.text])).toEqual([
      ['1', 'PagedAttention 的 block size 怎么选'],
      ['1', '讲讲 PD 分离'],
    ]);
  });

  it('reads 💡 bullets as questions even when they do not end like one', () => {
    const result = items('一面 70min', '💡 论文里 reward model 是怎么训练的，用的 pairwise 还是 pointwise', '💡 RM 的打分分布漂移怎么办');
    expect(result.map((i) => i.text)).toEqual(['论文里 reward model 是怎么训练的，用的 pairwise 还是 pointwise', 'RM 的打分分布漂移怎么办']);
  });
});

describe('segment: follow-ups, advice and stories between the questions', () => {
  it('keeps a （追问）/追问： line with the question above it, and a numbered 追问 as its own question', () => {
    const result = items('一面', '1. 讲一下 RAG 的召回', '（追问）混合检索的分数怎么融合', '追问：RRF 了解吗', '2. 追问：蒸馏怎么做的');
    expect(result.map((i) => i.text)).toEqual(['讲一下 RAG 的召回\n（追问）混合检索的分数怎么融合\n追问：RRF 了解吗', '追问：蒸馏怎么做的']);
  });

  it('keeps advice (建议…, 一定要看…) and 最后反问 out of the questions under a round', () => {
    const result = items('终面', '1. 讲讲 MoE', '建议多看看vllm和sglang源码，这边对底层算子问得比较多', '最后反问了组里做什么', '多模态的八股一定要看qwen-vl的技术报告');
    expect(result.map((i) => i.text)).toEqual(['讲讲 MoE']);
  });

  it('reads a story line that opens a round as the round, even when it ends like 的理解', () => {
    const segmented = segment(lines('三面是大老板，聊得很发散，基本不问八股。很看重对技术报告的理解', '1. 你怎么看 scaling law'));
    expect(segmented.items.map((i) => [i.round, i.text])).toEqual([['3', '你怎么看 scaling law']]);
  });
});

describe('segment: a round named only in the header’s note', () => {
  it('reads `AA round（终面）` as the final round, and keeps a bracketed duration from naming one', () => {
    expect(parseRoundHeader('## AA round（终面，和 hiring manager）')?.round).toBe('final');
    expect(parseRoundHeader('Round 2 (60 min)')?.round).toBe('2');
    expect(parseRoundHeader('闲聊（60min）')).toBeUndefined();
  });
});

describe('segment: remarks under a round', () => {
  it('keeps 全程…/八股很少 and HR small talk out of the questions', () => {
    const result = items('二面', '全程基本围着简历项目问，八股很少', '1. 讲讲 RAG 项目', 'HR面', 'hr小姐姐说两周内出结果，蹲一个好消息', '为什么想来我们这');
    expect(result.map((i) => [i.round, i.text])).toEqual([
      ['2', '讲讲 RAG 项目'],
      ['hr', '为什么想来我们这'],
    ]);
  });
});

describe('segment: headers and lines met in blind batches 15-17', () => {
  it('reads a numbered round that is also the manager’s round as the numbered round', () => {
    expect(parseRoundHeader('三面 主管面')?.round).toBe('3');
    expect(parseRoundHeader('第三轮 leader面')?.round).toBe('3');
    // Two rounds joined by + or 、 still name a whole post, not one round.
    expect(parseRoundHeader('二面+HR面')).toBeUndefined();
  });

  it('reads a bare HR line and a Final line with a note as round headers', () => {
    expect(parseRoundHeader('HR')?.round).toBe('hr');
    expect(parseRoundHeader('Final - hiring manager / AA (45 min)')?.round).toBe('final');
    expect(parseRoundHeader('Final: bar raiser')?.round).toBe('final');
    expect(parseRoundHeader('Finally they asked about my thesis')).toBeUndefined();
  });

  it('opens a kind section at a bracketed heading such as 【项目】 or 【场景题】', () => {
    const result = segment(lines('【项目】', '- 介绍一下你的RAG项目', '【场景题】', '- 线上延迟突然变高你怎么排查', '【代码】', '- lc 93 复原 IP 地址'));
    expect(result.items.map((i) => [i.text, i.kindHint])).toEqual([
      ['介绍一下你的RAG项目', 'project'],
      ['线上延迟突然变高你怎么排查', 'scenario'],
      ['lc 93 复原 IP 地址', 'coding'],
    ]);
  });

  it('keeps a post’s publishing line out of its questions', () => {
    const texts = items('某厂 大模型面经', '发布于 2025-11-20 北京', 'Posted 2026-01-08', '一面', '讲讲 LoRA').map((i) => i.text);
    expect(texts).toEqual(['讲讲 LoRA']);
  });
});

describe('segment: spoken posts and English ordinals (blind batch 18)', () => {
  it('reads 1st round / 2nd round headers', () => {
    expect(parseRoundHeader('1st round (technical, ~1h)')?.round).toBe('1');
    expect(parseRoundHeader('2nd round (technical, ~1h)')?.round).toBe('2');
    expect(parseRoundHeader('21st round')).toBeUndefined();
  });

  it('reads past spoken fillers to the question, and keeps a bg line out', () => {
    const texts = items(
      '拼多多 面经',
      'bg：C9硕，一段中厂实习',
      '一面',
      '嗯…为啥现在都卷decoder-only，encoder-decoder是哪儿不行',
      '就是说你们那个模型是蒸馏出来的吧，那用72B生成数据去训7B，和直接拿logits去对齐KL，哪个好',
      '面试官说今天就到这，整体还挺友好的',
    ).map((i) => i.text);
    expect(texts).toEqual([
      '嗯…为啥现在都卷decoder-only，encoder-decoder是哪儿不行',
      '就是说你们那个模型是蒸馏出来的吧，那用72B生成数据去训7B，和直接拿logits去对齐KL，哪个好',
    ]);
  });
});

describe('segment: a numbered line that names a kind of round and goes on (blind batch 19)', () => {
  it('is an item of the round it stands in, not a header of the manager’s round', () => {
    const result = segment(lines('【三面】', '一、主管面，聊人生，讲一个失败的经历', '二、你怎么看国产大模型的差距'));
    expect(result.items.map((i) => [i.round, i.text])).toEqual([
      ['3', '主管面，聊人生，讲一个失败的经历'],
      ['3', '你怎么看国产大模型的差距'],
    ]);
    expect(parseRoundHeader('1. 一面')?.round).toBe('1');
  });
});

describe('segment: tables, long English headers and told questions (blind batches 21-22)', () => {
  it('reads a Markdown table of rounds and questions row by row', () => {
    const result = segment(lines('| 轮次 | 问题 |', '| --- | --- |', '| 一面 | 讲讲 RoPE |', '| 一面 | 手撕 lc 300 |', '| 二面 | GRPO 和 PPO 的区别 |'));
    expect(result.items.map((i) => [i.round, i.text])).toEqual([
      ['1', '讲讲 RoPE'],
      ['1', '手撕 lc 300'],
      ['2', 'GRPO 和 PPO 的区别'],
    ]);
  });

  it('reads an English round header that describes its round at length', () => {
    expect(parseRoundHeader('**Round 1 – phone screen with a principal researcher (45 min)**')?.round).toBe('1');
    expect(parseRoundHeader('Round 1 was the hardest one I have ever done in my life honestly')).toBeUndefined();
  });

  it('takes a story line that says what was asked, but not the author’s verdict on it', () => {
    const texts = items(
      '智谱 推理框架岗 一面流水账',
      '然后抓着简历里的PR问，问我修的是什么问题',
      '之后让我讲continuous batching里请求被抢占时KV cache怎么处理',
      '感觉一面还是挺看基础的，传统ml问了不少，记录一下',
    ).map((i) => i.text);
    expect(texts).toEqual(['然后抓着简历里的PR问，问我修的是什么问题', '之后让我讲continuous batching里请求被抢占时KV cache怎么处理']);
  });
});

describe('segment: inline lists, dated rounds, 反问 and OCR wraps (blind batch 26)', () => {
  it('reads the numbered items after the author’s words on one line, and one that carries the count on', () => {
    const result = segment(
      lines('一面', '面试官很准时，没怎么寒暄就开始了：1.自我介绍 2.讲一下简历上的RAG项目 3.LoRA的原理', '然后是手撕，4.lc 3 无重复字符的最长子串'),
    );
    expect(result.items.map((i) => i.text)).toEqual(['自我介绍', '讲一下简历上的RAG项目', 'LoRA的原理', 'lc 3 无重复字符的最长子串']);
    expect(result.prose).toEqual(['面试官很准时，没怎么寒暄就开始了：', '然后是手撕，']);
  });

  it('keeps a background line that lists before any round, and a timeline of dates, out of the questions', () => {
    const result = segment(lines('简历上两个项目：① 客服场景的RAG问答；② 一个Agent微调项目。', '时间线：9.3 投递 → 9.12 1面 → 10.9 HR面', '一面', '1. 自我介绍'));
    expect(result.items.map((i) => i.text)).toEqual(['自我介绍']);
  });

  it('numbers unnumbered technical rounds in order, dates and times of day aside', () => {
    const result = items('9.12 下午 技术面', '1. 自我介绍', '9.19 技术面（交叉面，另一个组的面试官）', '1. 讲讲 RoPE', '9.26 HR', '1. 期望薪资');
    expect(result.map((i) => i.round)).toEqual(['1', '2', 'hr']);
  });

  it('leaves the candidate’s own questions under 反问环节 out, until the next round', () => {
    const result = items('一面', '1. 讲讲 LoRA', '反问环节', '1. 组里现在主要是做RAG还是Agent方向？', '二面', '1. 讲讲 DPO');
    expect(result.map((i) => i.text)).toEqual(['讲讲 LoRA', '讲讲 DPO']);
  });

  it('joins the rest of a question that OCR wrapped onto the next line, but not a note of its own', () => {
    const ocr = (texts: string[]): SourceLine[] => texts.map((text, i) => ({ no: i + 1, text, origin: 'ocr' }));
    const wrapped = segment(ocr(['二面', '1.客服场景里要查订单，Agent', '怎么规划工具调用的顺序', '2.ReAct的原理', '笔记底部有一行小字：“下周出结果”。']));
    expect(wrapped.items.map((i) => i.text)).toEqual(['客服场景里要查订单，Agent\n怎么规划工具调用的顺序', 'ReAct的原理']);
  });
});

describe('segment: timelines, closing comments and kinds in brackets (blind batches 27-28)', () => {
  it('reads a Markdown table of dates and durations as a timeline, and a table of questions as questions', () => {
    const timeline = items('| 轮次 | 时间 | 时长 | 形式 |', '| --- | --- | --- | --- |', '| 一面 | 3.11 | 60min | 钉钉视频 |', '一面', '1. 讲讲 RoPE');
    expect(timeline.map((i) => i.text)).toEqual(['讲讲 RoPE']);
    const questions = items('| 轮次 | 问题 |', '| --- | --- |', '| 一面 | 讲讲 RoPE |');
    expect(questions.map((i) => i.text)).toEqual(['讲讲 RoPE']);
  });

  it('leaves the author’s closing comments out, bullets that name a round included', () => {
    const result = items('一面', '1. 讲讲 LoRA', '### 小结', '- 一面偏八股，MCP 必问', '- 二面面试官很看重 prompt 工程的实际经验', '❌二面后挂了，感觉场景题答得不够有深度');
    expect(result.map((i) => [i.round, i.text])).toEqual([['1', '讲讲 LoRA']]);
  });

  it('reads a kind in brackets before the question, and a number before a size as the item’s', () => {
    const result = items('一面', '【场景】给一个百万页扫描合同的问答系统，怎么做 RAG', '2、13B 模型 fp16 推理，KV cache 要多少显存');
    expect(result.map((i) => [i.text, i.kindHint])).toEqual([
      ['给一个百万页扫描合同的问答系统，怎么做 RAG', 'scenario'],
      ['13B 模型 fp16 推理，KV cache 要多少显存', undefined],
    ]);
  });

  it('keeps the author’s account of the interview before the first round out of the questions', () => {
    const result = items('美团 大模型算法 一面 凉经', '问了好多"症状题"，纯背八股答不好', '面的是 kimi 后训练 RL 方向，一共三轮，都是视频面', '一面：', '1、自我介绍');
    expect(result.map((i) => [i.round, i.text])).toEqual([['1', '自我介绍']]);
  });

  it('reads each question of an interview told in one paragraph', () => {
    const paragraph =
      'base上海，9月20号下午面的，一共70分钟。先是自我介绍，面试官没怎么打断；然后问了实习里做的RAG项目，召回率提到了多少；' +
      '接着问LoRA的原理，rank一般取多少然后又问LoRA和全参微调在灾难性遗忘上有什么区别；然后让我估算一个7B模型fp16推理要多少显存；' +
      '最后手撕lc 438 找到字符串中所有字母异位词。反问环节我问了组里做什么，整体答得一般，大概率凉了。';
    expect(items('美团大模型算法一面 凉经', paragraph).map((i) => i.text)).toEqual([
      '先是自我介绍，面试官没怎么打断',
      '然后问了实习里做的RAG项目，召回率提到了多少',
      '接着问LoRA的原理，rank一般取多少',
      '然后又问LoRA和全参微调在灾难性遗忘上有什么区别',
      '然后让我估算一个7B模型fp16推理要多少显存',
      '最后手撕lc 438 找到字符串中所有字母异位词',
    ]);
  });

  it('takes a 知乎 question for the title of the answer under it, and ⑴ ❶ for numbers', () => {
    const result = segment(lines('腾讯混元大模型算法岗的面试都问些什么？', '谢邀。', '一面', '⑴ 自我介绍', '❷ BERT和GPT的区别'));
    expect(result.title).toBe('腾讯混元大模型算法岗的面试都问些什么？');
    expect(result.items.map((i) => i.text)).toEqual(['自我介绍', 'BERT和GPT的区别']);
  });

  it('reads a table’s question column under its round column, a blank round cell going on with the round above', () => {
    const rows = ['| 轮次 | 问题 | 备注 |', '| --- | --- | --- |', '| 一面 | BERT和GPT的区别 | 基础 |', '|  | 手撕LayerNorm | 写出来了 |', '| 二面 | GraphRAG怎么用 | |'];
    const result = segment(rows.map((text, i) => ({ no: i + 1, text, origin: 'ocr' as const })));
    expect(result.items.map((i) => [i.round, i.text])).toEqual([
      ['1', 'BERT和GPT的区别'],
      ['1', '手撕LayerNorm'],
      ['2', 'GraphRAG怎么用'],
    ]);
  });

  it('takes the round from the title OCR quotes, and leaves crossed-out and sign-off lines out', () => {
    const ocr = ['这是一张手机备忘录的截图，标题为“小红书 一面 9.23”，内容如下：', '① 自我介绍', '② ~~FA2 vs FA1~~（划掉）', '③ RoPE 外推'];
    const result = segment(ocr.map((text, i) => ({ no: i + 1, text, origin: 'ocr' as const })));
    expect(result.items.map((i) => [i.round, i.text])).toEqual([
      ['1', '自我介绍'],
      ['1', 'RoPE 外推'],
    ]);
    expect(items('小红书大模型一二面，题都在图里了', '📌 面经见图 ⬇️⬇️', '🙏 求好运 求oc', '💪 秋招冲冲冲')).toEqual([]);
  });

  it('leaves the author’s advice between and after rounds out of the questions', () => {
    const result = items('## 一面', '1. 讲讲 SwiGLU', '**复盘 & 复习建议：**', '- FFN 那题我只答了“增加表达能力”', '## 二面', '1. 讲讲 RAG', '总结：要多看八股！！！', '1. 百度一面基本全是八股');
    expect(result.map((i) => [i.round, i.text])).toEqual([
      ['1', '讲讲 SwiGLU'],
      ['2', '讲讲 RAG'],
    ]);
  });

  it('keeps the lettered, bracketed, bulleted and arrowed parts of a numbered question with it', () => {
    const result = items(
      '面试问题如下：',
      '2. Transformer的整体结构讲一下',
      '   a. encoder和decoder的区别',
      '6. DeepSpeed ZeRO 1/2/3分别切分了什么',
      '（1）显存里哪些东西占大头',
      '7. MoE 讲一下',
      '-> DeepSeekMoE的共享专家是干什么的',
      '————————',
      '问题汇总（方便复习）：',
      '- 对话状态维护、长上下文处理',
    );
    expect(result.map((i) => i.text)).toEqual([
      'Transformer的整体结构讲一下\nencoder和decoder的区别',
      'DeepSpeed ZeRO 1/2/3分别切分了什么\n显存里哪些东西占大头',
      'MoE 讲一下\n-> DeepSeekMoE的共享专家是干什么的',
    ]);
  });

  it('takes no round hoped for or listed in a timeline, and a story about the round just opened keeps it', () => {
    const wished = segment(lines('小红书大模型算法一面，许愿二面🙏', '✅自我介绍', '1. ViT怎么把图片变成token的'));
    expect(wished.items.map((i) => i.round)).toEqual(['1', '1']);
    const timeline = items('快手大模型推理加速 一二面复盘', '2025.10.9 一面，10.12 二面，二面被问麻了', '【一面】', '1. 讲讲 KV cache');
    expect(timeline.map((i) => i.text)).toEqual(['讲讲 KV cache']);
    const story = items('二面', '1. 讲讲 RAG', '三面（交叉面）', '交叉面是另一个部门的面试官，主要聊天', '1. 怎么看 AGI');
    expect(story.map((i) => i.round)).toEqual(['2', '3']);
  });

  it('reads each bare line of an OCR list as its own question, and the author’s notes about the list as prose', () => {
    const ocr = ['**二面 10.21**', 'LLaVA的projector为什么用MLP不用Q-Former', '多模态预训练分几个阶段', '视频理解怎么抽帧'];
    const result = segment(ocr.map((text, i) => ({ no: i + 1, text, origin: 'ocr' as const })));
    expect(result.items.map((i) => i.text)).toEqual(['LLaVA的projector为什么用MLP不用Q-Former', '多模态预训练分几个阶段', '视频理解怎么抽帧']);
    expect(items('一面', 'RoPE为什么能表示相对位置，base调大有什么用').map((i) => i.text)).toEqual(['RoPE为什么能表示相对位置，base调大有什么用']);
    expect(items('字节豆包 三面面经', '2025-10-09 · 上海 · 社招', '题目没编号，想到哪写到哪', '【一面】', '自我介绍').map((i) => [i.round, i.text])).toEqual([['1', '自我介绍']]);
  });

  it('keeps an item that goes back over the written test in its round', () => {
    const result = items('技术一面', '5、算子融合有哪几类', '6、机试题复盘：找和为 K 的连续子数组个数（就是力扣 560）');
    expect(result.map((i) => i.round)).toEqual(['1', '1']);
  });
});

describe('segment: English interview reports (blind batch 33)', () => {
  it('numbers a loop of phone screen and onsites in order, and takes no round description for a question', () => {
    const result = segment(lines('1) Phone screen (60 min)', '- Explain LoRA.', '2) Onsite – coding', '- LRU Cache', '## Round three: system design', '- Design a RAG system', 'Team match', '- Why this team?'));
    expect(result.items.map((i) => [i.round, i.text])).toEqual([
      ['1', 'Explain LoRA.'],
      ['2', 'LRU Cache'],
      ['3', 'Design a RAG system'],
      ['final', 'Why this team?'],
    ]);
  });

  it('reads the questions quoted in a story, but not those a verdict or a reflection quotes', () => {
    const result = items(
      '## Round two: ML fundamentals',
      'It started with “Why does cross-entropy work better than MSE for classification?” and moved to “What\'s the relationship between perplexity and the loss?”',
      'Overall: very little LeetCode, lots of "derive it on the whiteboard".',
    );
    expect(result.map((i) => i.text)).toEqual([
      'Why does cross-entropy work better than MSE for classification?',
      "What's the relationship between perplexity and the loss?",
    ]);
  });

  it('lets a question’s own cue name its kind in a round whose header says coding', () => {
    const result = loadFiles([file('amazon.txt', ['Amazon AS loop', '2) Onsite – coding', '- LP: Tell me about a time you delivered under a tight deadline.', '- Implement an LRU cache.'].join('\n'))]);
    expect(result.questions.map((q) => q.kind)).toEqual(['behavioral', 'coding']);
  });

  it('takes a behavioural bullet for a question and an edit that says what they asked for one', () => {
    const result = items('# NVIDIA LLM inference interview experience', '* Behavioral: tell me about a time you optimized something', 'EDIT: a few people asked — yes, they also asked how FlashAttention-2 differs from FlashAttention-1.');
    expect(result.map((i) => [i.round, i.text, i.kindHint])).toEqual([
      ['unknown', 'tell me about a time you optimized something', 'behavioral'],
      ['unknown', 'EDIT: a few people asked — yes, they also asked how FlashAttention-2 differs from FlashAttention-1.', undefined],
    ]);
  });
});

describe('segment: voice memos and labelled lines (blind batch 23)', () => {
  it('takes a dictated line where he asked something, but not one that only says the interview began', () => {
    const texts = items(
      '美团 一面 面经',
      '面试官先让我自我介绍，然后直接开始问项目。',
      '然后他问 GBDT 和 XGBoost 有啥区别，嗯，我就说了二阶泰勒展开',
    ).map((i) => i.text);
    expect(texts).toEqual(['然后他问 GBDT 和 XGBoost 有啥区别，嗯，我就说了二阶泰勒展开']);
  });

  it('reads the questions after an author’s short label under a round, without the label', () => {
    const texts = items('三面', '聊天为主：为什么做广告的想转大模型；手上有没有其他offer', '感受：面试官很爱追问“那如果……呢”').map((i) => i.text);
    expect(texts).toEqual(['为什么做广告的想转大模型；手上有没有其他offer']);
  });
});
