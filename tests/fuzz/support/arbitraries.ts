/**
 * fast-check generators for what people paste into the loader: posts made of numbered questions
 * in every marker style, round headers (repeated too), kind prefixes, scraper noise, hashtags,
 * prose, fences and separators; then the same text with CRLF/CR line ends, a BOM, zero-width
 * characters, GB18030 bytes; and CSV files with broken quotes, ragged rows and huge fields.
 */
import fc from 'fast-check';

export const QUESTIONS = [
  '讲一下RoPE的原理？',
  'LayerNorm和RMSNorm的区别',
  'KV Cache占多少显存，怎么算？',
  '手撕MHA',
  '介绍一下你的实习经历',
  'DPO的loss是怎么推出来的？',
  'lc 46. 全排列',
  '自我介绍',
  'RAG怎么评估？',
  'GRPO和PPO的区别是什么？',
  'What is speculative decoding?',
  '为什么现在的大模型大多是decoder-only结构',
  '你觉得自己有哪些优缺点？',
  '场景题：如何设计一个智能客服系统？',
  'LoRA的rank怎么选？合并权重时要注意什么',
];

const MARKERS = ['1、', '2. ', '3) ', '(4) ', '（5）', 'Q6: ', '①', '1️⃣', '- ', '• ', '* ', '一、', 'a) ', '八股：', '项目：', '代码题：', '', '  - ', '✅'];
const HEADERS = ['一面', '二面：', '【三面】（60min）', 'HR面', '终面', 'Round 2:', '第一轮', '## 一面', '**二面**', '技术一面', '1面', '抖音一面：自我介绍', '四面（加面）'];
const NOISE = [
  '使用模型: gemini-2.5-flash-lite',
  '开始提问: 请总结这篇面经',
  '--- 图片 1 OCR结果 ---',
  '当前使用模型: gemini-2.5-flash-lite',
  '开始识别图片: /tmp/xhs_post_images/标题/image_1.jpg',
  '提问内容: 图里有什么内容？',
  '处理失败',
  "调用Gemini API时发生错误: 429 RESOURCE_EXHAUSTED. {'error': {'code': 429}}",
  '已切换到新API密钥: AIzaSyXXXXXX...',
  '正在重试第 2 次',
];
const OTHER = [
  '#面经[话题]# #大模型[话题]#',
  '#秋招 #字节跳动',
  '字节豆包大模型算法一面面经 8.2',
  '整体感觉面试官人很好。',
  '希望对大家有帮助，祝大家offer多多',
  '投稿来自“算法打工人”，2025.8.2',
  '=====',
  '---',
  '```python',
  '```',
  '    追问：为什么？',
  '八股部分：',
  '面试时长：60min',
  '问题如下：',
];

const zeroWidth = fc.constantFrom('\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad');

/** Inserts zero-width characters at random places of a line. */
export function withZeroWidth(line: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(line, fc.array(fc.tuple(fc.nat(), zeroWidth), { maxLength: 3 })).map(([text, inserts]) => {
    let out = text;
    for (const [at, ch] of inserts) {
      const i = text.length === 0 ? 0 : at % (out.length + 1);
      out = out.slice(0, i) + ch + out.slice(i);
    }
    return out;
  });
}

const question = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...QUESTIONS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
);

/** One line of a post typed by a person (or pasted from a scraper log). */
export const postLine: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...MARKERS), question).map(([m, q]) => `${m}${q}`) },
  { weight: 2, arbitrary: fc.constantFrom(...HEADERS) },
  { weight: 2, arbitrary: fc.constantFrom(...NOISE) },
  { weight: 2, arbitrary: fc.constantFrom(...OTHER) },
  { weight: 1, arbitrary: fc.constantFrom('', '   ', '\t', '\u3000', ' \u200b ') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
);

export type LineEnd = '\n' | '\r\n' | '\r';

export interface Doc {
  lines: string[];
  bom: boolean;
  /** One line end per line: mixed CRLF/CR/LF files exist. */
  ends: LineEnd[];
}

export const doc: fc.Arbitrary<Doc> = fc
  .array(fc.oneof({ weight: 5, arbitrary: postLine }, { weight: 1, arbitrary: withZeroWidth(postLine) }), { maxLength: 60, size: 'medium' })
  .chain((lines) =>
    fc.record({
      lines: fc.constant(lines),
      bom: fc.boolean(),
      ends: fc.array(fc.constantFrom<LineEnd>('\n', '\r\n', '\r'), { minLength: lines.length, maxLength: lines.length }),
    }),
  );

export function render(d: Doc, ends?: LineEnd): string {
  const body = d.lines.map((line, i) => line + (ends ?? d.ends[i] ?? '\n')).join('');
  return (d.bom ? '\ufeff' : '') + body;
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** A post made only of characters GB18030 encodes in two bytes (no emoji, no lone surrogates). */
export const gbDoc: fc.Arbitrary<string[]> = fc.array(
  fc.oneof(
    fc.tuple(fc.constantFrom('1、', '2. ', '(3) ', '- ', '八股：', '项目：', ''), fc.constantFrom(...QUESTIONS.filter((q) => !/\p{Extended_Pictographic}/u.test(q)))).map(([m, q]) => `${m}${q}`),
    fc.constantFrom('一面', '二面：', '【三面】（60min）', 'HR面', '#面经 #秋招', '整体感觉不错。', '字节豆包大模型一面面经'),
  ),
  { minLength: 1, maxLength: 40 },
);

/** CSV cells: plain, quoted, with escaped quotes, commas, newlines, a lone quote, or huge. */
const cell: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...QUESTIONS, '字节跳动', '2025-08-02', '一面', '') },
  { weight: 3, arbitrary: fc.array(postLine, { maxLength: 8 }).map((lines) => `"${lines.join('\n').replace(/"/g, '""')}"`) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom('"unclosed', 'a"b', '""', '"a""b"', '"x"y', ',', '"\n"') },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 3_000 }).map((n) => `"${'讲一下RoPE的原理？\n'.repeat(n)}"`) },
);

const HEADER_ROWS = [
  'title,company,date,content',
  '标题,公司,发布时间,正文',
  'id,title,text',
  'text',
  'question_id,post_id,source,post_kind,company,round,seq,text,kind',
  'a,b,c',
  'title,text,text',
  '',
];

export interface CsvDoc {
  header: string;
  rows: string[][];
  crlf: boolean;
}

export const csvDoc: fc.Arbitrary<CsvDoc> = fc.record({
  header: fc.constantFrom(...HEADER_ROWS),
  rows: fc.array(fc.array(cell, { minLength: 0, maxLength: 7 }), { maxLength: 25 }),
  crlf: fc.boolean(),
});

export function renderCsv(d: CsvDoc): string {
  const end = d.crlf ? '\r\n' : '\n';
  return [d.header, ...d.rows.map((r) => r.join(','))].join(end) + end;
}
