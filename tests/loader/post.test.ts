/**
 * Stage 4, post: one raw post → a Post and its questions. The author's text and the OCR text of
 * the post's images are segmented apart and merged; a question in both counts once, however the
 * OCR spaced or punctuated it. Questions are numbered from 1 within their round.
 */
import { describe, expect, it } from 'vitest';
import { loadFiles } from '../../src/loader';
import { parsePost } from '../../src/loader/post';
import type { SourceLine } from '../../src/loader/unwrap';
import { file } from './support';

function draft(body: string[], ocr: string[] = [], imageTitle = '') {
  const lines: SourceLine[] = [
    ...body.map((text, i) => ({ no: i + 1, text, origin: 'body' as const })),
    ...ocr.map((text, i) => ({ no: 100 + i, text, origin: 'ocr' as const })),
  ];
  return { lines, imageTitle };
}

const BODY = ['字节豆包 大模型算法面经', '一面：', '1. 自我介绍', '2. 了解 KV cache吗，GQA的思想是什么', '3. 讲一下 FlashAttention的思想和做法'];

describe('parsePost', () => {
  it('counts a question that is in both the body and the OCR text once, however OCR spaced it', () => {
    const parsed = parsePost(draft(BODY, ['一面', '3、讲一下FlashAttention的思想和做法。', '4. 手撕：合并区间']), 'a.txt');
    expect(parsed?.questions.map((q) => [q.round, q.text])).toEqual([
      ['1', '自我介绍'],
      ['1', '了解 KV cache吗，GQA的思想是什么'],
      ['1', '讲一下 FlashAttention的思想和做法'],
      ['1', '合并区间'],
    ]);
  });

  it('adds nothing when the image is a screenshot of the same post', () => {
    const parsed = parsePost(draft(BODY, BODY.map((l) => l.replace(/ /g, ''))), 'a.txt');
    expect(parsed?.questions).toHaveLength(3);
  });

  it('puts OCR questions under the round header the OCR text shows', () => {
    const parsed = parsePost(draft(BODY, ['二面', '1. 为什么有了SFT之后还需要RLHF', '2. 代码：23.合并K个升序链表']), 'a.txt');
    expect(parsed?.questions.map((q) => [q.round, q.seq, q.leetcode])).toEqual([
      ['1', 1, []],
      ['1', 2, []],
      ['1', 3, []],
      ['2', 1, []],
      ['2', 2, [23]],
    ]);
    expect(parsed?.post.rounds).toEqual(['1', '2']);
  });

  it('numbers questions from 1 within each round and gives each its first line', () => {
    const parsed = parsePost(draft(['一面', '1. 自我介绍', '2. 讲讲 RoPE', '二面', '1. 讲讲 DPO']), 'a.txt');
    expect(parsed?.questions.map((q) => [q.round, q.seq, q.line])).toEqual([
      ['1', 1, 2],
      ['1', 2, 3],
      ['2', 1, 5],
    ]);
  });

  it('gives no post for text without a single question', () => {
    expect(parsePost(draft(['今天面完了，感觉还行。', '#面经[话题]#']), 'a.txt')).toBeUndefined();
  });

  it('uses the image folder as the title when the body has none', () => {
    const parsed = parsePost(draft(['1. 讲讲 RoPE', '2. 手撕 MHA'], [], '算法面经：字节豆包大模型11.13'), 'a.txt');
    expect(parsed?.post.title).toBe('算法面经：字节豆包大模型11.13');
    expect(parsed?.post.date).toBe('11-13');
  });
});

describe('posts in loadFiles', () => {
  it('copies the post’s company and kind onto each of its questions', () => {
    const result = loadFiles([file('a.txt', BODY.join('\n'))]);
    expect(result.questions.every((q) => q.company === 'bytedance' && q.postKind === 'interview')).toBe(true);
    expect(result.posts[0]?.questionCount).toBe(3);
  });

  it('loads two posts separated by a line of = as two posts from one file', () => {
    const text = [...BODY, '==========', '美团 大模型 二面', '1. 讲讲 LoRA', '2. 手撕：反转链表'].join('\n');
    const result = loadFiles([file('two.txt', text)]);
    expect(result.posts.map((p) => [p.company, p.questionCount])).toEqual([
      ['bytedance', 3],
      ['meituan', 2],
    ]);
    expect(result.report.files[0]?.posts).toBe(2);
  });
});

describe('a study list whose author says it is no 面经', () => {
  const onlyPost = (text: string) => loadFiles([{ name: 'post.txt', bytes: new TextEncoder().encode(text) }]).posts[0];

  it('is a guide even when most of its items ask something', () => {
    const text = [
      'Agent岗复习清单（自用）',
      '先说明：这不是面经！是我自己整理的复习路线',
      '1. function calling 原理是什么',
      '2. ReAct 和 Reflexion 有什么区别',
      '3. RAG 怎么评测',
    ].join('\n');
    const post = onlyPost(text);
    expect(post?.kind).toBe('guide');
  });

  it('is a guide when its title offers a bank of questions with answers', () => {
    const text = ['大模型面试高频题200道（附答案）', '1. 讲讲 LoRA 的原理', '答：低秩分解…', '2. DPO 和 PPO 的区别', '答：不需要奖励模型…'].join('\n');
    const post = onlyPost(text);
    expect(post?.kind).toBe('guide');
  });

  it('is a guide when its title offers a way to prepare, whatever the author says interviewers ask', () => {
    const text = [
      '大模型算法秋招复盘：从0到拿下offer的准备路线',
      '一、八股怎么准备',
      '1. Transformer全家桶：Attention、RoPE、LayerNorm',
      '2. 注意力变体：MQA/GQA/MLA，面试官很爱问KV Cache怎么省',
      '二、手撕怎么准备',
      '1. LeetCode Hot100 刷两遍',
      '附几个我被问到最多的高频题：',
      '- 为什么attention要除以根号dk',
    ].join('\n');
    const post = onlyPost(text);
    expect(post?.kind).toBe('guide');
  });

  it('is a guide when an English checklist says so, its Behavioral / HR section notwithstanding', () => {
    const text = ['# LLM Interview Prep Checklist (2025)', '## Transformers', '- [ ] Explain scaled dot-product attention', '## Behavioral / HR', '- [ ] A two-minute self-introduction'].join('\n');
    const post = onlyPost(text);
    expect(post?.kind).toBe('guide');
  });

  it('names no company for a guide, whatever companies its author got offers from', () => {
    const text = ['RL后训练岗怎么准备｜复习路线', '我秋招拿了字节Seed、阿里通义和Kimi的offer，整理一下复习路线', '1. PPO 和 GAE 要会推', '2. GRPO 的优势估计', '#字节跳动[话题]#'].join('\n');
    const post = onlyPost(text);
    expect([post?.kind, post?.company, post?.team]).toEqual(['guide', 'unknown', '']);
  });

  it('stays an interview when it names rounds, whatever it says about itself', () => {
    const text = ['不是面经的面经哈哈', '一面', '1. 讲讲 LoRA 的原理', '2. 为什么要低秩'].join('\n');
    const post = onlyPost(text);
    expect(post?.kind).toBe('interview');
  });
});

describe('a handwritten note in the post’s image that shortens the body’s questions', () => {
  it('repeats those questions and adds only what the body did not ask', () => {
    const text = [
      '使用模型: gemini-2.5-flash-lite',
      '开始提问: 请总结这篇大模型面试经验分享的主要内容',
      '',
      '某厂 大模型应用 一面',
      '1. 实习做的是长文档问答，为什么当时选RAG而不是直接把整份文档塞进上下文',
      '2. Kimi的MoBA讲一下，和DeepSeek的NSA有什么异同',
      '3. 手写一个简化版BPE，在小语料上学merge规则',
      '',
      '--- 图片 1 OCR结果 ---',
      '使用模型: gemini-2.5-flash-lite',
      '开始识别图片: /tmp/xhs_post_images/某厂一面/image_1.jpg',
      '提问内容: 图里有什么内容？',
      '当前使用模型: gemini-2.5-flash-lite',
      '这是一张手写面试笔记的照片，内容如下：',
      '一面',
      '- 长文档问答 为啥选RAG 不直接塞上下文',
      '- MoBA vs NSA',
      '- 手写BPE',
      '- LoRA的秩怎么选',
      '处理完成',
    ].join('\n');
    const { questions } = loadFiles([{ name: 'note.txt', bytes: new TextEncoder().encode(text) }]);
    expect(questions.map((q) => q.text)).toEqual([
      '实习做的是长文档问答，为什么当时选RAG而不是直接把整份文档塞进上下文',
      'Kimi的MoBA讲一下，和DeepSeek的NSA有什么异同',
      '手写一个简化版BPE，在小语料上学merge规则',
      'LoRA的秩怎么选',
    ]);
  });
});
