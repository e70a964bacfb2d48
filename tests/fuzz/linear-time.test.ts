/**
 * Every loader stage runs in linear time: for each adversarial input shape (see support/cases.ts)
 * and each exported rule pattern (support/regex-sweep.ts), an input 4× longer may take at most
 * 4^1.5 = 8× as long. Timings are only ever compared with each other, never with a number of
 * milliseconds; each measurement runs in a child process that is killed if it does not answer,
 * so a pattern that never finishes fails its test instead of hanging the suite.
 *
 * Known blow-ups are `it.fails` with the input that shows them; the lead fixes src/loader and
 * turns them back into `it`.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { CASES } from './support/cases';
import { isLinear, MAX_EXPONENT, TimingChild } from './support/harness';
import { rulePatterns } from './support/regex-sweep';

const DEADLINE_MS = 20_000;
const child = new TimingChild();
afterAll(() => child.stop());

/**
 * Known super-linear cases, each a bug reported to the lead: the input, and the pattern or call
 * that blows up. `it.fails` keeps CI green until it is fixed; then the entry goes.
 */
const KNOWN_SLOW_CASES: Record<string, string> = {
  'parseRoundHeader: a run of digits':
    'segment.ts DURATION /\\d+(?:\\.\\d+)?\\s*(?:min…)/g backtracks over every digit run: quadratic in a line of digits',
  'segment: a line of digits': 'DURATION again, through parseRoundHeader on every line',
  'loadFiles: a line of digits': 'DURATION (segment.ts) and RECORD_CUES `\\d+\\s*min` (meta.ts postKindOf)',
  'postKindOf: a run of digits': 'meta.ts RECORD_CUES alternative `\\d+\\s*min` is quadratic in a run of digits',
  'segment: a kind word, spaces, no colon':
    'rules/kinds.ts KIND_SECTION_PATTERN and KIND_PREFIX_PATTERN: `\\s*(?:部分…)?\\s*(?:（…）)?\\s*[:：]` is cubic in spaces',
  'segment: a numbered item with a kind word, spaces, no colon': 'KIND_PREFIX_PATTERN via splitKindPrefix',
  'parsePost: a question of lc, spaces, no number': 'KIND_PREFIX_PATTERN (lc is a kind word)',
  'loadFiles: a kind word, spaces, no colon': 'KIND_SECTION_PATTERN / KIND_PREFIX_PATTERN',
  'loadFiles: a question of lc, spaces, no number': 'KIND_PREFIX_PATTERN',
  'loadFiles: a failure word, spaces, more text': 'rules/noise.ts failure rule `(处理失败|…)\\s*[。.!！]?\\s*$` is quadratic in spaces',
  'loadFiles: an API error word, spaces, more text': 'rules/noise.ts api error rule `调用\\s*\\S*\\s*API` is quadratic in spaces',
  'loadFiles: one long question of taxonomy terms and separators':
    'classify/term-index.ts longestWithoutOverlap: `taken.every(…)` for each match is quadratic in the number of term matches in one question',
  'parseCsv: escaped quotes in every row':
    'csv-input.ts: `text.indexOf(firstCellLine, cursor)` never finds a cell whose first line had "" in the file and scans to the end for every row',
};
const KNOWN_SLOW_PATTERNS: Record<string, string> = {
  'kinds.KIND_PREFIX_PATTERN': 'cubic in spaces after a kind word (three \\s* around optional groups)',
  'kinds.KIND_SECTION_PATTERN': 'cubic in spaces after a kind word (four \\s* around optional groups)',
  'noise.NOISE_RULES[api error]': 'quadratic: `\\s*\\S*\\s*` after 调用',
  'noise.NOISE_RULES[failure]': 'quadratic: `\\s*[。.!！]?\\s*$` after the failure word',
  'lines.QUESTION_END':
    'cubic in white space after a question word; its call site caps lines at 160 characters, which still costs ~1 ms a line (2,000 lines of 原理 + 150 spaces + x take 2 s, 10× the normal rate)',
};

const message = (name: string, detail: string) =>
  `${name} grows faster than linear (allowed exponent ${MAX_EXPONENT}): ${detail}`;

describe('loader stages run in linear time', () => {
  for (const c of CASES) {
    const test = c.name in KNOWN_SLOW_CASES ? it.fails : it;
    test(c.name, { timeout: DEADLINE_MS + 15_000 }, async () => {
      const outcome = await child.run({ kind: 'case', name: c.name }, DEADLINE_MS);
      expect(outcome.ok, outcome.detail).toBe(true);
      expect(isLinear(outcome), message(c.name, outcome.detail)).toBe(true);
    });
  }
});

describe('rule patterns run in linear time on pumped inputs', async () => {
  const patterns = await rulePatterns();
  it('finds the rule tables', () => {
    expect(patterns.length).toBeGreaterThan(20);
  });
  for (const p of patterns) {
    const test = p.label in KNOWN_SLOW_PATTERNS ? it.fails : it;
    test(p.label, { timeout: DEADLINE_MS + 15_000 }, async () => {
      const outcome = await child.run({ kind: 'pattern', label: p.label }, DEADLINE_MS);
      expect(outcome.ok, outcome.detail).toBe(true);
      expect(isLinear(outcome), message(p.label, outcome.detail)).toBe(true);
    });
  }
});
