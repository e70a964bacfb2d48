/**
 * The figures ../shared/tools/score.py computes, in TypeScript, for the loader's result on a set
 * of posts and a gold file of the same format (seeds.gold.json). A gold question matches the first
 * unused non-guide question of its source whose normalized text contains the gold fragment;
 * topics roll up to contract ids; `also` topics are neither required nor false positives; a kind
 * in `kind_also` counts as right.
 */
import { contractTopicOf } from '../../src/loader/classify';
import type { LoadResult, Question } from '../../src/loader';

export interface GoldQuestion {
  round: string;
  text: string;
  topics: string[];
  also?: string[];
  kind: string;
  kind_also?: string[];
  leetcode?: number[];
}

export interface GoldPost {
  source: string;
  post_kind: string;
  company: string;
  rounds: string[];
  questions: GoldQuestion[];
}

export interface Gold {
  posts: GoldPost[];
}

export interface Figures {
  questionRecall: number;
  questionPrecision: number;
  topicPrecision: number;
  topicRecall: number;
  topicF1: number;
  areaF1: number;
  kindAccuracy: number;
  leetcodeAccuracy: number;
  goldQuestions: number;
  /** Per contract topic F1, weakest first. */
  perTopic: Array<[topic: string, f1: number]>;
  /** Gold questions not found, wrong topics or wrong kinds, for the test log. */
  misses: string[];
}

/** As score.py's norm(): BOM dropped, lower case, full-width ASCII folded, white space removed. */
export function normalizeForMatch(text: string): string {
  const folded = [...text.replace(/\ufeff/g, '').toLowerCase()]
    .map((ch) => {
      const code = ch.codePointAt(0) ?? 0;
      return code >= 0xff01 && code <= 0xff5e ? String.fromCodePoint(code - 0xfee0) : ch;
    })
    .join('');
  return folded.replace(/\s+/gu, '');
}

function prf(tp: number, fp: number, fn: number): [precision: number, recall: number, f1: number] {
  const p = tp + fp > 0 ? tp / (tp + fp) : 1;
  const r = tp + fn > 0 ? tp / (tp + fn) : 1;
  return [p, r, p + r > 0 ? (2 * p * r) / (p + r) : 0];
}

const ratio = (x: number, y: number): number => (y > 0 ? x / y : 1);

class Counts {
  private readonly map = new Map<string, number>();
  add(key: string, n = 1): void {
    this.map.set(key, (this.map.get(key) ?? 0) + n);
  }
  get(key: string): number {
    return this.map.get(key) ?? 0;
  }
  keys(): string[] {
    return [...this.map.keys()];
  }
  total(): number {
    return [...this.map.values()].reduce((a, b) => a + b, 0);
  }
}

/** `areaOf` maps each contract topic id to its contract area. */
export function scoreAgainstGold(result: LoadResult, gold: Gold, areaOf: ReadonlyMap<string, string>): Figures {
  const bySource = new Map<string, Question[]>();
  for (const q of result.questions) bySource.set(q.source, [...(bySource.get(q.source) ?? []), q]);
  const tp = new Counts();
  const fp = new Counts();
  const fn = new Counts();
  let [tpArea, fpArea, fnArea] = [0, 0, 0];
  let [goldQuestions, matched, kindsRight, leetcodeGold, leetcodeRight, predicted] = [0, 0, 0, 0, 0, 0];
  const misses: string[] = [];
  const areasOf = (topics: Iterable<string>) => new Set([...topics].map((t) => areaOf.get(t) ?? t));

  for (const post of gold.posts) {
    const candidates = (bySource.get(post.source) ?? []).filter((q) => q.postKind !== 'guide');
    const texts = candidates.map((q) => normalizeForMatch(q.text));
    const used = new Set<number>();
    for (const g of post.questions) {
      goldQuestions++;
      const key = normalizeForMatch(g.text);
      const hit = texts.findIndex((text, i) => !used.has(i) && text.includes(key));
      if (hit < 0) {
        misses.push(`${post.source}: question not found: ${g.text}`);
        for (const t of g.topics) fn.add(t);
        fnArea += areasOf(g.topics).size;
        continue;
      }
      used.add(hit);
      matched++;
      const q = candidates[hit]!;
      const got = new Set(q.topics.map(contractTopicOf));
      const want = new Set(g.topics);
      const ok = new Set([...g.topics, ...(g.also ?? [])]);
      for (const t of want) (got.has(t) ? tp : fn).add(t);
      for (const t of got) if (!ok.has(t)) fp.add(t);
      const [gotAreas, wantAreas, okAreas] = [areasOf(got), areasOf(want), areasOf(ok)];
      for (const a of wantAreas) gotAreas.has(a) ? tpArea++ : fnArea++;
      for (const a of gotAreas) if (!okAreas.has(a)) fpArea++;
      const kindRight = [g.kind, ...(g.kind_also ?? [])].includes(q.kind);
      if (kindRight) kindsRight++;
      if (g.leetcode !== undefined) {
        leetcodeGold++;
        const numbers = new Set(q.leetcode);
        if (numbers.size === g.leetcode.length && g.leetcode.every((n) => numbers.has(n))) leetcodeRight++;
      }
      const wrongTopics = [...want].some((t) => !got.has(t)) || [...got].some((t) => !ok.has(t));
      if (wrongTopics || !kindRight) {
        misses.push(
          `${post.source}: ${g.text} → ${[...got].join(', ')} [${q.kind}] (gold ${g.topics.join(', ')} [${g.kind}])`,
        );
      }
    }
    predicted += candidates.length;
  }

  const [topicPrecision, topicRecall, topicF1] = prf(tp.total(), fp.total(), fn.total());
  const topics = new Set([...tp.keys(), ...fp.keys(), ...fn.keys()]);
  const perTopic = [...topics]
    .map((t): [string, number] => [t, prf(tp.get(t), fp.get(t), fn.get(t))[2]])
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  return {
    questionRecall: ratio(matched, goldQuestions),
    questionPrecision: ratio(matched, predicted),
    topicPrecision,
    topicRecall,
    topicF1,
    areaF1: prf(tpArea, fpArea, fnArea)[2],
    kindAccuracy: ratio(kindsRight, matched),
    leetcodeAccuracy: ratio(leetcodeRight, leetcodeGold),
    goldQuestions,
    perTopic,
    misses,
  };
}
