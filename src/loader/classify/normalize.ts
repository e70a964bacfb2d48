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
  /**
   * The same characters before lower-casing, for case-sensitive terms such as CLIP (read through
   * `casedSlice`: few questions need them as a string).
   *
   * This and the arrays below are scratch space shared by every call (a question is normalised
   * millions of times in a large import): read them up to text.length, before normalising anything else.
   */
  casedUnits: Uint16Array;
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
 * once and are remembered (single code units in a flat table, surrogate pairs in a map).
 */
const foldedUnits: Array<string | undefined> = new Array<string | undefined>(0x10000);
const foldedPairs = new Map<string, string>();

function foldSlow(ch: string): string {
  let folded = '';
  for (const part of ch.normalize('NFKC')) {
    const simple = SIMPLIFIED_OF.get(part) ?? part;
    if (!SEPARATOR.test(simple)) folded += simple;
  }
  return folded;
}

function foldUnit(code: number): string {
  let folded = foldedUnits[code];
  if (folded === undefined) {
    const ch = String.fromCharCode(code);
    if (code < 0x80) {
      folded = code === 0x20 || code === 0x2d || code === 0x5f || (code >= 0x09 && code <= 0x0d) ? '' : ch;
    } else if (code >= 0x4e00 && code <= 0x9fff) {
      folded = COLLOQUIAL.get(ch) ?? SIMPLIFIED_OF.get(ch) ?? ch;
    } else {
      folded = foldSlow(ch);
    }
    foldedUnits[code] = folded;
  }
  return folded;
}

function foldPair(pair: string): string {
  let folded = foldedPairs.get(pair);
  if (folded === undefined) {
    folded = foldSlow(pair);
    foldedPairs.set(pair, folded);
  }
  return folded;
}

/** Spoken forms read as the word every cue is written with: 咋训 is 怎么训, 咋设计 怎么设计. */
const COLLOQUIAL = new Map([['咋', '怎么']]);

/** Lower case of one code unit, remembered; a unit whose lower case is longer keeps its case. */
const lowerCodes = new Int32Array(0x10000).fill(-1);

function lowerCode(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 32 : code;
  let lowered = lowerCodes[code]!;
  if (lowered === -1) {
    const text = String.fromCharCode(code).toLowerCase();
    lowered = text.length === 1 ? text.charCodeAt(0) : code;
    lowerCodes[code] = lowered;
  }
  return lowered;
}

/** One code unit folded to one unit: that unit; DROPPED for a separator; MANY for a longer form; UNKNOWN not yet seen. */
const UNKNOWN = -2;
const DROPPED = -1;
const MANY = -3;
const foldedCodes = new Int32Array(0x10000).fill(UNKNOWN);

function foldedCode(code: number): number {
  let folded = foldedCodes[code]!;
  if (folded === UNKNOWN) {
    const text = foldUnit(code);
    folded = text === '' ? DROPPED : text.length === 1 ? text.charCodeAt(0) : MANY;
    foldedCodes[code] = folded;
  }
  return folded;
}

/** Scratch buffers reused by every call (the loader is single-threaded per worker); results are copied out. */
let scratchText = new Uint16Array(256);
let scratchCased = new Uint16Array(256);
let scratchFrom = new Int32Array(256);
let scratchTo = new Int32Array(256);
let scratchGap = new Uint8Array(257);

/** Grows the scratch, keeping what a call has written so far (NFKC may expand past the first guess). */
function ensureScratch(size: number): void {
  if (size <= scratchText.length) return;
  const capacity = Math.max(size, scratchText.length * 2);
  const grown = <T extends Uint16Array | Int32Array | Uint8Array>(old: T, bigger: T): T => {
    bigger.set(old);
    return bigger;
  };
  scratchText = grown(scratchText, new Uint16Array(capacity));
  scratchCased = grown(scratchCased, new Uint16Array(capacity));
  scratchFrom = grown(scratchFrom, new Int32Array(capacity));
  scratchTo = grown(scratchTo, new Int32Array(capacity));
  scratchGap = grown(scratchGap, new Uint8Array(capacity + 1));
}

/** Code units → string, in chunks small enough for `apply`. */
function stringOf(units: Uint16Array, length: number): string {
  const CHUNK = 8192;
  if (length <= CHUNK) return String.fromCharCode.apply(null, units.subarray(0, length) as unknown as number[]);
  let out = '';
  for (let i = 0; i < length; i += CHUNK) {
    out += String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[]);
  }
  return out;
}

export function normalizeText(original: string): NormalizedText {
  // A source character folds to at most a few units; NFKC of rare characters may expand more.
  ensureScratch(original.length * 2 + 8);
  let length = 0;
  let gap = false;
  for (let offset = 0; offset < original.length; ) {
    const start = offset;
    const code = original.charCodeAt(offset);
    const single = code >= 0xd800 && code <= 0xdbff ? MANY : foldedCode(code);
    if (single === DROPPED) {
      offset += 1;
      gap = true;
      continue;
    }
    if (single >= 0) {
      offset += 1;
      if (length + 1 >= scratchText.length) ensureScratch((length + 1) * 2);
      scratchCased[length] = single;
      scratchText[length] = lowerCode(single);
      scratchFrom[length] = start;
      scratchTo[length] = offset;
      scratchGap[length] = gap ? 1 : 0;
      length++;
      gap = false;
      continue;
    }
    let folded: string;
    const low = offset + 1 < original.length ? original.charCodeAt(offset + 1) : 0;
    if (code >= 0xd800 && code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
      folded = foldPair(original.slice(offset, offset + 2));
      offset += 2;
    } else {
      folded = foldUnit(code);
      offset += 1;
    }
    if (folded === '') {
      gap = true;
      continue;
    }
    if (length + folded.length >= scratchText.length) ensureScratch((length + folded.length) * 2);
    // A lower-cased unit that would change length (İ) keeps its case, as one unit per unit.
    for (let unit = 0; unit < folded.length; unit++) {
      const c = folded.charCodeAt(unit);
      scratchCased[length] = c;
      scratchText[length] = lowerCode(c);
      scratchFrom[length] = start;
      scratchTo[length] = offset;
      scratchGap[length] = unit === 0 && gap ? 1 : 0;
      length++;
    }
    gap = false;
  }
  scratchGap[length] = gap ? 1 : 0;
  return {
    text: stringOf(scratchText, length),
    casedUnits: scratchCased,
    from: scratchFrom,
    to: scratchTo,
    gapBefore: scratchGap,
  };
}

/** A term as the automaton stores it: the same folding as the text, without the offsets. */
export function normalizeTerm(term: string): string {
  return normalizeText(term).text;
}

export function normalizeTermCased(term: string): string {
  const normalized = normalizeText(term);
  return casedSlice(normalized, 0, normalized.text.length);
}

/** Normalized positions [start, end) before lower-casing. */
export function casedSlice(normalized: NormalizedText, start: number, end: number): string {
  return stringOf(normalized.casedUnits.subarray(start, end), end - start);
}

const isDigitCode = (code: number) => code >= 0x30 && code <= 0x39;
const isWordCode = (code: number) => (code >= 0x61 && code <= 0x7a) || isDigitCode(code);

/**
 * Whether an ASCII word may start or end at `pos`: next to a non-word character, a dropped
 * separator or the ends of the text; a word may also end where letters and digits meet (`lc54`,
 * `qwen2`, `gpt4`).
 */
export function isWordBoundary(normalized: NormalizedText, pos: number, side: 'start' | 'end'): boolean {
  const { text } = normalized;
  if (pos <= 0 || pos >= text.length) return true;
  if (normalized.gapBefore[pos]) return true;
  const before = text.charCodeAt(pos - 1);
  const after = text.charCodeAt(pos);
  if (!isWordCode(before) || !isWordCode(after)) return true;
  return side === 'end' && isDigitCode(before) !== isDigitCode(after);
}

/** The original characters behind normalized positions [start, end). */
export function originalSlice(original: string, normalized: NormalizedText, start: number, end: number): string {
  const from = normalized.from[start];
  const to = normalized.to[end - 1];
  return from === undefined || to === undefined ? '' : original.slice(from, to);
}
