/**
 * A text-width estimate for layout without a DOM: CJK characters are about one em wide, Latin
 * capitals about two thirds, other Latin letters and digits a little over half. Good enough to
 * size label gutters; it errs on the wide side.
 */
const WIDE = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/u;
const CAPITAL = /[A-Z]/;

function charWidth(ch: string): number {
  if (WIDE.test(ch)) return 1;
  if (ch === ' ') return 0.3;
  if (CAPITAL.test(ch)) return 0.68;
  return 0.58;
}

export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return em * fontSize;
}

/** The widest of the labels plus `pad` (the gap to the plot), clamped to [min, max]. */
export function gutterWidth(
  labels: readonly string[],
  fontSize: number,
  min: number,
  max: number,
  pad = 16,
): number {
  let widest = 0;
  for (const label of labels) widest = Math.max(widest, textWidth(label, fontSize));
  return Math.round(Math.min(max, Math.max(min, widest + pad)));
}

/** The label cut to fit `width` at `fontSize`, with an ellipsis when cut. */
export function fitText(text: string, width: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(`${chars.join('')}…`, fontSize) > width) chars.pop();
  return `${chars.join('')}…`;
}
