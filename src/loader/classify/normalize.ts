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
  from: Int32Array;
  to: Int32Array;
  /** Per position 0…text.length: 1 where a separator was dropped just before it. */
  gapBefore: Uint8Array;
}

/** White space, hyphens, dashes, underscores, middle dots and invisible characters. */
const SEPARATOR = /[\s\-_\u2010-\u2015\u00b7\u30fb\u200b-\u200d\u2060\ufeff\u00ad]/u;

/**
 * How one source character reads when matched: its folded form ('' for a separator). Plain
 * ASCII and CJK ideographs, nearly all of a post, take a fast path; the rest go through NFKC
 * once and are remembered.
 */
const foldedChars = new Map<string, string>();

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (ch.length === 1 && code < 0x80) {
    if (code === 0x20 || code === 0x2d || code === 0x5f || (code >= 0x09 && code <= 0x0d)) return '';
    return ch;
  }
  if (ch.length === 1 && code >= 0x4e00 && code <= 0x9fff) return SIMPLIFIED_OF.get(ch) ?? ch;
  let folded = foldedChars.get(ch);
  if (folded === undefined) {
    folded = '';
    for (const part of ch.normalize('NFKC')) {
      const simple = SIMPLIFIED_OF.get(part) ?? part;
      if (!SEPARATOR.test(simple)) folded += simple;
    }
    foldedChars.set(ch, folded);
  }
  return folded;
}

function lowerUnit(unit: string): string {
  const code = unit.charCodeAt(0);
  if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 32);
  if (code < 0x80) return unit;
  const lowered = unit.toLowerCase();
  return lowered.length === unit.length ? lowered : unit;
}

export function normalizeText(original: string): NormalizedText {
  // A source character folds to at most a few units; NFKC of rare characters may expand more.
  let capacity = original.length * 2 + 8;
  let from = new Int32Array(capacity);
  let to = new Int32Array(capacity);
  let gapBefore = new Uint8Array(capacity + 1);
  const textParts: string[] = [];
  const casedParts: string[] = [];
  let length = 0;
  let gap = false;
  let offset = 0;
  for (const sourceChar of original) {
    const start = offset;
    offset += sourceChar.length;
    const folded = foldChar(sourceChar);
    if (folded === '') {
      gap = true;
      continue;
    }
    if (length + folded.length >= capacity) {
      capacity = (length + folded.length) * 2;
      from = grow(from, capacity);
      to = grow(to, capacity);
      gapBefore = grow(gapBefore, capacity + 1);
    }
    for (let unit = 0; unit < folded.length; unit++) {
      from[length] = start;
      to[length] = offset;
      gapBefore[length] = unit === 0 && gap ? 1 : 0;
      length++;
    }
    casedParts.push(folded);
    textParts.push(folded.length === 1 ? lowerUnit(folded) : lowerUnits(folded));
    gap = false;
  }
  gapBefore[length] = gap ? 1 : 0;
  return {
    text: textParts.join(''),
    cased: casedParts.join(''),
    from: from.subarray(0, length),
    to: to.subarray(0, length),
    gapBefore: gapBefore.subarray(0, length + 1),
  };
}

function lowerUnits(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += lowerUnit(text[i] ?? '');
  return out;
}

function grow<T extends Int32Array | Uint8Array>(array: T, size: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(size);
  bigger.set(array);
  return bigger;
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
