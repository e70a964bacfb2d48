/**
 * Question texts in each language's collation order, as numbers. Sorting 100,000 texts with
 * Intl.Collator takes some 1.7 million comparisons; the loading worker does it once per data set
 * and language after the data has gone to the page (`rankTexts`), the page remembers each
 * question's rank (`rememberTextRanks`), and every later sort of any filtered subset is a sort of
 * numbers.
 */
import type { Question } from '../../loader/types';
import type { Lang } from '../state/types';

export const LANGS: readonly Lang[] = ['zh', 'en'];

const collators = new Map<Lang, Intl.Collator>();

/** One collator per language for the life of the page (creating one costs more than a sort of ten). */
export function collatorFor(lang: Lang): Intl.Collator {
  let collator = collators.get(lang);
  if (collator === undefined) {
    collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en');
    collators.set(lang, collator);
  }
  return collator;
}

/**
 * Each text's rank in collation order: texts the collator holds equal share a rank, so sorting by
 * rank then by position is exactly sorting by the collator then by position.
 */
export function rankTexts(texts: readonly string[], collator: Intl.Collator): Uint32Array {
  // Distinct texts only: repeated questions (and repeated labels) are sorted once.
  const slot = new Map<string, number>();
  const distinct: string[] = [];
  const slots = new Uint32Array(texts.length);
  for (let i = 0; i < texts.length; i += 1) {
    const text = texts[i]!;
    let at = slot.get(text);
    if (at === undefined) {
      at = distinct.length;
      slot.set(text, at);
      distinct.push(text);
    }
    slots[i] = at;
  }
  const order = Array.from(distinct.keys()).sort((a, b) => collator.compare(distinct[a]!, distinct[b]!));
  const rankOfSlot = new Uint32Array(distinct.length);
  let rank = 0;
  for (let i = 0; i < order.length; i += 1) {
    if (i > 0 && collator.compare(distinct[order[i - 1]!]!, distinct[order[i]!]!) !== 0) rank += 1;
    rankOfSlot[order[i]!] = rank;
  }
  return slots.map((at) => rankOfSlot[at]!);
}

/** Per language, the ranks of one data set's questions, by position in its array. */
const remembered = new Map<Lang, { questions: readonly Question[]; ranks: Uint32Array }>();

/** Remembers the ranks `rankTexts` gave the texts of these questions (one data set at a time). */
export function rememberTextRanks(questions: readonly Question[], lang: Lang, ranks: Uint32Array): void {
  if (ranks.length === questions.length) remembered.set(lang, { questions, ranks });
}

/**
 * The remembered ranks of these questions' texts, or undefined when some question is not in the
 * remembered data set. Filtered rows keep the data set's order, so one walk along both arrays
 * finds every row's position: no per-question bookkeeping, nothing for the garbage collector.
 */
export function rememberedTextRanks(rows: readonly Question[], lang: Lang): Uint32Array | undefined {
  const known = remembered.get(lang);
  if (known === undefined) return undefined;
  const { questions, ranks } = known;
  const out = new Uint32Array(rows.length);
  let at = 0;
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i];
    while (at < questions.length && questions[at] !== row) at += 1;
    if (at === questions.length) return undefined;
    out[i] = ranks[at]!;
    at += 1;
  }
  return out;
}
