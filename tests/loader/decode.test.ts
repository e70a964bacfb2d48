/** Stage 1, decode: bytes → text, or a reason a user understands. */
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/loader';
import { gb18030, seedText, utf8, withBomAndCrlf, withCr } from './support';

const POST = '字节跳动 一面面经\n1. 自我介绍\n2. 讲讲 RoPE 的原理？\n3. 手撕：接雨水\n';

/** A small deterministic generator, so a “random” binary file is the same on every run. */
function pseudoRandomBytes(length: number, seed: number, from = 0, to = 256): Uint8Array {
  let state = seed >>> 0;
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    out[i] = from + (state % (to - from));
  }
  return out;
}

describe('decode', () => {
  it('reads UTF-8 without a BOM as it is', () => {
    expect(decode(utf8(POST))).toEqual({ ok: true, text: POST, encoding: 'utf-8' });
  });

  it('drops a UTF-8 BOM and turns CRLF into \\n', () => {
    const decoded = decode(withBomAndCrlf(POST));
    expect(decoded).toEqual({ ok: true, text: POST, encoding: 'utf-8' });
  });

  it('turns old Mac CR line endings into \\n', () => {
    const decoded = decode(withCr(POST));
    expect(decoded.ok && decoded.text).toBe(POST);
  });

  it('turns mixed CRLF, CR and LF in one file into \\n without inventing blank lines', () => {
    const decoded = decode(utf8('一面\r\n1. 自我介绍\r2. 讲讲 LoRA\n3. 手撕 MHA\r\n'));
    expect(decoded.ok && decoded.text).toBe('一面\n1. 自我介绍\n2. 讲讲 LoRA\n3. 手撕 MHA\n');
  });

  it('reads GB18030 bytes that are not UTF-8 as GB18030', () => {
    const bytes = gb18030(POST);
    expect(new TextDecoder().decode(bytes)).not.toBe(POST);
    expect(decode(bytes)).toEqual({ ok: true, text: POST, encoding: 'gb18030' });
  });

  it('reads a whole seed log saved as GB18030, emoji and all, back to the same text', () => {
    const text = seedText('002_6d84eb9790c73d6c.txt');
    expect(decode(gb18030(text))).toEqual({ ok: true, text, encoding: 'gb18030' });
  });

  it('reads UTF-16 with a BOM, as Windows Notepad saves “Unicode”', () => {
    const le = new Uint8Array(2 + POST.length * 2);
    le.set([0xff, 0xfe], 0);
    for (let i = 0; i < POST.length; i++) {
      const code = POST.charCodeAt(i);
      le[2 + i * 2] = code & 0xff;
      le[3 + i * 2] = code >> 8;
    }
    expect(decode(le)).toEqual({ ok: true, text: POST, encoding: 'utf-16le' });
  });

  it('refuses an empty file, saying it is empty', () => {
    const decoded = decode(new Uint8Array());
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.reason).toMatch(/empty/);
  });

  it('refuses a file of only spaces, tabs and newlines, saying it is empty', () => {
    const decoded = decode(utf8(' \n\t\r\n\u3000\n'));
    expect(!decoded.ok && decoded.reason).toMatch(/empty/);
  });

  it('refuses a binary file with NUL bytes, saying where the first NUL is', () => {
    const bytes = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]);
    const decoded = decode(bytes);
    expect(!decoded.ok && decoded.reason).toMatch(/not text.*NUL.*7/);
  });

  it.each([
    ['a PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d], /PNG image/],
    ['a JPEG image', [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46], /JPEG image/],
    ['a GIF image', [0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00], /GIF image/],
    ['a PDF', [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37], /PDF/],
    ['a .docx (zip)', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], /ZIP|docx/],
  ])('refuses %s, naming what it is', (_what, bytes, reason) => {
    const decoded = decode(new Uint8Array(bytes));
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.reason).toMatch(reason);
  });

  it('refuses random high bytes without NULs rather than reading them as Chinese', () => {
    const decoded = decode(pseudoRandomBytes(4096, 7, 0x80, 0x100));
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.reason).toMatch(/not text|encoding/);
  });

  it('decodes a 1 MB single line in well under a second', () => {
    const line = `1. ${'注意力'.repeat(350_000)}`;
    const started = performance.now();
    const decoded = decode(utf8(line));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(decoded.ok && decoded.text.length).toBe(line.length);
  });
});
