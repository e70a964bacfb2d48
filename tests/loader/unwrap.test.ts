/**
 * Stage 2, unwrap: a scraper log → the author's post (plus what OCR recognised), every other line
 * noise with a named rule. Also plain text, which is one post unless a separator splits it.
 */
import { describe, expect, it } from 'vitest';
import { unwrap } from '../../src/loader';
import { redactSecrets } from '../../src/loader/rules/noise';
import { SECRET_FRAGMENT } from './support';

const BANNER = '使用模型: gemini-2.5-flash-lite';
const PROMPT = '开始提问: 请总结这篇大模型面试经验分享的主要内容，提取关键面试经验、技巧和建议';
const QUOTA =
  "调用Gemini API时发生错误: 429 RESOURCE_EXHAUSTED. {'error': {'code': 429, 'message': 'You exceeded your current quota', 'status': 'RESOURCE_EXHAUSTED'}}";
const NOT_FOUND =
  "调用Gemini API时发生错误: 404 NOT_FOUND. {'error': {'code': 404, 'message': 'models/gemini-1.5-flash is not found for API version v1beta', 'status': 'NOT_FOUND'}}";
const FAILED_CALL = [
  '当前使用模型: gemini-2.5-flash-lite',
  QUOTA,
  '模型 gemini-2.5-flash-lite 配额已用完，尝试切换模型或API密钥...',
  '已切换到新API密钥: AIzaSyATTa...',
  '已切换到新模型: gemini-1.5-flash',
  NOT_FOUND,
  '处理失败',
];
const ocrSection = (n: number, folder: string, result: string[]) => [
  '',
  `--- 图片 ${n} OCR结果 ---`,
  BANNER,
  `开始识别图片: /tmp/xhs_post_images/${folder}/image_${n}.jpg`,
  '提问内容: 图里有什么内容？',
  ...result,
];

const BODY = ['快手 大模型算法 一面', '1. 自我介绍', '2. 讲讲 DPO 的推导', '3. 手撕：反转链表'];

function keptTexts(text: string): string[] {
  return unwrap(text).posts.flatMap((p) => p.lines.map((l) => l.text));
}

describe('unwrap', () => {
  it('keeps the author’s lines of a log and names a rule for every scraper line', () => {
    const log = [BANNER, PROMPT, '', ...BODY, ...FAILED_CALL].join('\n');
    const { posts, noise } = unwrap(log);
    expect(posts).toHaveLength(1);
    expect(posts[0]?.lines.map((l) => l.text)).toEqual(BODY);
    expect(noise.map((n) => n.no)).toEqual([1, 2, 8, 9, 10, 11, 12, 13, 14]);
    expect(noise.every((n) => n.rule.trim() !== '')).toBe(true);
  });

  it('adds the text of an OCR section whose recognition succeeded to the post, marked ocr', () => {
    const log = [
      BANNER,
      PROMPT,
      '',
      ...BODY,
      ...ocrSection(1, '快手大模型一面', [
        '当前使用模型: gemini-2.5-flash-lite',
        '二面',
        '1. 讲讲 GRPO 的优势估计',
        '2. 手撕：LRU 缓存',
      ]),
      ...FAILED_CALL,
    ].join('\n');
    const post = unwrap(log).posts[0];
    expect(post?.lines.filter((l) => l.origin === 'ocr').map((l) => l.text)).toEqual([
      '二面',
      '1. 讲讲 GRPO 的优势估计',
      '2. 手撕：LRU 缓存',
    ]);
    expect(post?.imageTitle).toBe('快手大模型一面');
  });

  it('adds nothing from an OCR section whose recognition failed', () => {
    const log = [BANNER, PROMPT, '', ...BODY, ...ocrSection(1, '快手大模型一面', FAILED_CALL), ...FAILED_CALL].join('\n');
    expect(keptTexts(log)).toEqual(BODY);
  });

  it('keeps the second image’s text when the first image failed', () => {
    const log = [
      BANNER,
      PROMPT,
      '',
      ...BODY,
      ...ocrSection(1, 'x', FAILED_CALL),
      ...ocrSection(2, 'x', ['当前使用模型: gemini-2.5-flash-lite', '4. 讲讲 MoE 的负载均衡']),
      ...FAILED_CALL,
    ].join('\n');
    expect(keptTexts(log)).toEqual([...BODY, '4. 讲讲 MoE 的负载均衡']);
  });

  it('treats a summary the LLM did write as noise: its numbered points are not the author’s', () => {
    const log = [
      BANNER,
      PROMPT,
      '',
      ...BODY,
      '当前使用模型: gemini-2.5-flash-lite',
      '## 面经总结',
      '1. 技术深度：面试官重点考察了 DPO 的推导。',
      '2. 代码能力：反转链表。',
      '- 建议：多刷 LeetCode。',
      '你准备好了吗？',
    ].join('\n');
    const { posts, noise } = unwrap(log);
    expect(posts.flatMap((p) => p.lines.map((l) => l.text))).toEqual(BODY);
    expect(noise.map((n) => n.no)).toEqual(expect.arrayContaining([8, 9, 10, 11, 12, 13]));
  });

  it('treats a summary written after a successful OCR section as noise too', () => {
    const log = [
      BANNER,
      PROMPT,
      '',
      ...BODY,
      ...ocrSection(1, 'x', ['当前使用模型: gemini-2.5-flash-lite', '4. 讲讲 MoE 的负载均衡']),
      '当前使用模型: gemini-2.5-flash-lite',
      '这篇面经主要考察了以下内容：',
      '1. MoE 负载均衡',
    ].join('\n');
    expect(keptTexts(log)).toEqual([...BODY, '4. 讲讲 MoE 的负载均衡']);
  });

  it('splits two logs pasted into one file, also when 处理失败 and the next 使用模型 share a line', () => {
    const second = ['京东 大模型搜索 二面', '1. 讲讲意图识别', '2. 手撕：编辑距离'];
    const failedWithoutNewline = FAILED_CALL.slice(0, -1);
    const log = [
      BANNER,
      PROMPT,
      '',
      ...BODY,
      ...failedWithoutNewline,
      `处理失败${BANNER}`,
      PROMPT,
      '',
      ...second,
      ...FAILED_CALL,
    ].join('\n');
    const { posts } = unwrap(log);
    expect(posts.map((p) => p.lines.map((l) => l.text))).toEqual([BODY, second]);
  });

  it('splits two logs pasted into one file with a newline between them', () => {
    const second = ['京东 大模型搜索 二面', '1. 讲讲意图识别'];
    const log = [BANNER, PROMPT, '', ...BODY, ...FAILED_CALL, BANNER, PROMPT, '', ...second, ...FAILED_CALL].join('\n');
    expect(unwrap(log).posts.map((p) => p.lines.map((l) => l.text))).toEqual([BODY, second]);
  });

  it('never keeps an API key, whole or cut short, in a line it keeps', () => {
    const log = [
      BANNER,
      '使用API密钥: AIzaSyD8kQ2mT9vXw3LpR7nB5cY1hJ6fG4eK0sA',
      PROMPT,
      '',
      '快手 一面 key=sk-proj-7Hx2KqLm9Np4Rt8Vw1Yz3Ab5Cd6Ef',
      '1. 讲讲 AIzaSyD8kQ2mT9vXw3LpR7nB5cY1hJ6fG4eK0sA 是什么',
      ...ocrSection(1, 'AIzaSyD8kQ2mT9vXw3', ['当前使用模型: gemini-2.5-flash-lite', '2. sk-abcdEFGH1234 这个 key 泄露了怎么办']),
      ...FAILED_CALL,
    ].join('\n');
    const { posts } = unwrap(log);
    const kept = posts.flatMap((p) => [p.imageTitle, ...p.lines.map((l) => l.text)]);
    expect(kept.filter((t) => SECRET_FRAGMENT.test(t))).toEqual([]);
  });

  it.each([
    'AIzaSyATTa...',
    'AIzaSyD8kQ2mT9vXw3LpR7nB5cY1hJ6fG4eK0sA',
    'sk-proj-7Hx2KqLm9Np4Rt8Vw1Yz3Ab5Cd6Ef',
    'sk-abcd1234efgh5678',
    '（AIzaSyBHZw…）',
    'key:AIzaSyBHZw',
    '密钥AIzaSyBHZw',
  ])('redacts %s', (secret) => {
    expect(redactSecrets(`已切换 ${secret} 完成`)).not.toMatch(SECRET_FRAGMENT);
  });

  it('reads a plain post as one post and keeps lines where the author says 失败 or Error', () => {
    const text = ['美团 一面', '1. 训练失败了怎么排查？', 'Error analysis 怎么做？'].join('\n');
    const { posts } = unwrap(text);
    expect(posts).toHaveLength(1);
    expect(posts[0]?.lines.map((l) => l.text)).toEqual(['美团 一面', '1. 训练失败了怎么排查？', 'Error analysis 怎么做？']);
  });

  it('splits a plain file at a line of ===== into separate posts', () => {
    const text = ['美团 一面', '1. 自我介绍', '=====', '京东 二面', '1. 讲讲 RAG'].join('\n');
    expect(unwrap(text).posts.map((p) => p.lines.map((l) => l.text))).toEqual([
      ['美团 一面', '1. 自我介绍'],
      ['京东 二面', '1. 讲讲 RAG'],
    ]);
  });

  it('gives an empty result, not a post, for a log of noise only', () => {
    const log = [BANNER, PROMPT, '', ...FAILED_CALL, ...ocrSection(1, 'x', FAILED_CALL), ...FAILED_CALL].join('\n');
    const { posts, noise } = unwrap(log);
    expect(posts.flatMap((p) => p.lines)).toEqual([]);
    expect(noise).toHaveLength(log.split('\n').filter((l) => l.trim() !== '').length);
  });

  it('numbers kept lines by their line in the file', () => {
    const log = [BANNER, PROMPT, '', ...BODY].join('\n');
    expect(unwrap(log).posts[0]?.lines.map((l) => l.no)).toEqual([4, 5, 6, 7]);
  });
});

describe('unwrap: other crawlers’ logging', () => {
  it('drops timestamped log records of any level and keeps the post between them', () => {
    const log = [
      '[2025-10-14 21:03:11,482] INFO crawler.nowcoder: fetch https://www.nowcoder.com/discuss/1 page=1',
      '2025-10-14 21:03:12 - DEBUG - parser: ---- body start ----',
      '京东零售 大模型应用算法 一面/二面/HR面',
      '1. 自我介绍',
      '[ERROR] comments fetch failed: HTTP 403 Forbidden',
      'WARNING:parser.nowcoder:3 images skipped',
    ].join('\n');
    const { posts, noise } = unwrap(log);
    expect(posts[0]?.lines.map((l) => l.text)).toEqual(['京东零售 大模型应用算法 一面/二面/HR面', '1. 自我介绍']);
    expect(noise.map((n) => [n.no, n.rule])).toEqual([
      [1, 'log record'],
      [2, 'log record'],
      [5, 'log record'],
      [6, 'log record'],
    ]);
  });

  it('drops a scraper’s capitalised markers and a phone screenshot’s status and app bars', () => {
    const text = ['----- RAW BODY START -----', '09:41 ⅠⅠ 5G 87%', '< 备忘录              完成', '一面', '1. 10:30 开始，先自我介绍', '----- RAW BODY END -----'].join('\n');
    const { posts, noise } = unwrap(text);
    expect(posts[0]?.lines.map((l) => l.text)).toEqual(['一面', '1. 10:30 开始，先自我介绍']);
    expect(noise.map((n) => n.rule)).toEqual(['scraper marker', 'status bar', 'app bar', 'scraper marker']);
  });

  it('reads a heading framed by ===== lines as part of the post, not the start of another', () => {
    const text = ['快手 一面 面经', '1. 讲讲 LoRA', '=====================', '给学弟学妹的建议', '=====================', '1. 八股要自己推一遍'].join('\n');
    expect(unwrap(text).posts).toHaveLength(1);
    expect(unwrap(['字节 一面', '1. 讲讲 RoPE', '=====', '美团 二面', '1. 讲讲 DPO'].join('\n')).posts).toHaveLength(2);
  });

  it('drops a 知乎 answer’s footer', () => {
    const { posts, noise } = unwrap(['一面', '1. 自我介绍', '赞同 1.3K　　88 条评论'].join('\n'));
    expect(posts[0]?.lines.map((l) => l.text)).toEqual(['一面', '1. 自我介绍']);
    expect(noise.map((n) => n.rule)).toEqual(['page footer']);
  });

  it('marks the text under another scraper’s OCR marker as recognised from an image', () => {
    const text = ['滴滴 一面', '1. 自我介绍', '==================== OCR image_1.jpg ====================', '二面', '1.Agent 怎么规划工具调用'].join('\n');
    const { posts, noise } = unwrap(text);
    expect(posts[0]?.lines.map((l) => [l.text, l.origin])).toEqual([
      ['滴滴 一面', 'body'],
      ['1. 自我介绍', 'body'],
      ['二面', 'ocr'],
      ['1.Agent 怎么规划工具调用', 'ocr'],
    ]);
    expect(noise).toEqual([{ no: 3, rule: 'ocr section header' }]);
  });
});
