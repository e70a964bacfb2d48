/**
 * One loop over tests/fixtures/posts: every `<case>.{txt,md,csv}` is loaded with `loadFiles` and
 * compared with its hand-written `<case>.expected.json` (posts, companies, teams, kinds of post,
 * rounds, dates, question counts, question texts in order, kinds and LeetCode numbers where given).
 *
 * The labels were written by reading the posts, before the loader ran; a difference is a loader
 * bug unless a label is shown to be wrong. `UPDATE_FIXTURES=1` prints what the loader produced
 * beside the labels, for review; it never writes a fixture.
 */
import { describe, expect, it } from 'vitest';
import { decode, loadFiles } from '../../src/loader';
import type { LoadResult } from '../../src/loader';
import {
  type Expected,
  type FixtureCase,
  differences,
  fixtureCases,
  questionsOf,
  gb18030,
  nonBlankLines,
  withBomAndCrlf,
  withCr,
} from './support';

const cases = fixtureCases();
const UPDATE = process.env.UPDATE_FIXTURES === '1';

/**
 * Fixtures the loader gets wrong today, each with what goes wrong. They run as `it.fails`, so a
 * fix turns them red: then delete the row. Keep this list in step with the report to the lead.
 */
const KNOWN_LOADER_BUGS: Record<string, string> = {};

/** What the loader produced, in the fixture schema, for a reviewer to compare by eye. */
function asLabels(result: LoadResult): Expected {
  return {
    posts: result.posts.map((p) => ({
      title_contains: p.title,
      company: p.company,
      team: p.team,
      post_kind: p.kind,
      rounds: p.rounds,
      date: p.date,
      questions: questionsOf(result, p).map((q) => ({
        round: q.round,
        text_contains: q.text,
        kind: q.kind,
        leetcode: q.leetcode,
      })),
    })),
  };
}

function load(fixture: FixtureCase, bytes = fixture.bytes): LoadResult {
  return loadFiles([{ name: fixture.name, bytes }]);
}

/** Posts and questions without the file name, to compare one post read from differently saved files. */
function comparable(result: LoadResult) {
  return {
    posts: result.posts.map(({ source: _source, ...rest }) => rest),
    questions: result.questions.map(({ source: _source, ...rest }) => rest),
  };
}

/** A marker the loader should have stripped: numbering, bullets, emoji digits, kind prefixes. */
const LEFT_MARKER =
  /^(?:[QqＱ]\s*[\d０-９]+\s*[:：.．、)）]|[（(【[]\s*[\d０-９]+\s*[)）】\]]|[０-９]+\s*[.．、)）:：]|[\u2460-\u2473\u3251-\u325F\u2776-\u277F]|[一二三四五六七八九十]{1,3}\s*[、．]|[0-9]\uFE0F?\u20E3|✅|[-•·●]\s|(?:八股|项目|代码题|场景题|开放题)\s*[:：])/u;
const LEFT_NUMBER = /^(\d{1,3})\s*[.．、)）:：]/;

describe('fixtures in tests/fixtures/posts', () => {
  it('has at least 32 labelled posts across at least 30 files', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(cases.reduce((n, c) => n + c.expected.posts.length, 0)).toBeGreaterThanOrEqual(32);
  });

  for (const fixture of cases) {
    const known = KNOWN_LOADER_BUGS[fixture.name];
    const test = known ? it.fails : it;
    test(`loads ${fixture.name} as a careful reader labelled it${known ? ` (known loader bug: ${known})` : ''}`, () => {
      const result = load(fixture);
      const diff = differences(fixture.expected, result);
      if (UPDATE && diff.length > 0) {
        console.log(
          `\n── ${fixture.name}: ${diff.length} difference(s); labels are not rewritten\n${diff.join('\n')}\n` +
            `loader output in the fixture schema:\n${JSON.stringify(asLabels(result), null, 2)}`,
        );
      }
      expect(diff, `${fixture.name}\n${diff.join('\n')}`).toEqual([]);
    });
  }
});

describe('every fixture', () => {
  it.each(cases.map((c) => [c.name, c] as const))('accounts for every non-blank line of %s', (_name, fixture) => {
    const result = load(fixture);
    const report = result.report.files[0];
    expect(report?.status).toBe('loaded');
    const decoded = decode(fixture.bytes);
    if (!decoded.ok || !report) throw new Error(`${fixture.name} did not decode`);
    const { nonblank, question, heading, prose, tag, noise } = report.lines;
    expect(question + heading + prose + tag + noise).toBe(nonblank);
    expect(nonblank).toBe(nonBlankLines(decoded.text));
    expect(question).toBeGreaterThanOrEqual(result.questions.length);
    expect(report.posts).toBe(result.posts.length);
    expect(report.questions).toBe(result.questions.length);
  });

  it.each(cases.map((c) => [c.name, c] as const))('strips numbering and prefixes from every question of %s', (_name, fixture) => {
    const leftovers = load(fixture)
      .questions.filter((q) => {
        if (LEFT_MARKER.test(q.text)) return true;
        const number = LEFT_NUMBER.exec(q.text);
        return number !== null && !q.leetcode.includes(Number(number[1]));
      })
      .map((q) => q.text);
    expect(leftovers).toEqual([]);
  });

  it.each(cases.map((c) => [c.name, c] as const))('keeps posts and questions of %s consistent', (_name, fixture) => {
    const result = load(fixture);
    expect(new Set(result.questions.map((q) => q.id)).size).toBe(result.questions.length);
    for (const post of result.posts) {
      const questions = questionsOf(result, post);
      expect(post.questionCount).toBe(questions.length);
      expect(post.source).toBe(fixture.name);
      for (const q of questions) {
        expect(q.company).toBe(post.company);
        expect(q.postKind).toBe(post.kind);
        expect(q.text.trim()).not.toBe('');
        expect(q.text).not.toMatch(/[\r\u200B-\u200D\u2060\uFEFF]/);
      }
      const seqs = new Map<string, number[]>();
      for (const q of questions) seqs.set(q.round, [...(seqs.get(q.round) ?? []), q.seq]);
      for (const [round, list] of seqs) expect(list, `seq in round ${round}`).toEqual(list.map((_, i) => i + 1));
      if (post.kind === 'interview') expect(post.rounds).toEqual([...new Set(questions.map((q) => q.round))]);
      expect(post.date).toMatch(/^(?:\d{4}-\d{2}-\d{2}|\d{2}-\d{2}|)$/);
    }
  });

  it.each(cases.map((c) => [c.name, c] as const))('reads %s the same saved with a BOM and CRLF, with CR, or as GB18030', (_name, fixture) => {
    const text = new TextDecoder().decode(fixture.bytes);
    const plain = comparable(load(fixture));
    expect(comparable(load(fixture, withBomAndCrlf(text)))).toEqual(plain);
    expect(comparable(load(fixture, withCr(text)))).toEqual(plain);
    expect(comparable(load(fixture, gb18030(text)))).toEqual(plain);
  });
});
