/**
 * The same post from two files loads once: its id comes from normalised content, so a copy under
 * another name, saved with other line endings or widths, or scraped as a log, is a duplicate; and
 * ids are the same on every run and in every file order.
 */
import { describe, expect, it } from 'vitest';
import { loadFiles } from '../../src/loader';
import { file, seedFiles, seedText, withBomAndCrlf } from './support';

const POST = ['美团大模型算法暑期实习面经', '一面：', '1. 自我介绍', '2. 介绍一下 LoRA，为什么低秩有效', '3. 代码题：lc 215'].join('\n');

/** The author's lines of seed 002, as a reader would copy them out of the log into a .txt. */
function seed002Body(): string {
  const lines = seedText('002_6d84eb9790c73d6c.txt').split('\n');
  const start = lines.findIndex((l) => l.startsWith('投稿来自'));
  const end = lines.findIndex((l) => l.startsWith('当前使用模型'));
  return lines.slice(start, end).join('\n');
}

describe('duplicate posts', () => {
  it('loads the same file under two names once and names the first in the second’s reason', () => {
    const result = loadFiles([file('a/post.txt', POST), file('b/copy.txt', POST)]);
    expect(result.posts).toHaveLength(1);
    expect(result.report.duplicate_posts).toBe(1);
    expect(result.report.files.map((f) => f.status)).toEqual(['loaded', 'duplicate']);
    expect(result.report.files[1]?.reason).toContain('copy.txt');
    expect(result.report.files[1]?.reason).toContain('post.txt');
    expect(result.report.questions).toBe(3);
  });

  it('takes a copy saved with a BOM and CRLF for the same post', () => {
    const result = loadFiles([file('post.txt', POST), file('post-windows.txt', withBomAndCrlf(POST))]);
    expect(result.posts).toHaveLength(1);
    expect(result.report.files[1]?.status).toBe('duplicate');
  });

  it('takes a copy with other spacing and full-width punctuation for the same post', () => {
    const respaced = POST.replace(/\. /g, '．').replace(/，/g, ', ').replace(/：/g, ':') + '\n\n';
    const result = loadFiles([file('post.txt', POST), file('respaced.txt', respaced)]);
    expect(result.posts).toHaveLength(1);
    expect(result.report.duplicate_posts).toBe(1);
  });

  it('takes the scraped log of a post and the post copied into a text file for one post', () => {
    const [log] = seedFiles().filter((f) => f.name.startsWith('002'));
    if (!log) throw new Error('seed 002 missing');
    const result = loadFiles([log, file('copied.txt', seed002Body())]);
    expect(result.posts).toHaveLength(1);
    expect(result.report.files.map((f) => f.status)).toEqual(['loaded', 'duplicate']);
    expect(result.questions).toHaveLength(25);
  });

  it('loads the five seeds twice as five posts, the second five all duplicates', () => {
    const seeds = seedFiles();
    const again = seeds.map((s) => ({ name: `copy-${s.name}`, bytes: s.bytes }));
    const result = loadFiles([...seeds, ...again]);
    expect(result.posts).toHaveLength(5);
    expect(result.report.duplicate_posts).toBe(5);
    expect(result.report.files.slice(5).every((f) => f.status === 'duplicate')).toBe(true);
  });

  it('keeps two different posts that share some questions as two posts', () => {
    const other = POST.replace('3. 代码题：lc 215', '3. 代码题：lc 146');
    expect(loadFiles([file('a.txt', POST), file('b.txt', other)]).posts).toHaveLength(2);
  });
});

describe('stable ids', () => {
  it('gives the same post and question ids on every run', () => {
    const first = loadFiles(seedFiles());
    const second = loadFiles(seedFiles());
    expect(second.posts.map((p) => p.id)).toEqual(first.posts.map((p) => p.id));
    expect(second.questions.map((q) => q.id)).toEqual(first.questions.map((q) => q.id));
  });

  it('gives the same ids whatever the order of the files or their names', () => {
    const seeds = seedFiles();
    const forward = loadFiles(seeds);
    const backward = loadFiles([...seeds].reverse().map((s) => ({ name: `renamed-${s.name}`, bytes: s.bytes })));
    const ids = (r: typeof forward) => new Set(r.questions.map((q) => q.id));
    expect(ids(backward)).toEqual(ids(forward));
    expect(new Set(backward.posts.map((p) => p.id))).toEqual(new Set(forward.posts.map((p) => p.id)));
  });

  it('gives every question of a load its own id', () => {
    const result = loadFiles(seedFiles());
    expect(new Set(result.questions.map((q) => q.id)).size).toBe(result.questions.length);
  });
});
