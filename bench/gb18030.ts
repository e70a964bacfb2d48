/**
 * A GB18030 encoder for test data. Node and browsers decode GB18030 but only encode UTF-8, so
 * the table is built by decoding every two-byte sequence once. Characters outside the two-byte
 * range (emoji, rare CJK extensions) become `?`; that is enough for corpora and fuzz inputs.
 */

let table: Map<number, number> | undefined;

function buildTable(): Map<number, number> {
  const leads = 0xfe - 0x81 + 1;
  const trails: number[] = [];
  for (let t = 0x40; t <= 0xfe; t++) if (t !== 0x7f) trails.push(t);
  const bytes = new Uint8Array(leads * trails.length * 2);
  let o = 0;
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (const trail of trails) {
      bytes[o++] = lead;
      bytes[o++] = trail;
    }
  }
  const text = new TextDecoder('gb18030').decode(bytes);
  const map = new Map<number, number>();
  // Every lead/trail pair decodes to exactly one BMP code unit, so position i is pair i.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xfffd || map.has(code)) continue;
    const lead = 0x81 + Math.floor(i / trails.length);
    const trail = trails[i % trails.length] ?? 0x40;
    map.set(code, (lead << 8) | trail);
  }
  return map;
}

export function encodeGb18030(text: string): Uint8Array {
  table ??= buildTable();
  const out = new Uint8Array(text.length * 2);
  let o = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      out[o++] = code;
      continue;
    }
    const pair = table.get(code);
    if (pair === undefined) {
      // A surrogate pair is one character: skip its second half.
      if (code >= 0xd800 && code <= 0xdbff) i++;
      out[o++] = 0x3f;
      continue;
    }
    out[o++] = pair >> 8;
    out[o++] = pair & 0xff;
  }
  return out.slice(0, o);
}
