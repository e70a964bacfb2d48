/**
 * Bad inputs among good ones: an empty file, a blank one, a binary file, images, a log of noise
 * only, GB18030 text, CRLF with a BOM, a CSV with a broken quote, a 1 MB line, 20,000 questions.
 * Each bad file gets a clear reason that names it; every other file still loads. The big inputs
 * are generated here, never committed.
 */
import { describe, expect, it } from 'vitest';
import { loadFiles } from '../../src/loader';
import type { InputFile } from '../../src/loader';
import { file, fixtureCases, gb18030, withBomAndCrlf } from './support';

const GOOD_TEXT = ['字节跳动 Seed 大模型算法一面', '1. 自我介绍', '2. 讲讲 RoPE 的原理？', '3. 手撕：接雨水'].join('\n');

const NOISE_ONLY = [
  '使用模型: gemini-2.5-flash-lite',
  '开始提问: 请总结这篇大模型面试经验分享的主要内容，提取关键面试经验、技巧和建议',
  '',
  '当前使用模型: gemini-2.5-flash-lite',
  "调用Gemini API时发生错误: 429 RESOURCE_EXHAUSTED. {'error': {'code': 429, 'status': 'RESOURCE_EXHAUSTED'}}",
  '模型 gemini-2.5-flash-lite 配额已用完，尝试切换模型或API密钥...',
  '已切换到新API密钥: AIzaSyATTa...',
  '已切换到新模型: gemini-1.5-flash',
  "调用Gemini API时发生错误: 404 NOT_FOUND. {'error': {'code': 404, 'status': 'NOT_FOUND'}}",
  '处理失败',
].join('\n');

const BROKEN_QUOTE_CSV = ['title,content', '美团 一面,"1. 自我介绍', '2. 讲讲 LoRA"', '京东 二面,"1. 讲讲 RAG', '2. 手撕：反转链表'].join('\n');

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);
const ELF = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00]);

const BAD: Array<{ input: InputFile; cause: RegExp }> = [
  { input: file('empty.txt', new Uint8Array()), cause: /empty/ },
  { input: file('blank.md', ' \n\t\n\u3000\n'), cause: /empty/ },
  { input: file('program.bin', ELF), cause: /not text/ },
  { input: file('screenshot.png', PNG), cause: /image|not text/ },
  { input: file('photo.jpg', JPEG), cause: /image|not text/ },
  { input: file('noise-only.txt', NOISE_ONLY), cause: /no interview questions|noise/ },
];

function run(files: InputFile[]) {
  return loadFiles(files);
}

describe('bad inputs among good ones', () => {
  const good = fixtureCases().slice(0, 3).map((c) => ({ name: c.name, bytes: c.bytes }));
  const mixed = [good[0], ...BAD.map((b) => b.input), ...good.slice(1)].filter((f): f is InputFile => f !== undefined);
  const result = run(mixed);

  it('reports every input file once, in the order given', () => {
    expect(result.report.files.map((f) => f.source)).toEqual(mixed.map((f) => f.name));
  });

  it.each(BAD.map((b) => [b.input.name, b] as const))('skips %s with a reason that names it and says why', (name, bad) => {
    const report = result.report.files.find((f) => f.source === name);
    expect(report?.status).toBe('skipped');
    expect(report?.reason).toContain(name);
    expect(report?.reason).toMatch(bad.cause);
    expect(report?.posts).toBe(0);
    expect(report?.questions).toBe(0);
  });

  it('still loads every good file exactly as it loads alone', () => {
    const alone = run(good);
    const strip = (r: typeof result) => r.questions.map((q) => [q.source, q.round, q.text, q.kind, q.leetcode]);
    expect(strip(result)).toEqual(strip(alone));
    expect(result.report.files.filter((f) => f.status === 'loaded').map((f) => f.source)).toEqual(good.map((f) => f.name));
  });

  it('accounts for every line of the noise-only log as noise', () => {
    const report = result.report.files.find((f) => f.source === 'noise-only.txt');
    expect(report?.lines.nonblank).toBe(9);
    expect(report?.lines.noise).toBe(9);
  });

  it('keeps the report’s totals equal to what was loaded', () => {
    expect(result.report.posts).toBe(result.posts.length);
    expect(result.report.questions).toBe(result.questions.length);
    expect(result.report.files.reduce((n, f) => n + f.questions, 0)).toBe(result.questions.length);
  });
});

describe('encodings and line endings', () => {
  it('loads GB18030 text like the same text in UTF-8', () => {
    const utf = run([file('post.txt', GOOD_TEXT)]);
    const gb = run([file('post.txt', gb18030(GOOD_TEXT))]);
    expect(gb.report.files[0]?.status).toBe('loaded');
    expect(gb.questions.map((q) => [q.text, q.leetcode])).toEqual(utf.questions.map((q) => [q.text, q.leetcode]));
    expect(gb.posts[0]?.title).toBe('字节跳动 Seed 大模型算法一面');
  });

  it('loads CRLF text with a BOM without a BOM in the title or a CR in any text', () => {
    const result = run([file('windows.txt', withBomAndCrlf(GOOD_TEXT))]);
    expect(result.posts[0]?.title).toBe('字节跳动 Seed 大模型算法一面');
    expect(result.questions.map((q) => q.text)).toEqual(['自我介绍', '讲讲 RoPE 的原理？', '接雨水']);
    expect(JSON.stringify(result)).not.toMatch(/\\r|\\ufeff|\uFEFF/);
  });
});

describe('a CSV with a broken quote', () => {
  it('loads the rows before it and names the file and the line of the broken row', () => {
    const result = run([file('broken-quote.csv', BROKEN_QUOTE_CSV), file('good.txt', GOOD_TEXT)]);
    const report = result.report.files[0];
    expect(result.posts.find((p) => p.source === 'broken-quote.csv')?.title).toBe('美团 一面');
    const said = [report?.reason ?? '', ...(report?.warnings ?? [])].join('\n');
    expect(said).toMatch(/broken-quote\.csv:4\b/);
    expect(said).toMatch(/quote/i);
    expect(result.report.files[1]?.status).toBe('loaded');
  });
});

describe('big inputs', () => {
  it('loads a post with a 1 MB line of inline image data, keeping its questions', () => {
    const blob = `![](data:image/png;base64,${'iVBORw0KGgoAAAANSUhEUg'.repeat(48_000)})`;
    expect(blob.length).toBeGreaterThan(1_000_000);
    const text = ['# 快手 大模型 面经', '## 一面', '1. 自我介绍', blob, '2. 讲讲 RoPE', '哈'.repeat(1_000_000), '3. 手撕：反转链表'].join('\n');
    const started = performance.now();
    const result = run([file('huge-line.md', text), file('good.txt', GOOD_TEXT)]);
    const seconds = (performance.now() - started) / 1000;
    expect(seconds).toBeLessThan(20);
    const report = result.report.files[0];
    expect(report?.status).toBe('loaded');
    const { nonblank, question, heading, prose, tag, noise } = report?.lines ?? { nonblank: 0, question: 0, heading: 0, prose: 0, tag: 0, noise: 0 };
    expect(question + heading + prose + tag + noise).toBe(nonblank);
    expect(nonblank).toBe(7);
    expect(result.questions.filter((q) => q.source === 'huge-line.md').map((q) => q.text)).toEqual(['自我介绍', '讲讲 RoPE', '反转链表']);
    expect(result.report.files[1]?.status).toBe('loaded');
  });

  it('loads a file of 20,000 questions, numbered in order, every line accounted for', () => {
    const topics = ['RoPE', 'LoRA', 'KV Cache', 'GQA', 'DPO', 'PPO', 'MoE', 'FlashAttention'];
    const lines = ['大模型八股题库（两万题）', '一面'];
    for (let i = 0; i < 20_000; i++) lines.push(`- 讲讲 ${topics[i % topics.length]} 的第 ${i + 1} 个细节？`);
    const started = performance.now();
    const result = run([file('bank.txt', lines.join('\n'))]);
    const seconds = (performance.now() - started) / 1000;
    console.log(`20,000 questions loaded in ${seconds.toFixed(1)} s`);
    expect(seconds).toBeLessThan(45);
    expect(result.questions).toHaveLength(20_000);
    expect(result.questions.every((q, i) => q.seq === i + 1 && q.round === '1')).toBe(true);
    expect(result.questions[19_999]?.text).toBe('讲讲 FlashAttention 的第 20000 个细节？');
    const report = result.report.files[0];
    expect(report?.lines.nonblank).toBe(20_002);
    expect(report?.lines.question).toBe(20_000);
    expect(result.posts[0]?.questionCount).toBe(20_000);
  }, 60_000);
});
