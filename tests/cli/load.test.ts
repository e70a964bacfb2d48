/**
 * `npm run load -- [PATH...] [--out DIR]` as a user runs it: a real process on temp folders.
 * Exit 0 whenever it ran (bad files are named on stderr and in report.json); non-zero with one
 * line on stderr only when it could not run at all.
 */
import { execFileSync } from 'node:child_process';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import type { LoadReport } from '../../src/loader';
import { FIXTURE_DIR, ROOT, SECRET_FRAGMENT } from '../loader/support';

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

const temp = mkdtempSync(join(tmpdir(), 'mianjing-cli-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

let folders = 0;
function folder(name: string): string {
  const path = join(temp, `${++folders}-${name}`);
  mkdirSync(path, { recursive: true });
  return path;
}

/**
 * Runs the CLI the way `npm run load --` does. A non-zero exit is returned, not thrown; stderr is
 * kept on success too (execFileSync drops it), through a file the child writes to directly.
 */
function load(args: string[]): Run {
  const errPath = join(temp, `stderr-${++folders}.txt`);
  const errFd = openSync(errPath, 'w');
  const stderr = () => readFileSync(errPath, 'utf8');
  try {
    const stdout = execFileSync('npx', ['tsx', 'src/cli/load.ts', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', errFd],
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 120_000,
    });
    return { status: 0, stdout, stderr: stderr() };
  } catch (error) {
    const e = error as { status: number | null; stdout: string | null };
    return { status: e.status ?? -1, stdout: e.stdout ?? '', stderr: stderr() };
  } finally {
    closeSync(errFd);
  }
}

/** stderr without npm's own warnings about the user's npm config. */
const ownLines = (stderr: string) =>
  stderr
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('npm warn'));

function readOutputs(out: string) {
  const posts = Papa.parse<Record<string, string>>(readFileSync(join(out, 'posts.csv'), 'utf8'), { header: true, skipEmptyLines: true });
  const questions = Papa.parse<Record<string, string>>(readFileSync(join(out, 'questions.csv'), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as LoadReport;
  return { posts: posts.data, questions: questions.data, report };
}

describe('npm run load', () => {
  it('reads data/raw by default and finds the five seed posts: unknown, bytedance, bytedance, a guide, meituan', () => {
    const out = folder('seeds-out');
    const run = load(['--out', out]);
    expect(run.status).toBe(0);
    const { posts, questions, report } = readOutputs(out);
    expect(posts.map((p) => [p.source?.slice(0, 3), p.post_kind, p.company])).toEqual([
      ['000', 'interview', 'unknown'],
      ['001', 'interview', 'bytedance'],
      ['002', 'interview', 'bytedance'],
      ['003', 'guide', 'unknown'],
      ['004', 'interview', 'meituan'],
    ]);
    expect(report.posts).toBe(5);
    expect(report.questions).toBe(questions.length);
    expect(posts.map((p) => Number(p.question_count)).reduce((a, b) => a + b, 0)).toBe(questions.length);
    for (const f of report.files) {
      const { nonblank, question, heading, prose, tag, noise } = f.lines;
      expect(question + heading + prose + tag + noise, f.source).toBe(nonblank);
    }
  });

  it('writes posts.csv, questions.csv and report.json for a folder of posts, read recursively', () => {
    const input = folder('posts');
    mkdirSync(join(input, 'nested', 'deeper'), { recursive: true });
    copyFileSync(join(FIXTURE_DIR, 'nowcoder-bytedance-seed.txt'), join(input, 'nowcoder-bytedance-seed.txt'));
    copyFileSync(join(FIXTURE_DIR, 'md-tencent-hunyuan.md'), join(input, 'nested', 'md-tencent-hunyuan.md'));
    copyFileSync(join(FIXTURE_DIR, 'csv-several-posts.csv'), join(input, 'nested', 'deeper', 'csv-several-posts.csv'));
    const out = join(folder('out'), 'made', 'by', 'cli');
    const run = load([input, '--out', out]);
    expect(run.status).toBe(0);
    const { posts, questions, report } = readOutputs(out);
    expect(report.files.map((f) => [f.source, f.status]).sort()).toEqual([
      ['csv-several-posts.csv', 'loaded'],
      ['md-tencent-hunyuan.md', 'loaded'],
      ['nowcoder-bytedance-seed.txt', 'loaded'],
    ]);
    expect(posts).toHaveLength(5);
    expect(Object.keys(questions[0] ?? {}).slice(0, 13)).toEqual([
      'question_id', 'post_id', 'source', 'post_kind', 'company', 'round', 'seq', 'text', 'kind', 'topics', 'areas', 'leetcode', 'evidence',
    ]);
    expect(new Set(questions.map((q) => q.post_id))).toEqual(new Set(posts.map((p) => p.post_id)));
  });

  it('accepts --out=DIR and several paths, files and folders mixed', () => {
    const a = folder('a');
    writeFileSync(join(a, 'one.txt'), '美团 一面\n1. 自我介绍\n2. 讲讲 LoRA');
    const single = join(folder('b'), 'two.txt');
    writeFileSync(single, '京东 二面\n1. 讲讲 RAG\n2. 手撕：反转链表');
    const out = folder('out-eq');
    const run = load([a, single, `--out=${out}`]);
    expect(run.status).toBe(0);
    expect(readOutputs(out).posts.map((p) => p.company).sort()).toEqual(['jd', 'meituan']);
  });

  it('exits 0 with a bad file among good ones, naming the bad file on stderr and in report.json', () => {
    const input = folder('mixed');
    copyFileSync(join(FIXTURE_DIR, 'nowcoder-bytedance-seed.txt'), join(input, 'good.txt'));
    writeFileSync(join(input, 'photo.jpg'), new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]));
    writeFileSync(join(input, 'empty.txt'), '');
    const out = folder('mixed-out');
    const run = load([input, '--out', out]);
    expect(run.status).toBe(0);
    const said = ownLines(run.stderr);
    expect(said.some((l) => l.includes('photo.jpg') && /not text|image/.test(l))).toBe(true);
    expect(said.some((l) => l.includes('empty.txt') && /empty/.test(l))).toBe(true);
    const { report, questions } = readOutputs(out);
    expect(report.files.find((f) => f.source === 'photo.jpg')?.status).toBe('skipped');
    expect(report.files.find((f) => f.source === 'good.txt')?.status).toBe('loaded');
    expect(questions.length).toBe(11);
  });

  it('exits non-zero with one line naming a path that does not exist, writing nothing', () => {
    const out = join(folder('never'), 'out');
    const run = load([join(temp, 'no-such-folder'), '--out', out]);
    expect(run.status).not.toBe(0);
    const said = ownLines(run.stderr);
    expect(said).toHaveLength(1);
    expect(said[0]).toContain('no-such-folder');
    expect(existsSync(join(out, 'posts.csv'))).toBe(false);
  });

  it('exits non-zero with one line when the output folder cannot be written', () => {
    const input = folder('ok');
    writeFileSync(join(input, 'one.txt'), '美团 一面\n1. 自我介绍');
    const blocker = join(folder('blocked'), 'a-file');
    writeFileSync(blocker, 'not a folder');
    const run = load([input, '--out', join(blocker, 'out')]);
    expect(run.status).not.toBe(0);
    const said = ownLines(run.stderr);
    expect(said).toHaveLength(1);
    expect(said[0]).toContain('a-file');
  });

  it('never prints an API key on stderr or in its files', () => {
    const input = folder('keys');
    writeFileSync(join(input, 'keys.csv'), 'AIzaSyD8kQ2mT9vXw3LpR7nB5cY1hJ6fG4eK0sA,gemini-2.5-flash-lite\n');
    copyFileSync(join(FIXTURE_DIR, 'log-ant-api-keys.txt'), join(input, 'log-ant-api-keys.txt'));
    const out = folder('keys-out');
    const run = load([input, '--out', out]);
    expect(run.status).toBe(0);
    const written = ['posts.csv', 'questions.csv', 'report.json'].map((f) => readFileSync(join(out, f), 'utf8')).join('\n');
    expect(run.stderr).not.toMatch(SECRET_FRAGMENT);
    expect(written).not.toMatch(SECRET_FRAGMENT);
  });

  it('gives the same files twice in a row', () => {
    const first = folder('again-1');
    const second = folder('again-2');
    expect(load(['--out', first]).status).toBe(0);
    expect(load(['--out', second]).status).toBe(0);
    for (const name of ['posts.csv', 'questions.csv', 'report.json']) {
      expect(readFileSync(join(second, name), 'utf8'), name).toBe(readFileSync(join(first, name), 'utf8'));
    }
  });
});
