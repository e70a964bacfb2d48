/**
 * Inputs at the edges (a 1 MB line, 100,000 lines, 10,000 repeated headers, a 5 MB CSV field,
 * GB18030 files) and the smallest inputs that showed each bug the fuzz suite found. A bug's test
 * is `it.fails` until src/loader is fixed: it then fails as "expected to fail", and the fix
 * turns it into `it` (and clears its flag in support/invariants.ts KNOWN_BUGS).
 */
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus';
import { encodeGb18030 } from '../../bench/gb18030';
import { loadFiles, questionsToCsv } from '../../src/loader';
import type { LoadResult } from '../../src/loader/types';
import { utf8 } from './support/arbitraries';
import { nonblankLines, problemsOf } from './support/invariants';

function loadText(name: string, text: string): LoadResult {
  const inputs = [{ name, bytes: utf8(text) }];
  const result = loadFiles(inputs);
  expect(problemsOf(result, inputs)).toEqual([]);
  return result;
}

describe('large and odd inputs load, and their reports add up', () => {
  it('a 1 MB line of repeated 1、', () => {
    const result = loadText('line.txt', `一面\n${'1、'.repeat(262_144)}\n`);
    expect(result.report.files[0]?.lines.nonblank).toBe(2);
  });

  it('a 1 MB line of random-looking Unicode', () => {
    let text = '';
    for (let i = 0; text.length < 500_000; i++) text += String.fromCodePoint(0x4e00 + ((i * 7919) % 20_000), 0x20 + (i % 90));
    loadText('noise.txt', `1、${text}\n2、讲一下RoPE？\n`);
  });

  it('a file of 100,000 lines', () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => (i % 50 === 0 ? '二面' : `${(i % 40) + 1}、讲一下RoPE的原理？第${i}题`));
    const result = loadText('long.txt', lines.join('\r\n'));
    expect(result.report.files[0]?.lines.nonblank).toBe(100_000);
    expect(result.questions.length).toBe(98_000);
  });

  it('10,000 repeated round headers', () => {
    const result = loadText('headers.txt', `${'一面\n'.repeat(10_000)}1、自我介绍\n`);
    expect(result.questions.map((q) => q.round)).toEqual(['1']);
  });

  it('mixed CRLF and CR line ends, a BOM and zero-width characters', () => {
    const text = '\ufeff一面\r\n1、讲一下\u200bRoPE？\r2、LayerNorm和RMSNorm的区别\r\n\u200b\r\n3、手撕MHA\n';
    const result = loadText('mixed.txt', text);
    expect(result.questions.map((q) => q.text)).toEqual(['讲一下RoPE？', 'LayerNorm和RMSNorm的区别', '手撕MHA']);
    expect(result.report.files[0]?.lines.nonblank).toBe(nonblankLines(text));
  });

  it('a CSV with a 5 MB field, broken quotes and ragged rows', () => {
    // 5 MB in 40,000 long lines (200,000 questions in one post would hit the spread bug below).
    const huge = `1、讲一下RoPE的原理？${'位置编码'.repeat(30)}\n`.repeat(40_000);
    const csv = `title,text,company\nbig,"${huge}",字节\nragged\n"unclosed,"1、手撕MHA\nx,y,z,extra,cells\n`;
    const result = loadText('posts.csv', csv);
    expect(result.report.files[0]?.warnings.length).toBeGreaterThan(0);
  });

  it('a generated corpus in GB18030 gives the questions it gives in UTF-8', () => {
    const files = [...generateCorpus({ seed: 5, posts: 60, shares: { csv: 0.2, text: 0.6, markdown: 0.2 } })].filter((f) => f.encoding !== 'gb18030');
    const texts = files.map((f) => new TextDecoder().decode(f.bytes));
    const asUtf8 = loadFiles(texts.map((t, i) => ({ name: files[i]?.name ?? `f${i}`, bytes: utf8(t) })));
    // The test encoder knows two-byte codes only (no emoji, no •): other files stay UTF-8.
    const gb = texts.map((t) => encodeGb18030(t));
    const encodable = texts.map((t, i) => new TextDecoder('gb18030').decode(gb[i]) === t);
    const gbInputs = texts.map((t, i) => ({ name: files[i]?.name ?? `f${i}`, bytes: encodable[i] ? (gb[i] ?? utf8(t)) : utf8(t) }));
    const asGb = loadFiles(gbInputs);
    expect(problemsOf(asGb, gbInputs)).toEqual([]);
    expect(encodable.filter(Boolean).length).toBeGreaterThan(10);
    const shape = (r: LoadResult) => r.questions.map((q) => `${q.id}|${q.text}|${q.topics.join(';')}`);
    expect(shape(asGb)).toEqual(shape(asUtf8));
  });
});

describe('bugs found by the fuzz suite (it.fails until src/loader is fixed)', () => {
  // load.ts Loader.loadFile dedupes against earlier files only (`seen` is filled after the
  // filter), so two identical posts in one file are both kept, with the same ids.
  it('loads a post repeated within one file once', () => {
    const result = loadFiles([{ name: 'two.txt', bytes: utf8('1、讲一下RoPE的原理？\n=====\n1、讲一下RoPE的原理？\n') }]);
    expect(result.posts.length).toBe(1);
    expect(new Set(result.questions.map((q) => q.id)).size).toBe(result.questions.length);
  });

  it('loads a post repeated in two CSV rows once', () => {
    const csv = 'title,text\na,1、讲一下RoPE的原理？\nb,1、讲一下RoPE的原理？\n';
    const result = loadFiles([{ name: 'rows.csv', bytes: utf8(csv) }]);
    expect(result.posts.length).toBe(1);
  });

  // csv-input.ts parseCsv: a question-level row (post_id and round columns) keeps `cell.trim()`
  // even when it is empty.
  it('skips question rows without text', () => {
    const csv = 'question_id,post_id,source,post_kind,company,round,seq,text,kind\n讲一下RoPE的原理？\n';
    const result = loadFiles([{ name: 'q.csv', bytes: utf8(csv) }]);
    expect(result.questions.filter((q) => q.text.trim() === '')).toEqual([]);
  });

  // segment.ts adds fence lines to a question verbatim (`continueLast(line, line.text)`), trailing
  // white space included; csv-input.ts trims the cell when questions.csv is read back.
  it("keeps a question's text through questions.csv", () => {
    const first = loadFiles([{ name: 'p.txt', bytes: utf8('1、讲一下RoPE的原理？\n```python\n  - \n') }]);
    const second = loadFiles([{ name: 'questions.csv', bytes: utf8(questionsToCsv(first.questions)) }]);
    expect(second.questions.map((q) => q.text)).toEqual(first.questions.map((q) => q.text));
  });

  // The kind written to questions.csv is the classifier's output; read back it becomes the
  // classifier's input hint, so a question whose first hint differed is classified differently.
  it("keeps a question's topics through questions.csv", () => {
    const first = loadFiles([{ name: 'p.txt', bytes: utf8('1、场景题：如何设计一个智能客服系统？\n```python\n1、手撕MHA\n') }]);
    const second = loadFiles([{ name: 'questions.csv', bytes: utf8(questionsToCsv(first.questions)) }]);
    expect(second.questions.map((q) => q.topics)).toEqual(first.questions.map((q) => q.topics));
  });

  // unwrap.ts runs matchNoise and redactSecrets on the raw line; segment.ts removes zero-width
  // characters later, which joins the key back together in the question text.
  it('never lets a key through, zero-width characters or not', () => {
    const text = '一面\n\u200b已切换到新API密钥: A\u200bIzaSyXXXXXX...\n1、讲一下RoPE？\n';
    const result = loadFiles([{ name: 'p.txt', bytes: utf8(text) }]);
    const output = questionsToCsv(result.questions);
    expect(output).not.toMatch(/AIza/);
  });

  // load.ts `this.questions.push(...p.questions)`: a spread of 200,000 arguments overflows the stack.
  it('loads a file of 200,000 numbered questions', () => {
    const text = Array.from({ length: 200_000 }, (_, i) => `${(i % 900) + 1}、讲一下RoPE的原理？`).join('\n');
    const result = loadFiles([{ name: 'big.txt', bytes: utf8(text) }]);
    expect(result.questions.length).toBe(200_000);
  });

  // csv-input.ts `post.lines.push(...lines)`: a question cell of 200,000 lines overflows the stack.
  it('loads a question-level CSV whose text cell has 200,000 lines', () => {
    const cell = Array.from({ length: 200_000 }, (_, i) => `line ${i}`).join('\n');
    const csv = `question_id,post_id,source,post_kind,company,round,seq,text,kind\nq1,p1,s,interview,unknown,1,1,"${cell}",concept\n`;
    const result = loadFiles([{ name: 'q.csv', bytes: utf8(csv) }]);
    expect(result.report.files[0]?.status).toBe('loaded');
  });

  // segment.ts `result.hashtags.push(...hashtagsOf(text))`: 200,000 hashtags on one line.
  it('loads a tag line with 200,000 hashtags', () => {
    const result = loadFiles([{ name: 'tags.txt', bytes: utf8(`一面\n1、讲一下RoPE？\n${'#面经 '.repeat(200_000)}\n`) }]);
    expect(result.report.files[0]?.lines.tag).toBe(1);
  });
});
