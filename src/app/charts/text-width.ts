/**
 * A text-width estimate for layout without a DOM: CJK characters are about one em wide, Latin
 * letters and digits a little over half. Good enough to size label gutters.
 */
const WIDE = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/u;

export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += WIDE.test(ch) ? 1 : ch === ' ' ? 0.3 : 0.58;
  return em * fontSize;
}

/** The widest of the labels, clamped to [min, max]. */
export function gutterWidth(labels: readonly string[], fontSize: number, min: number, max: number): number {
  let widest = 0;
  for (const label of labels) widest = Math.max(widest, textWidth(label, fontSize));
  return Math.round(Math.min(max, Math.max(min, widest + 12)));
}
