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
import { rulePatterns, sweepPattern } from './support/regex-sweep';

const DEADLINE_MS = 20_000;
const child = new TimingChild();
afterAll(() => child.stop());

/**
 * Known super-linear cases, each a bug reported to the lead: the input, and the pattern or call
 * that blows up. `it.fails` keeps CI green until it is fixed; then the entry goes.
 */
const KNOWN_SLOW_CASES: Record<string, string> = {
};
const KNOWN_SLOW_PATTERNS: Record<string, string> = {
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
  it('would catch a pattern that backtracks quadratically (trailing white space)', () => {
    const { worst } = sweepPattern({ label: 'trailing space', pattern: /\s+$/ }, { full: true });
    expect(worst.exponent, worst.input).toBeGreaterThan(MAX_EXPONENT);
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
