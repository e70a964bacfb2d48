/**
 * Stage 2 for spreadsheets: a CSV with a header row → posts (a text column, optional title,
 * company, date…), each cell's lines numbered by their line in the file; broken quotes and
 * ragged rows become warnings that name the file and line; our own questions.csv reads back.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadFiles, questionsToCsv } from '../../src/loader';
import { parseCsv } from '../../src/loader/csv-input';
import { file, fixtureCases, withBomAndCrlf } from './support';

const POSTS_CSV = [
  'title,content,company,date',
  '字节飞书 大模型算法一面,"1. 自我介绍',
  '2. 飞书文档问答用的 RAG 怎么做权限隔离',
  '3. 手撕：合并区间",,2025-06-03',
  '淘天 搜索推荐大模型 二面,"二面：',
  '1. Semantic ID 怎么构建",阿里巴巴,2025-06-10',
].join('\n');

describe('parseCsv', () => {
  it('reads one post per row with its title, company and date', () => {
    const { posts, warnings, error } = parseCsv(POSTS_CSV, 'posts.csv');
    expect(error).toBeUndefined();
    expect(warnings).toEqual([]);
    expect(posts.map((p) => p.fields)).toEqual([
      { title: '字节飞书 大模型算法一面', date: '2025-06-03' },
      { title: '淘天 搜索推荐大模型 二面', company: '阿里巴巴', date: '2025-06-10' },
    ]);
  });

  it('numbers the lines of a multi-line cell by their line in the file', () => {
    const { posts } = parseCsv(POSTS_CSV, 'posts.csv');
    expect(posts[0]?.lines.map((l) => [l.no, l.text])).toEqual([
      [2, '1. 自我介绍'],
      [3, '2. 飞书文档问答用的 RAG 怎么做权限隔离'],
      [4, '3. 手撕：合并区间'],
    ]);
    expect(posts[1]?.lines.map((l) => l.no)).toEqual([5, 6]);
  });

  it('understands Chinese column names 标题, 正文, 公司 and 发布时间', () => {
    const text = ['标题,正文,公司,发布时间', '一面面经,"1. 讲讲 RoPE",快手,2025-05-20'].join('\n');
    expect(parseCsv(text, 'zh.csv').posts.map((p) => [p.fields, p.lines.map((l) => l.text)])).toEqual([
      [{ title: '一面面经', company: '快手', date: '2025-05-20' }, ['1. 讲讲 RoPE']],
    ]);
  });

  it('refuses a CSV without a text column, naming the columns it found', () => {
    const { error, posts } = parseCsv('name,score\nalice,3\n', 'scores.csv');
    expect(posts).toEqual([]);
    expect(error).toMatch(/text/);
    expect(error).toMatch(/name, score/);
  });

  it('warns about a quote that is never closed, naming the file and the line it opens on', () => {
    const text = ['title,content', '美团 一面,"1. 自我介绍', '2. 讲讲 LoRA"', '京东 二面,"1. 讲讲 RAG', '2. 手撕：反转链表'].join('\n');
    const { warnings } = parseCsv(text, 'broken-quote.csv');
    expect(warnings.some((w) => w.startsWith('broken-quote.csv:4:') && /quote/i.test(w))).toBe(true);
  });

  it('warns about a row with more cells than the header, naming its line', () => {
    const text = ['title,content', '美团 一面,"1. 自我介绍",extra,cells', '京东 二面,"1. 讲讲 RAG"'].join('\n');
    const { warnings, posts } = parseCsv(text, 'ragged.csv');
    expect(posts).toHaveLength(2);
    expect(warnings.some((w) => w.startsWith('ragged.csv:2:'))).toBe(true);
  });

  it('keeps doubled quotes inside a cell as one quote', () => {
    const text = ['title,content', '一面,"1. 面试官说""这题很简单""，讲讲 RoPE"'].join('\n');
    expect(parseCsv(text, 'q.csv').posts[0]?.lines.map((l) => l.text)).toEqual(['1. 面试官说"这题很简单"，讲讲 RoPE']);
  });
});

describe('CSV files in loadFiles', () => {
  it('loads an Excel-saved CSV (BOM, CRLF) like the plain one', () => {
    const plain = loadFiles([file('posts.csv', POSTS_CSV)]);
    const excel = loadFiles([file('posts.csv', withBomAndCrlf(POSTS_CSV))]);
    expect(excel.questions.map((q) => [q.round, q.text])).toEqual(plain.questions.map((q) => [q.round, q.text]));
    expect(excel.posts.map((p) => [p.title, p.company, p.date])).toEqual([
      ['字节飞书 大模型算法一面', 'bytedance', '2025-06-03'],
      ['淘天 搜索推荐大模型 二面', 'alibaba', '2025-06-10'],
    ]);
  });

  it('loads the rows before a broken quote and names the file and line in the report', () => {
    const text = ['title,content,date', '美团 一面,"1. 自我介绍",2025-06-01', '京东 二面,"1. 讲讲 RAG,2025-06-02', '快手 一面,"1. 讲讲 RoPE",2025-06-03'].join(
      '\n',
    );
    const result = loadFiles([file('mid-broken.csv', text)]);
    const report = result.report.files[0];
    expect(result.posts[0]?.title).toBe('美团 一面');
    expect(result.questions[0]?.text).toBe('自我介绍');
    const said = [report?.reason ?? '', ...(report?.warnings ?? [])].join('\n');
    expect(said).toMatch(/mid-broken\.csv:3\b/);
  });

  it('skips a CSV without a text column with a reason that names it', () => {
    const result = loadFiles([file('scores.csv', 'name,score\nalice,3\n')]);
    expect(result.report.files[0]?.status).toBe('skipped');
    expect(result.report.files[0]?.reason).toMatch(/scores\.csv/);
  });

  it('reads its own questions.csv back as the same questions in the same rounds', () => {
    const inputs = fixtureCases()
      .filter((c) => !c.name.endsWith('.csv'))
      .map((c) => ({ name: c.name, bytes: c.bytes }));
    const first = loadFiles(inputs);
    const again = loadFiles([file('questions.csv', questionsToCsv(first.questions))]);
    expect(again.questions.map((q) => [q.round, q.text, q.kind, q.postKind])).toEqual(
      first.questions.map((q) => [q.round, q.text, q.kind, q.postKind]),
    );
    expect(again.posts).toHaveLength(first.posts.length);
  });
});

describe('CSV columns in the output', () => {
  it.each([
    ['2025-06-03', '2025-06-03'],
    ['2025/6/3', '2025-06-03'],
    ['2025.6.3', '2025-06-03'],
    ['2025年6月3日', '2025-06-03'],
    ['6月3日', '06-03'],
    ['2025-06-03 14:22:10', '2025-06-03'],
    ['昨天', ''],
  ])('writes the date column %s as “%s”', (value, date) => {
    const text = Papa.unparse([{ title: '美团 一面', content: '1. 自我介绍\n2. 讲讲 LoRA', date: value }], { newline: '\n' });
    expect(loadFiles([file('dated.csv', text)]).posts[0]?.date).toBe(date);
  });

  it.each([
    ['字节跳动', 'bytedance'],
    ['阿里巴巴', 'alibaba'],
    ['tencent', 'tencent'],
    ['Moonshot AI', 'moonshot'],
    ['商汤', 'sensetime'],
    ['', 'unknown'],
  ])('writes the company column %s as the id %s', (value, id) => {
    const text = Papa.unparse([{ title: '一面', content: '1. 自我介绍\n2. 讲讲 LoRA', company: value }], { newline: '\n' });
    expect(loadFiles([file('company.csv', text)]).posts[0]?.company).toBe(id);
  });
});
