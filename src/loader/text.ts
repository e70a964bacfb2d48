/** Text helpers shared by the loader's stages. */

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

export function stripZeroWidth(text: string): string {
  return text.replace(ZERO_WIDTH, '');
}

/** For comparing and hashing: NFKC (full width → half width), lower case, no white space. */
export function normalizeKey(text: string): string {
  return normalizeKeyOfPlainText(text) ?? normalizeKeyOfAnyText(text);
}

function normalizeKeyOfAnyText(text: string): string {
  return stripZeroWidth(text)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

/**
 * What one character of the common ranges becomes in a key: -1 when it is dropped, else the code
 * unit kept. Filled from the full definition itself, so the two cannot disagree: ASCII, CJK
 * punctuation (、。「」) and full-width forms (？，（１）). Combining tone marks (U+302A–302F) join
 * their neighbour under NFKC, so they stay out and send the text the slow way.
 */
const KEY_UNIT = new Int32Array(0x10000).fill(-2);
for (const [from, to] of [
  [0x00, 0x7f],
  [0x3000, 0x3029],
  [0x3030, 0x303f],
  [0xff01, 0xff5e],
]) {
  for (let code = from!; code <= to!; code++) {
    const key = normalizeKeyOfAnyText(String.fromCharCode(code));
    if (key.length <= 1) KEY_UNIT[code] = key === '' ? -1 : key.charCodeAt(0);
  }
}

/**
 * The key, without NFKC or a Unicode regex, for text made only of CJK ideographs (left alone by
 * both) and the characters of KEY_UNIT; undefined for any other text.
 */
function normalizeKeyOfPlainText(text: string): string | undefined {
  let key = '';
  let keptFrom = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fff) continue;
    const unit = KEY_UNIT[code]!;
    if (unit === code) continue;
    if (unit === -2) return undefined;
    key += text.slice(keptFrom, i);
    if (unit >= 0) key += String.fromCharCode(unit);
    keptFrom = i + 1;
  }
  return keptFrom === 0 ? text : key + text.slice(keptFrom);
}

/** Whether NFKC leaves the text as it is for sure: only ASCII and CJK ideographs (most questions). */
export function isNfkcPlain(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80 && (code < 0x4e00 || code > 0x9fff)) return false;
  }
  return true;
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

export function leadingIndent(text: string): number {
  const match = /^[ \t\u3000]*/.exec(text);
  return match ? match[0].replace(/\t/g, '    ').length : 0;
}

/** Full-width digits and letters (１．Ｑ４) as ASCII, so numbering and names are found; CJK
 * punctuation stays as written. */
export function foldWidth(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF0E]/g, (ch) =>
    String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

/**
 * The string's characters in a string of their own. Text cut from a file is a slice that keeps
 * the whole decoded file alive, and a built string is a chain of its parts: kept in a Post or a
 * Question, thousands of files would stay in memory for a few words each (issue #6).
 */
export function ownCopy(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}
