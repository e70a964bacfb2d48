/** Text helpers shared by the loader's stages. */

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

export function stripZeroWidth(text: string): string {
  return text.replace(ZERO_WIDTH, '');
}

/** For comparing and hashing: NFKC (full width → half width), lower case, no white space. */
export function normalizeKey(text: string): string {
  return stripZeroWidth(text)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
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
