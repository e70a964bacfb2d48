/** Text helpers shared by the loader's stages. */

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

export function stripZeroWidth(text: string): string {
  return text.replace(ZERO_WIDTH, '');
}

/**
 * A per-character fold computed once per character instead of once per text: for every character
 * of the common ranges (ASCII, CJK punctuation 、。「」, full-width forms ？，（１）) the table holds
 * what the full definition makes of it alone — dropped, or one code unit. CJK ideographs pass
 * unchanged. Text with any other character (or a combining mark, which joins its neighbour under
 * NFKC) returns undefined, for the caller to take the full definition.
 */
function characterFold(definition: (text: string) => string): (text: string) => string | undefined {
  const UNKNOWN = -2;
  const DROPPED = -1;
  const table = new Int32Array(0x10000).fill(UNKNOWN);
  for (const [from, to] of [
    [0x00, 0x7f],
    [0x3000, 0x3029],
    [0x3030, 0x303f],
    [0xff01, 0xff5e],
  ] as const) {
    for (let code = from; code <= to; code++) {
      const folded = definition(String.fromCharCode(code));
      if (folded.length <= 1) table[code] = folded === '' ? DROPPED : folded.charCodeAt(0);
    }
  }
  return (text) => {
    let out = '';
    let keptFrom = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0x4e00 && code <= 0x9fff) continue;
      const unit = table[code]!;
      if (unit === code) continue;
      if (unit === UNKNOWN) return undefined;
      out += text.slice(keptFrom, i);
      if (unit !== DROPPED) out += String.fromCharCode(unit);
      keptFrom = i + 1;
    }
    return keptFrom === 0 ? text : out + text.slice(keptFrom);
  };
}

function normalizeKeyOfAnyText(text: string): string {
  return stripZeroWidth(text)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

const normalizeKeyOfPlainText = characterFold(normalizeKeyOfAnyText);

/** For comparing and hashing: NFKC (full width → half width), lower case, no white space, punctuation or symbols. */
export function normalizeKey(text: string): string {
  return normalizeKeyOfPlainText(text) ?? normalizeKeyOfAnyText(text);
}

function foldForMatchingAnyText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

const foldForMatchingPlainText = characterFold(foldForMatchingAnyText);

/** For matching names: NFKC (full width → half width), lower case, no white space. */
export function foldForMatching(text: string): string {
  return foldForMatchingPlainText(text) ?? foldForMatchingAnyText(text);
}

/** 53-bit string hash (cyrb53): stable across runs and platforms, fast, no dependency. */
export function hash53(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** The width of the line's leading spaces, ideographic spaces and tabs, a tab counting four. */
export function leadingIndent(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || code === 0x3000) width += 1;
    else if (code === 0x09) width += 4;
    else break;
  }
  return width;
}

const FULL_WIDTH_ALPHANUMERIC = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF0E]/;
const FULL_WIDTH_ALPHANUMERICS = new RegExp(FULL_WIDTH_ALPHANUMERIC.source, 'g');

/** Full-width digits and letters (１．Ｑ４) as ASCII, so numbering and names are found; CJK
 * punctuation stays as written. */
export function foldWidth(text: string): string {
  // Most text has none; a replace with a callback costs a slow call even when nothing matches.
  if (!FULL_WIDTH_ALPHANUMERIC.test(text)) return text;
  return text.replace(FULL_WIDTH_ALPHANUMERICS, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/**
 * The string's characters in a string of their own. Text cut from a file is a slice that keeps
 * the whole decoded file alive, and a built string is a chain of its parts: kept in a Post or a
 * Question, thousands of files would stay in memory for a few words each (issue #6).
 */
export function ownCopy(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}
