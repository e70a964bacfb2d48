/**
 * Round trip: posts → questions.csv → loaded again as a CSV → the same questions (ids, posts,
 * rounds, order, text, kind, topics, areas, LeetCode numbers, company and post kind). The file
 * name and line number are the only things allowed to change.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus';
import { loadFiles, questionsToCsv } from '../../src/loader';
import type { InputFile, LoadResult } from '../../src/loader/types';
import { doc, render, utf8 } from './support/arbitraries';
import { hitsZeroWidthKeyBug, KNOWN_BUGS, portable, problemsOf, withoutSameFileRepeats } from './support/invariants';

const runs = Number(process.env.FUZZ_RUNS ?? 100);

function roundTrip(files: InputFile[]): { first: LoadResult; second: LoadResult } {
  const loaded = loadFiles(files);
  // A post repeated within one file should load once (KNOWN_BUGS.repeatedPostInOneFile).
  const first = KNOWN_BUGS.repeatedPostInOneFile ? { ...loaded, ...withoutSameFileRepeats(loaded) } : loaded;
  const csv = { name: 'questions.csv', bytes: utf8(questionsToCsv(first.questions)) };
  const second = loadFiles([csv]);
  expect(problemsOf(second, [csv])).toEqual([]);
  return { first, second };
}

/** The first field that differs for each question that did not survive, for a readable failure. */
function differences(a: LoadResult, b: LoadResult): string[] {
  const out: string[] = [];
  const after = new Map(b.questions.map((q) => [q.id, portable(q)]));
  for (const q of a.questions) {
    const before = portable(q);
    const back = after.get(q.id);
    if (!back) {
      out.push(`${q.id} (${JSON.stringify(q.text.slice(0, 40))}) is missing after the round trip`);
      continue;
    }
    for (const key of Object.keys(before) as Array<keyof typeof before>) {
      if (before[key] !== back[key]) out.push(`${q.id} ${key}: ${JSON.stringify(before[key])} → ${JSON.stringify(back[key])}`);
    }
  }
  if (b.questions.length !== a.questions.length) out.push(`${a.questions.length} questions → ${b.questions.length}`);
  return out;
}

describe('posts → questions.csv → loaded again as CSV', () => {
  it('keeps every question of a generated corpus', () => {
    const files = [...generateCorpus({ seed: 11, posts: 120 })].map((f) => ({ name: f.name, bytes: f.bytes }));
    const { first, second } = roundTrip(files);
    expect(first.questions.length).toBeGreaterThan(1000);
    expect(differences(first, second)).toEqual([]);
    expect(second.posts.length).toBe(first.posts.length);
  });

  it('keeps every question of generated posts', () => {
    fc.assert(
      fc.property(fc.array(doc, { minLength: 1, maxLength: 3 }), (docs) => {
        const texts = docs.map((d) => render(d));
        fc.pre(!texts.some(hitsZeroWidthKeyBug));
        const { first, second } = roundTrip(texts.map((text, i) => ({ name: `p${i}.txt`, bytes: utf8(text) })));
        expect(differences(first, second)).toEqual([]);
      }),
      { numRuns: runs },
    );
  });
});
