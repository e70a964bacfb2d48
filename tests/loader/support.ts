/**
 * Shared helpers for the loader tests: reading fixtures and seeds, turning text into the bytes a
 * user's file would hold (BOM, CRLF, CR, GB18030), and the outputs a user would see.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadFiles, postsToCsv, questionsToCsv, reportToJson } from '../../src/loader';
import type { InputFile, KindId, LoadResult, Post, PostKind, Question, RoundId } from '../../src/loader';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURE_DIR = join(ROOT, 'tests', 'fixtures', 'posts');
export const SEED_DIR = join(ROOT, 'data', 'raw');

export interface ExpectedQuestion {
  round: RoundId;
  text_contains: string;
  kind?: KindId;
  leetcode?: number[];
}

export interface ExpectedPost {
  title_contains?: string;
  company: string;
  team?: string;
  post_kind: PostKind;
  rounds: RoundId[];
  date?: string;
  questions: ExpectedQuestion[];
}

export interface Expected {
  posts: ExpectedPost[];
  no_text_contains?: string[];
}

export interface FixtureCase {
  /** File name of the input, e.g. `xhs-alibaba-tongyi.txt`. */
  name: string;
  bytes: Uint8Array;
  expected: Expected;
}

const INPUT = /\.(txt|md|csv)$/;

/** Every `<case>.{txt,md,csv}` with its `<case>.expected.json`, in name order. */
export function fixtureCases(): FixtureCase[] {
  return readdirSync(FIXTURE_DIR)
    .filter((name) => INPUT.test(name))
    .sort()
    .map((name) => {
      const expectedPath = join(FIXTURE_DIR, name.replace(INPUT, '.expected.json'));
      const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected;
      return { name, bytes: new Uint8Array(readFileSync(join(FIXTURE_DIR, name))), expected };
    });
}

export function seedFiles(): InputFile[] {
  return readdirSync(SEED_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(SEED_DIR, name))) }));
}

export function seedText(name: string): string {
  return readFileSync(join(SEED_DIR, name), 'utf8');
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export function file(name: string, content: string | Uint8Array): InputFile {
  return { name, bytes: typeof content === 'string' ? utf8(content) : content };
}

export function withBomAndCrlf(text: string): Uint8Array {
  const bom = new Uint8Array([0xef, 0xbb, 0xbf]);
  const body = utf8(text.replace(/\r?\n/g, '\r\n'));
  const out = new Uint8Array(bom.length + body.length);
  out.set(bom, 0);
  out.set(body, bom.length);
  return out;
}

export function withCr(text: string): Uint8Array {
  return utf8(text.replace(/\r?\n/g, '\r'));
}

let gbTable: Map<number, number[]> | undefined;

/** Code point → GB18030 bytes, built by decoding every two-byte and BMP four-byte sequence. */
function gb18030Table(): Map<number, number[]> {
  if (gbTable) return gbTable;
  const decoder = new TextDecoder('gb18030');
  const table = new Map<number, number[]>();
  const add = (bytes: number[]) => {
    const text = decoder.decode(new Uint8Array(bytes));
    const cp = text.codePointAt(0);
    if (cp === undefined || cp === 0xfffd || [...text].length !== 1 || table.has(cp)) return;
    table.set(cp, bytes);
  };
  for (let b1 = 0x81; b1 <= 0xfe; b1++) {
    for (let b2 = 0x40; b2 <= 0xfe; b2++) if (b2 !== 0x7f) add([b1, b2]);
  }
  for (let b1 = 0x81; b1 <= 0x84; b1++) {
    for (let b2 = 0x30; b2 <= 0x39; b2++) {
      for (let b3 = 0x81; b3 <= 0xfe; b3++) {
        for (let b4 = 0x30; b4 <= 0x39; b4++) add([b1, b2, b3, b4]);
      }
    }
  }
  gbTable = table;
  return table;
}

/** Text as a Chinese Windows editor saves it (GB18030); Node can decode it but not encode it. */
export function gb18030(text: string): Uint8Array {
  const table = gb18030Table();
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) {
      out.push(cp);
      continue;
    }
    const bytes = table.get(cp);
    if (bytes) {
      out.push(...bytes);
      continue;
    }
    if (cp < 0x10000) throw new Error(`no GB18030 bytes for U+${cp.toString(16)}`);
    // Supplementary planes are one linear run from 0x90308130.
    let linear = cp - 0x10000;
    const b4 = 0x30 + (linear % 10);
    linear = Math.floor(linear / 10);
    const b3 = 0x81 + (linear % 126);
    linear = Math.floor(linear / 126);
    const b2 = 0x30 + (linear % 10);
    const b1 = 0x90 + Math.floor(linear / 10);
    out.push(b1, b2, b3, b4);
  }
  return new Uint8Array(out);
}

/** What a user of the CLI gets to read: the three output files. */
export function outputsOf(result: LoadResult): { posts: string; questions: string; report: string } {
  return {
    posts: postsToCsv(result.posts),
    questions: questionsToCsv(result.questions),
    report: reportToJson(result.report),
  };
}

export function allOutputText(result: LoadResult): string {
  const { posts, questions, report } = outputsOf(result);
  return [posts, questions, report].join('\n');
}

/** API keys as scrapers print them: Google `AIza…`, OpenAI `sk-…`, whole or cut short. */
export const SECRET_FRAGMENT = /AIza[0-9A-Za-z_-]{2,}|(?<![A-Za-z0-9])sk-[A-Za-z0-9_-]{4,}/;

export function loadOne(name: string, content: string | Uint8Array): LoadResult {
  return loadFiles([file(name, content)]);
}

/** Non-blank lines as the loader must count them (after decoding, any line ending). */
export function nonBlankLines(text: string): number {
  return text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '').length;
}

const short = (text: string, n = 48) => (text.length > n ? `${text.slice(0, n)}…` : text).replace(/\n/g, '⏎');

export function questionsOf(result: LoadResult, post: Post): Question[] {
  return result.questions.filter((q) => q.postId === post.id);
}

/** Every way the loader's output differs from the labels, one readable line each. */
export function differences(expected: Expected, result: LoadResult): string[] {
  const out: string[] = [];
  const { posts } = result;
  if (posts.length !== expected.posts.length) {
    out.push(
      `posts: expected ${expected.posts.length}, got ${posts.length} ` +
        `[${posts.map((p) => `${p.company}:${short(p.title, 20)}`).join(' | ')}]`,
    );
  }
  expected.posts.forEach((want, index) => {
    const got = posts[index];
    const at = `post ${index + 1}`;
    if (!got) return;
    if (want.title_contains !== undefined && !got.title.includes(want.title_contains)) {
      out.push(`${at} title: expected to contain “${want.title_contains}”, got “${got.title}”`);
    }
    if (got.company !== want.company) out.push(`${at} company: expected ${want.company}, got ${got.company}`);
    if (want.team !== undefined && got.team !== want.team) out.push(`${at} team: expected “${want.team}”, got “${got.team}”`);
    if (got.kind !== want.post_kind) out.push(`${at} post_kind: expected ${want.post_kind}, got ${got.kind}`);
    if (got.rounds.join(';') !== want.rounds.join(';')) {
      out.push(`${at} rounds: expected [${want.rounds.join(',')}], got [${got.rounds.join(',')}]`);
    }
    if (want.date !== undefined && got.date !== want.date) out.push(`${at} date: expected “${want.date}”, got “${got.date}”`);

    const questions = questionsOf(result, got);
    if (questions.length !== want.questions.length) {
      out.push(`${at} questions: expected ${want.questions.length}, got ${questions.length}`);
      const n = Math.max(questions.length, want.questions.length);
      for (let i = 0; i < n; i++) {
        const w = want.questions[i];
        const g = questions[i];
        out.push(
          `   ${i + 1}. expected ${w ? `[${w.round}] ${w.text_contains}` : '—'}  |  got ${g ? `[${g.round}] ${short(g.text)}` : '—'}`,
        );
      }
      return;
    }
    want.questions.forEach((w, i) => {
      const g = questions[i];
      if (!g) return;
      const q = `${at} question ${i + 1}`;
      if (!g.text.includes(w.text_contains)) out.push(`${q} text: expected to contain “${w.text_contains}”, got “${short(g.text, 80)}”`);
      if (g.round !== w.round) out.push(`${q} (${short(w.text_contains, 20)}) round: expected ${w.round}, got ${g.round}`);
      if (w.kind !== undefined && g.kind !== w.kind) out.push(`${q} (${short(w.text_contains, 20)}) kind: expected ${w.kind}, got ${g.kind}`);
      if (w.leetcode !== undefined && g.leetcode.join(';') !== w.leetcode.join(';')) {
        out.push(`${q} (${short(w.text_contains, 20)}) leetcode: expected [${w.leetcode.join(',')}], got [${g.leetcode.join(',')}]`);
      }
    });
  });
  const text = allOutputText(result);
  for (const banned of expected.no_text_contains ?? []) {
    if (text.includes(banned)) out.push(`outputs contain “${banned}”, which is not the author's text`);
  }
  return out;
}

