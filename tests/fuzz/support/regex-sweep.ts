/**
 * Every exported pattern of src/loader/rules, pumped: a literal of the pattern (八股, lc, hr…) or
 * nothing, then one character repeated n times, then a character that makes the match fail.
 * Backtracking blow-ups (`\s*X?\s*`, `\d+\s*min`) show as a time ratio far above the size ratio.
 */
import { measureGrowth, type Growth } from './growth';

export interface NamedPattern {
  label: string;
  pattern: RegExp;
  /** Where every call site bounds the input's length, the bound; the pattern is only timed up to it. */
  guard?: number;
}

/** Call sites that only ever pass short strings (checked by reading src/loader). */
const GUARDS: Record<string, number> = {
  // segment.ts looksLikeQuestion: `text.length <= MAX_QUESTION_LENGTH && QUESTION_END.test(text)`.
  'lines.QUESTION_END': 160,
  // segment.ts isBareQuestion: `text.length <= MAX_BARE_QUESTION_LENGTH && … !COMMENT_CUE.test(text)`.
  'lines.COMMENT_CUE': 50,
  // rounds.ts roundOf runs on a header core of at most MAX_HEADER_CORE characters.
  ...Object.fromEntries(['1', '2', '3', '4', 'hr', 'final'].map((r) => [`rounds.ROUND_RULES[${r}]`, 24])),
};

function collect(module: string, exports: Record<string, unknown>, into: NamedPattern[]): void {
  for (const [name, value] of Object.entries(exports)) {
    if (value instanceof RegExp) into.push({ label: `${module}.${name}`, pattern: value });
    else if (Array.isArray(value)) {
      value.forEach((row: unknown, i) => {
        if (typeof row !== 'object' || row === null) return;
        const { pattern } = row as { pattern?: unknown };
        if (!(pattern instanceof RegExp)) return;
        const id = (row as { name?: unknown; kind?: unknown; round?: unknown }).name ?? (row as { kind?: unknown }).kind ?? (row as { round?: unknown }).round ?? i;
        into.push({ label: `${module}.${name}[${String(id)}]`, pattern });
      });
    }
  }
}

export async function rulePatterns(): Promise<NamedPattern[]> {
  const out: NamedPattern[] = [];
  collect('lines', await import('../../../src/loader/rules/lines'), out);
  collect('kinds', await import('../../../src/loader/rules/kinds'), out);
  collect('noise', await import('../../../src/loader/rules/noise'), out);
  collect('numbering', await import('../../../src/loader/rules/numbering'), out);
  collect('rounds', await import('../../../src/loader/rules/rounds'), out);
  // Kind cues share a label per kind; keep them apart.
  const seen = new Map<string, number>();
  for (const p of out) {
    const k = (seen.get(p.label) ?? 0) + 1;
    seen.set(p.label, k);
    if (k > 1) p.label = `${p.label}#${k}`;
    const guard = GUARDS[p.label];
    if (guard !== undefined) p.guard = guard;
  }
  return out;
}

/** Literal words of a pattern's source (八股, lc, hr, 使用模型…): at most `limit`, spread evenly
 *  over the source so a long word list is sampled from its start, middle and end. */
export function literalsOf(pattern: RegExp, limit = 10): string[] {
  const source = pattern.source.replace(/\\[a-zA-Z]|\\u\{?[0-9a-fA-F]+\}?|\\./g, ' ');
  const words = [...new Set(source.match(/[\u3000-\u9fff\uff00-\uffef]{1,6}|[A-Za-z]{2,12}|[?？:：、.]/g) ?? [])];
  if (words.length <= limit) return words;
  return Array.from({ length: limit }, (_, i) => words[Math.floor((i * words.length) / limit)] ?? '');
}

const PUMPS = [' ', '\t', '\u3000', '1', 'a', '的', '？', '、', '(', '（', '*', '=', '-', '#', ':', '：', '.'];
/** The pumps that blow up the usual suspects (`\s*X?\s*`, `\d+\s*`, nested brackets). */
const ALWAYS = [' ', '\u3000', '1', '(', '#'];
const FAIL = '\u0001';

export interface SweepResult {
  label: string;
  worst: Growth & { input: string };
}

export interface SweepOptions {
  /** Every literal × every pump × both shapes; otherwise literals × ALWAYS plus `sample` others. */
  full?: boolean;
  sample?: number;
  seed?: number;
}

/** A small deterministic PRNG for picking which pumped inputs a quick sweep tries. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

type Shape = 'tail' | 'repeat';

/** The pumped input with the steepest growth for one pattern. */
export function sweepPattern(p: NamedPattern, options: SweepOptions = {}): SweepResult {
  const regex = new RegExp(p.pattern.source, p.pattern.flags.replace('g', '').replace('y', ''));
  const seeds = ['', ...literalsOf(p.pattern, options.full ? 12 : 6)];
  const combos: Array<[string, string, Shape]> = [];
  for (const seed of seeds) for (const pump of ALWAYS) combos.push([seed, pump, 'tail']);
  const rest: Array<[string, string, Shape]> = [];
  for (const seed of seeds) {
    for (const pump of PUMPS) {
      for (const shape of ['tail', 'repeat'] as const) {
        if (shape === 'tail' && ALWAYS.includes(pump)) continue;
        rest.push([seed, pump, shape]);
      }
    }
  }
  if (options.full) combos.push(...rest);
  else {
    const random = lcg(options.seed ?? 1);
    for (let i = 0; i < (options.sample ?? 12) && rest.length > 0; i++) {
      const [picked] = rest.splice(Math.floor(random() * rest.length), 1);
      if (picked) combos.push(picked);
    }
  }
  const max = p.guard !== undefined ? Math.max(1, Math.floor(p.guard / 4)) : 1 << 15;
  let worst: (Growth & { input: string }) | undefined;
  for (const [seed, pump, shape] of combos) {
    const build = (n: number) => (shape === 'tail' ? `${seed}${pump.repeat(n)}${FAIL}` : `${`${seed}${pump}`.repeat(n)}${FAIL}`);
    // A pattern that blows up takes far more than 1 ms on 65,536 characters; under that, timings
    // of a few microseconds are noise from a busy machine, not growth.
    const g = measureGrowth(build, (s) => regex.test(s), { start: 16, max, step: 4, factor: 4, minMs: 1, reps: 2, floorMs: 1 });
    const input =
      shape === 'tail' ? `${JSON.stringify(seed)} + ${JSON.stringify(pump)}×n + "\\u0001"` : `(${JSON.stringify(seed + pump)})×n + "\\u0001"`;
    if (!worst || (Number.isNaN(worst.exponent) && !Number.isNaN(g.exponent)) || g.exponent > worst.exponent) worst = { ...g, input };
    // One confirmed blow-up is enough to name the pattern; the rest would only cost time.
    if (worst.exponent >= 1.8) break;
  }
  if (!worst) throw new Error('no inputs');
  return { label: p.label, worst };
}
