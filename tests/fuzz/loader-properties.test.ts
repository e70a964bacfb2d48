/**
 * Properties of the loader on generated input (fast-check): it never throws, every report adds up
 * (five line classes = non-blank lines = the input's own non-blank lines), posts and questions
 * agree with the report, and the questions do not depend on how the same text was stored (line
 * ends, BOM, GB18030 instead of UTF-8, a second copy of a file).
 *
 * FUZZ_RUNS (default 100) and FUZZ_SEED make a longer or a repeated run:
 *   FUZZ_RUNS=2000 npx vitest run tests/fuzz
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeGb18030 } from '../../bench/gb18030';
import { loadFiles } from '../../src/loader';
import type { LoadResult } from '../../src/loader/types';
import { csvDoc, doc, gbDoc, render, renderCsv, utf8, withZeroWidth, QUESTIONS } from './support/arbitraries';
import { problemsOf, type Input } from './support/invariants';

const runs = Number(process.env.FUZZ_RUNS ?? 100);
const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const params = { numRuns: runs, ...(seed === undefined ? {} : { seed }) };

function load(inputs: Input[]): LoadResult {
  return loadFiles(inputs.map((i) => ({ name: i.name, bytes: i.bytes })));
}

/** Loads and checks every invariant; the property fails with the list of what did not add up. */
function loadChecked(inputs: Input[]): LoadResult {
  const result = load(inputs);
  expect(problemsOf(result, inputs)).toEqual([]);
  return result;
}

/** What a question is, independent of file name and line number. */
const shape = (r: LoadResult) => r.questions.map((q) => `${q.round}|${q.seq}|${q.kind}|${q.topics.join(';')}|${q.text}`);

describe('the loader never throws and its report always adds up', () => {
  it('on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), fc.constantFrom('x.txt', 'x.md', 'x.csv'), (bytes, name) => {
        loadChecked([{ name, bytes }]);
      }),
      params,
    );
  });

  it('on random Unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), fc.constantFrom('x.txt', 'x.csv'), (text, name) => {
        loadChecked([{ name, bytes: utf8(text) }]);
      }),
      params,
    );
  });

  it('on random lines of Unicode graphemes with mixed line ends', () => {
    const line = fc.string({ unit: 'grapheme', maxLength: 60 });
    const end = fc.constantFrom('\n', '\r\n', '\r');
    fc.assert(
      fc.property(fc.array(fc.tuple(line, end), { maxLength: 80 }), (rows) => {
        loadChecked([{ name: 'x.txt', bytes: utf8(rows.map(([l, e]) => l + e).join('')) }]);
      }),
      params,
    );
  });

  it('on posts: numbering, repeated headers, noise, tags, BOMs, zero-width characters, CRLF/CR', () => {
    fc.assert(
      fc.property(doc, fc.constantFrom('post.txt', 'post.md'), (d, name) => {
        loadChecked([{ name, bytes: utf8(render(d)) }]);
      }),
      params,
    );
  });

  it('on CSV files with broken quotes, ragged rows and large fields', () => {
    fc.assert(
      fc.property(csvDoc, fc.boolean(), (d, bom) => {
        loadChecked([{ name: 'posts.csv', bytes: utf8((bom ? '\ufeff' : '') + renderCsv(d)) }]);
      }),
      { ...params, numRuns: Math.max(10, Math.round(runs / 2)) },
    );
  });

  it('on several files at once, duplicates included', () => {
    fc.assert(
      fc.property(fc.array(doc, { minLength: 1, maxLength: 4 }), fc.nat(), (docs, pick) => {
        const inputs = docs.map((d, i) => ({ name: `p${i}.txt`, bytes: utf8(render(d)) }));
        const copied = inputs[pick % inputs.length];
        if (copied) inputs.push({ name: 'copy.txt', bytes: copied.bytes });
        loadChecked(inputs);
      }),
      { ...params, numRuns: Math.max(10, Math.round(runs / 2)) },
    );
  });
});

describe('the same text gives the same questions however it is stored', () => {
  it('with LF, CRLF or CR line ends and with or without a BOM', () => {
    fc.assert(
      fc.property(doc, (d) => {
        const lf = load([{ name: 'a.txt', bytes: utf8(render({ ...d, bom: false }, '\n')) }]);
        const crlf = load([{ name: 'a.txt', bytes: utf8(render({ ...d, bom: true }, '\r\n')) }]);
        const cr = load([{ name: 'a.txt', bytes: utf8(render({ ...d, bom: false }, '\r')) }]);
        expect(shape(crlf)).toEqual(shape(lf));
        expect(shape(cr)).toEqual(shape(lf));
      }),
      params,
    );
  });

  it('in GB18030 and in UTF-8', () => {
    fc.assert(
      fc.property(gbDoc, (lines) => {
        const text = `${lines.join('\n')}\n`;
        const gb = loadChecked([{ name: 'a.txt', bytes: encodeGb18030(text) }]);
        const u8 = load([{ name: 'a.txt', bytes: utf8(text) }]);
        expect(shape(gb)).toEqual(shape(u8));
      }),
      params,
    );
  });

  it('with zero-width characters inside numbered questions', () => {
    const numbered = fc.tuple(fc.constantFrom('1、', '2. ', '- ', 'Q3: '), fc.constantFrom(...QUESTIONS)).map(([m, q]) => `${m}${q}`);
    fc.assert(
      fc.property(fc.array(fc.tuple(numbered, withZeroWidth(fc.constant(''))), { minLength: 1, maxLength: 20 }), (rows) => {
        const clean = rows.map(([line]) => line);
        const dirty = rows.map(([line, zw]) => {
          // Zero-width characters after the marker, inside the question's own words.
          const cut = Math.max(1, Math.floor(line.length / 2));
          return line.slice(0, cut) + zw + line.slice(cut);
        });
        const a = load([{ name: 'a.txt', bytes: utf8(`一面\n${clean.join('\n')}\n`) }]);
        const b = loadChecked([{ name: 'a.txt', bytes: utf8(`一面\n${dirty.join('\n')}\n`) }]);
        expect(shape(b).map((s) => s.replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, ''))).toEqual(shape(a));
      }),
      params,
    );
  });

  it('loaded twice (the second copy is a duplicate and adds nothing)', () => {
    fc.assert(
      fc.property(doc, (d) => {
        const bytes = utf8(render(d));
        const once = load([{ name: 'a.txt', bytes }]);
        const twice = loadChecked([
          { name: 'a.txt', bytes },
          { name: 'b.txt', bytes },
        ]);
        expect(twice.questions.length).toBe(once.questions.length);
        if (once.posts.length > 0) expect(twice.report.files[1]?.status).toBe('duplicate');
      }),
      params,
    );
  });
});
