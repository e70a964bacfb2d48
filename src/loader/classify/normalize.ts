/**
 * Text as the matcher compares it: NFKC (full width → half width), lower case, traditional
 * characters simplified, and white space, hyphens and underscores dropped, so that
 * "Decoder-only", "decoder only" and "ＤｅｃｏｄｅｒＯｎｌｙ" all read `decoderonly`.
 *
 * Every character of the result remembers where it came from, so a match can be shown (and
 * highlighted) in the question as the user wrote it, and whether a separator was dropped before
 * it, so ASCII words keep their boundaries after the spaces are gone.
 */
import { SIMPLIFIED_OF } from './traditional-chars';

export interface NormalizedText {
  /** Lower-cased matching form. */
  text: string;
  /** The same characters before lower-casing, for case-sensitive terms such as CLIP. */
  cased: string;
  /** Per character of `text`: start and end offsets of its source in the original string. */
  from: number[];
  to: number[];
  /** Per position 0…text.length: whether a separator was dropped just before it. */
  gapBefore: boolean[];
}

/** White space, hyphens, dashes, underscores, middle dots and invisible characters. */
const SEPARATOR = /[\s\-_\u2010-\u2015\u00b7\u30fb\u200b-\u200d\u2060\ufeff\u00ad]/u;

function lower(ch: string): string {
  const lowered = ch.toLowerCase();
  return lowered.length === ch.length ? lowered : ch;
}

export function normalizeText(original: string): NormalizedText {
  const result: NormalizedText = { text: '', cased: '', from: [], to: [], gapBefore: [] };
  let text = '';
  let cased = '';
  let gap = false;
  let offset = 0;
  for (const sourceChar of original) {
    const start = offset;
    offset += sourceChar.length;
    for (const folded of sourceChar.normalize('NFKC')) {
      const ch = SIMPLIFIED_OF.get(folded) ?? folded;
      if (SEPARATOR.test(ch)) {
        gap = true;
        continue;
      }
      for (let unit = 0; unit < ch.length; unit++) {
        result.from.push(start);
        result.to.push(offset);
        result.gapBefore.push(unit === 0 && gap);
      }
      text += lower(ch);
      cased += ch;
      gap = false;
    }
  }
  result.gapBefore.push(gap);
  result.text = text;
  result.cased = cased;
  return result;
}

/** A term as the automaton stores it: the same folding as the text, without the offsets. */
export function normalizeTerm(term: string): string {
  return normalizeText(term).text;
}

export function normalizeTermCased(term: string): string {
  return normalizeText(term).cased;
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[a-z0-9]/.test(ch);
const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

/**
 * Whether an ASCII word may start or end at `pos`: next to a non-word character, a dropped
 * separator or the ends of the text; a word may also end where letters and digits meet (`lc54`,
 * `qwen2`, `gpt4`).
 */
export function isWordBoundary(normalized: NormalizedText, pos: number, side: 'start' | 'end'): boolean {
  const { text } = normalized;
  if (pos <= 0 || pos >= text.length) return true;
  if (normalized.gapBefore[pos]) return true;
  const before = text[pos - 1];
  const after = text[pos];
  if (!isWordChar(before) || !isWordChar(after)) return true;
  return side === 'end' && isDigit(before) !== isDigit(after);
}

/** The original characters behind normalized positions [start, end). */
export function originalSlice(original: string, normalized: NormalizedText, start: number, end: number): string {
  const from = normalized.from[start];
  const to = normalized.to[end - 1];
  return from === undefined || to === undefined ? '' : original.slice(from, to);
}
