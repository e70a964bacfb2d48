/**
 * The loader's fast paths give exactly what their full definitions give, on any text:
 * normalizeKey (post identity, OCR repeats), foldForMatching (LeetCode titles) and the
 * question-ending test read from the end.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endsLikeQuestion, QUESTION_END } from '../../src/loader/rules/lines';
import { foldForMatching, normalizeKey } from '../../src/loader/text';

const reference = (text: string) =>
  text
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');

const ALPHABET = [...'、。「」〇々\u302a\u0301ｅ！aZ09 ,.!?-_~`|\\\t\n\r\u000b\u001c\u001f\u007f\u0000中文字。，（）ＡＢ１\u200b\u00a0\u3000é😀'];

describe('normalizeKey', () => {
  it('gives the reference key for every ASCII character next to CJK', () => {
    for (let code = 0; code < 0x80; code++) {
      const text = `a${String.fromCharCode(code)}中B`;
      expect(normalizeKey(text), `U+${code.toString(16)}`).toBe(reference(text));
    }
  });

  it('gives the reference key for random mixes of ASCII, CJK, full-width, invisible and emoji characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        return normalizeKey(text) === reference(text);
      }),
      { numRuns: 5000 },
    );
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => normalizeKey(text) === reference(text)), { numRuns: 2000 });
  });
});

describe('endsLikeQuestion', () => {
  it('agrees with the QUESTION_END pattern on any ending', () => {
    const pieces = ['吗', '呢', '么', '区别', '原理', '是什么', '如何实现', '的作用', '复杂度', '？', '?', '。', ')', '）', ' ', '\u3000', '!', '~', 'a', '讲', '的', '\n'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        return endsLikeQuestion(text) === QUESTION_END.test(text);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('foldForMatching', () => {
  const reference = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
  it('gives the reference fold on random mixes of ASCII, CJK, full-width, invisible and emoji characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }), (chars) => foldForMatching(chars.join('')) === reference(chars.join(''))),
      { numRuns: 5000 },
    );
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => foldForMatching(text) === reference(text)), { numRuns: 2000 });
  });
});
