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

const remembered = new Map<Lang, WeakMap<Question, number>>();

/** Remembers the ranks `rankTexts` gave the texts of these questions (one data set at a time). */
export function rememberTextRanks(questions: readonly Question[], lang: Lang, ranks: Uint32Array): void {
  if (ranks.length !== questions.length) return;
  const byQuestion = new WeakMap<Question, number>();
  for (let i = 0; i < questions.length; i += 1) byQuestion.set(questions[i]!, ranks[i]!);
  remembered.set(lang, byQuestion);
}

/** The remembered ranks of these questions' texts, or undefined when some question has none. */
export function rememberedTextRanks(questions: readonly Question[], lang: Lang): Uint32Array | undefined {
  const byQuestion = remembered.get(lang);
  if (byQuestion === undefined) return undefined;
  const ranks = new Uint32Array(questions.length);
  for (let i = 0; i < questions.length; i += 1) {
    const rank = byQuestion.get(questions[i]!);
    if (rank === undefined) return undefined;
    ranks[i] = rank;
  }
  return ranks;
}
