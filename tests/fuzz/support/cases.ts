/**
 * Inputs that make a careless pattern slow: one long line of a repeated marker, a keyword followed
 * by a long run of spaces, a long run of digits, thousands of CSV rows whose cells contain
 * escaped quotes. Each case names the loader function it drives; modules load lazily, so a case
 * of one stage runs even while another stage does not import.
 */
import type { Probe } from './probe';
import { probe } from './probe';
import type { SourceLine } from '../../../src/loader/unwrap';

export interface LinearCase {
  name: string;
  /** What the input is, for the failure message. */
  about: string;
  start: number;
  max: number;
  /** A call at the smaller size should take about this long (default 4 ms); 1 keeps a cubic case
   *  short, 20 lets a quadratic term show above a large linear one. */
  minMs?: number;
  load: () => Promise<Probe>;
}

const line = (text: string, no = 1): SourceLine => ({ no, text, origin: 'body' });
const bytes = (text: string) => new TextEncoder().encode(text);

const QUESTION_LINES = [
  '1、讲一下RoPE的原理？',
  '2. LayerNorm和RMSNorm的区别',
  '八股：KV Cache占多少显存？',
  '- 手撕MHA',
  '二面',
  '项目：介绍一下你的实习经历',
  '#面经[话题]# #大模型[话题]#',
  '面试官人很好，整体体验不错',
];
const manyLines = (n: number) => Array.from({ length: n }, (_, i) => QUESTION_LINES[i % QUESTION_LINES.length] ?? '');

async function loader() {
  return import('../../../src/loader');
}

/** Pipeline cases through `loadFiles` need the topic classifier; they load the public API. */
function whole(name: string, about: string, text: (n: number) => string, start: number, max: number, minMs?: number): LinearCase {
  return {
    name,
    about,
    start,
    max,
    ...(minMs === undefined ? {} : { minMs }),
    load: async () => {
      const { loadFiles } = await loader();
      return probe(
        (n) => [{ name: `${name}.txt`, bytes: bytes(text(n)) }],
        (files) => loadFiles(files),
      );
    },
  };
}

export const CASES: LinearCase[] = [
  {
    name: 'segment: one line of repeated 1、',
    about: "segment([{ text: '1、'.repeat(n) }])",
    start: 1024,
    max: 1 << 18,
    load: async () => {
      const { segment } = await import('../../../src/loader/segment');
      return probe((n) => [line('1、'.repeat(n))], (lines) => segment(lines));
    },
  },
  {
    name: 'parsePost: one line of repeated 1、',
    about: "parsePost({ lines: ['一面', '1、'.repeat(n)] })",
    start: 1024,
    max: 1 << 18,
    load: async () => {
      const { parsePost } = await import('../../../src/loader/post');
      return probe(
        (n) => ({ lines: [line('一面'), line('1、'.repeat(n), 2)], imageTitle: '' }),
        (draft) => parsePost(draft, 'x.txt'),
      );
    },
  },
  {
    name: 'segment: many short lines',
    about: 'segment(n lines of questions, headers, tags and prose)',
    start: 256,
    max: 1 << 17,
    load: async () => {
      const { segment } = await import('../../../src/loader/segment');
      return probe((n) => manyLines(n).map((t, i) => line(t, i + 1)), (lines) => segment(lines));
    },
  },
  {
    name: 'parseRoundHeader: a run of digits',
    about: "parseRoundHeader('1'.repeat(n))",
    start: 256,
    max: 1 << 18,
    load: async () => {
      const { parseRoundHeader } = await import('../../../src/loader/segment');
      return probe((n) => '1'.repeat(n), (text) => parseRoundHeader(text));
    },
  },
  {
    name: 'segment: a line of digits',
    about: "segment([{ text: '1'.repeat(n) }])",
    start: 256,
    max: 1 << 18,
    load: async () => {
      const { segment } = await import('../../../src/loader/segment');
      return probe((n) => [line('1'.repeat(n))], (lines) => segment(lines));
    },
  },
  {
    name: 'segment: a kind word, spaces, no colon',
    about: "segment([{ text: '八股' + ' '.repeat(n) + 'x' }])",
    start: 16,
    max: 1 << 18,
    minMs: 1,
    load: async () => {
      const { segment } = await import('../../../src/loader/segment');
      return probe((n) => [line(`八股${' '.repeat(n)}x`)], (lines) => segment(lines));
    },
  },
  {
    name: 'segment: a numbered item with a kind word, spaces, no colon',
    about: "segment([{ text: '1、项目' + ' '.repeat(n) + 'x' }])",
    start: 16,
    max: 1 << 18,
    minMs: 1,
    load: async () => {
      const { segment } = await import('../../../src/loader/segment');
      return probe((n) => [line(`1、项目${' '.repeat(n)}x`)], (lines) => segment(lines));
    },
  },
  {
    name: 'segment: a question mark followed by spaces',
    about: "segment([{ text: '为什么？' + ' '.repeat(n) + 'x' }])",
    start: 16,
    max: 1 << 18,
    minMs: 1,
    load: async () => {
      const { segment } = await import('../../../src/loader/segment');
      return probe((n) => [line(`为什么？${' '.repeat(n)}x`)], (lines) => segment(lines));
    },
  },
  {
    name: 'segment: bold markers, brackets and hashes',
    about: "segment([{ text: '**a' + '（('.repeat(n) + '#'.repeat(n) }])",
    start: 64,
    max: 1 << 17,
    load: async () => {
      const { segment } = await import('../../../src/loader/segment');
      return probe((n) => [line(`**a${'（('.repeat(n)}${'#'.repeat(n)}`)], (lines) => segment(lines));
    },
  },
  {
    name: 'leetcodeNumbers: lc, spaces, no number',
    about: "leetcodeNumbers('lc' + ' '.repeat(n) + 'x')",
    start: 64,
    max: 1 << 18,
    load: async () => {
      const { leetcodeNumbers } = await import('../../../src/loader/leetcode');
      return probe((n) => `lc${' '.repeat(n)}x`, (text) => leetcodeNumbers(text));
    },
  },
  {
    name: 'parsePost: a question of lc, spaces, no number',
    about: "parsePost({ lines: ['一面', '1、lc' + ' '.repeat(n) + 'x'] })",
    start: 64,
    max: 1 << 18,
    minMs: 1,
    load: async () => {
      const { parsePost } = await import('../../../src/loader/post');
      return probe(
        (n) => ({ lines: [line('一面'), line(`1、lc${' '.repeat(n)}x`, 2)], imageTitle: '' }),
        (draft) => parsePost(draft, 'x.txt'),
      );
    },
  },
  {
    name: 'leetcodeNumbers: long text with problem titles',
    about: "leetcodeNumbers('两数之和的的'.repeat(n))",
    start: 256,
    max: 1 << 17,
    load: async () => {
      const { leetcodeNumbers } = await import('../../../src/loader/leetcode');
      return probe((n) => '两数之和的的'.repeat(n), (text) => leetcodeNumbers(text));
    },
  },
  {
    name: 'postKindOf: a run of digits',
    about: "postKindOf('1'.repeat(n), 0)",
    start: 256,
    max: 1 << 18,
    load: async () => {
      const { postKindOf } = await import('../../../src/loader/meta');
      return probe((n) => '1'.repeat(n), (text) => postKindOf(text, 0));
    },
  },
  {
    name: 'metaOf: long prose naming companies',
    about: "metaOf({ prose: ['字节豆包 2025年8月2日 '.repeat(n)] })",
    start: 64,
    max: 1 << 15,
    load: async () => {
      const { metaOf } = await import('../../../src/loader/meta');
      return probe(
        (n) => ({ titles: [], headers: [], hashtags: [], prose: ['字节豆包 2025年8月2日 '.repeat(n)] }),
        (sources) => metaOf(sources),
      );
    },
  },
  {
    name: 'parseCsv: escaped quotes in every row',
    about: 'parseCsv(n rows whose text cell starts with ""quoted"" words)',
    start: 64,
    max: 1 << 15,
    minMs: 20,
    load: async () => {
      const { parseCsv } = await import('../../../src/loader/csv-input');
      return probe(
        (n) => `title,text\n${Array.from({ length: n }, (_, i) => `t${i},"他说""RoPE ${i}""是什么？"`).join('\n')}\n`,
        (text) => parseCsv(text, 'x.csv'),
      );
    },
  },
  {
    name: 'parseCsv: rows with plain cells',
    about: 'parseCsv(n rows of plain cells)',
    start: 64,
    max: 1 << 15,
    load: async () => {
      const { parseCsv } = await import('../../../src/loader/csv-input');
      return probe(
        (n) => `title,text\n${Array.from({ length: n }, (_, i) => `t${i},讲一下RoPE ${i}？`).join('\n')}\n`,
        (text) => parseCsv(text, 'x.csv'),
      );
    },
  },
  {
    name: 'parseCsv: one huge quoted field',
    about: 'parseCsv(one cell of n lines)',
    start: 256,
    max: 1 << 17,
    load: async () => {
      const { parseCsv } = await import('../../../src/loader/csv-input');
      return probe(
        (n) => `title,text\nt,"${Array.from({ length: n }, (_, i) => `${i + 1}、问题${i}`).join('\n')}"\n`,
        (text) => parseCsv(text, 'x.csv'),
      );
    },
  },
  {
    name: 'parseCsv: a quote never closed',
    about: 'parseCsv(a cell opening a quote, then n lines)',
    start: 256,
    max: 1 << 17,
    load: async () => {
      const { parseCsv } = await import('../../../src/loader/csv-input');
      return probe(
        (n) => `title,text\nt,"1、开头\n${Array.from({ length: n }, (_, i) => `a${i},b,"c`).join('\n')}\n`,
        (text) => parseCsv(text, 'x.csv'),
      );
    },
  },
  {
    name: 'parseCsv: ragged rows',
    about: 'parseCsv(n rows of 1 to 6 cells)',
    start: 64,
    max: 1 << 15,
    load: async () => {
      const { parseCsv } = await import('../../../src/loader/csv-input');
      return probe(
        (n) => `title,text,company\n${Array.from({ length: n }, (_, i) => Array.from({ length: 1 + (i % 6) }, (_, j) => `c${i}_${j}？`).join(',')).join('\n')}\n`,
        (text) => parseCsv(text, 'x.csv'),
      );
    },
  },
  {
    name: 'unwrap: a scraper log of n lines',
    about: 'unwrap(banner, prompt, then n lines of questions and noise)',
    start: 256,
    max: 1 << 17,
    load: async () => {
      const { unwrap } = await import('../../../src/loader/unwrap');
      const noise = ['处理失败', '当前使用模型: gemini', '调用Gemini API时发生错误: 429 RESOURCE_EXHAUSTED. {}'];
      return probe(
        (n) =>
          ['使用模型: gemini', '开始提问: 总结', ...Array.from({ length: n }, (_, i) => (i % 4 === 3 ? noise[i % 3] : QUESTION_LINES[i % 8]))].join('\n'),
        (text) => unwrap(text),
      );
    },
  },
  {
    name: 'unwrap: a line of = then text',
    about: "unwrap('='.repeat(n) + 'x')",
    start: 1024,
    max: 1 << 19,
    load: async () => {
      const { unwrap } = await import('../../../src/loader/unwrap');
      return probe((n) => `${'='.repeat(n)}x`, (text) => unwrap(text));
    },
  },
  {
    name: 'decode: UTF-8 bytes',
    about: 'decode(n copies of a Chinese line, UTF-8)',
    start: 256,
    max: 1 << 16,
    load: async () => {
      const { decode } = await import('../../../src/loader/decode');
      return probe((n) => bytes('1、讲一下RoPE的原理？\r\n'.repeat(n)), (b) => decode(b));
    },
  },
  {
    name: 'decode: GB18030 bytes',
    about: 'decode(n copies of a Chinese line, GB18030)',
    start: 256,
    max: 1 << 16,
    load: async () => {
      const { decode } = await import('../../../src/loader/decode');
      const { encodeGb18030 } = await import('../../../bench/gb18030');
      return probe((n) => encodeGb18030('1、讲一下旋转位置编码的原理？\n'.repeat(n)), (b) => decode(b));
    },
  },
  {
    name: 'findCompanies: long text',
    about: "findCompanies('字节跳动和阿里的面经，'.repeat(n))",
    start: 64,
    max: 1 << 15,
    load: async () => {
      const { findCompanies } = await import('../../../src/loader/companies');
      return probe((n) => '字节跳动和阿里的面经，'.repeat(n), (text) => findCompanies(text));
    },
  },
  {
    name: 'normalizeKey: long text',
    about: "normalizeKey('Ｒｏｐｅ，讲一下！\\u200b'.repeat(n))",
    start: 256,
    max: 1 << 17,
    load: async () => {
      const { normalizeKey } = await import('../../../src/loader/text');
      return probe((n) => 'Ｒｏｐｅ，讲一下！\u200b'.repeat(n), (text) => normalizeKey(text));
    },
  },
  whole('loadFiles: one line of repeated 1、', "loadFiles([file of '1、'.repeat(n)])", (n) => '1、'.repeat(n), 1024, 1 << 18),
  whole(
    'loadFiles: one long question of taxonomy terms and separators',
    "loadFiles([file of '1、讲一下' + 'RoPE-位置编码 KV Cache、'.repeat(n) + '？'])",
    (n) => `一面\n1、讲一下${'RoPE-位置编码 KV Cache、'.repeat(n)}？`,
    64,
    1 << 16,
    // Linear work dominates below ~2,000 terms: time where the quadratic part shows.
    40,
  ),
  whole('loadFiles: n lines of a post', 'loadFiles([file of n lines])', (n) => manyLines(n).join('\n'), 256, 1 << 17),
  whole('loadFiles: a kind word, spaces, no colon', "loadFiles([file of '八股' + ' '.repeat(n) + 'x'])", (n) => `八股${' '.repeat(n)}x`, 16, 1 << 18, 1),
  whole('loadFiles: a line of digits', "loadFiles([file of '1'.repeat(n)])", (n) => '1'.repeat(n), 256, 1 << 18),
  whole('loadFiles: a question of lc, spaces, no number', "loadFiles([file of '1、lc' + ' '.repeat(n) + 'x'])", (n) => `1、lc${' '.repeat(n)}x`, 16, 1 << 18, 1),
  whole('loadFiles: a failure word, spaces, more text', "loadFiles([file of '处理失败' + ' '.repeat(n) + 'x'])", (n) => `处理失败${' '.repeat(n)}x`, 256, 1 << 18),
  whole('loadFiles: an API error word, spaces, more text', "loadFiles([file of '调用' + '\\u3000'.repeat(n) + 'x'])", (n) => `调用${'\u3000'.repeat(n)}x`, 256, 1 << 18),
];
