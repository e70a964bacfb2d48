/**
 * Stage 1: bytes → text. UTF-8 (with or without BOM), UTF-16 with a BOM, or GB18030 when the bytes
 * are not valid UTF-8; line endings normalised to \n. Files that are not text are refused with a
 * reason a user understands.
 */
export type Decoded =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' }
  | { ok: false; reason: string };

const MAGIC: Array<{ bytes: number[]; what: string }> = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x52, 0x49, 0x46, 0x46], what: 'a RIFF (WebP/WAV/AVI) file' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (or .docx/.xlsx)' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

function decodeStrict(bytes: Uint8Array, label: string): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  const magic = MAGIC.find((m) => startsWith(bytes, m.bytes));
  if (magic) return { ok: false, reason: `not text (${magic.what})` };

  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const text = decodeStrict(bytes.subarray(2), encoding);
    if (text !== undefined) return { ok: true, text: normalizeNewlines(text), encoding };
  }

  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, reason: `not text (NUL bytes at offset ${nul})` };

  const hasBom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const utf8 = decodeStrict(hasBom ? bytes.subarray(3) : bytes, 'utf-8');
  const text = utf8 ?? decodeStrict(bytes, 'gb18030');
  if (text === undefined) {
    return { ok: false, reason: 'unreadable encoding (neither UTF-8 nor GB18030)' };
  }
  if (text.trim() === '') return { ok: false, reason: 'empty file (only white space)' };
  return { ok: true, text: normalizeNewlines(text), encoding: utf8 === undefined ? 'gb18030' : 'utf-8' };
}
