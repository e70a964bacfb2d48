import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bytesOfDataUrl, defaultFiles } from '../../src/app/data/default-data';

const rawDir = fileURLToPath(new URL('../../data/raw/', import.meta.url));

describe('defaultFiles', () => {
  it('bundles every seed in data/raw with its exact bytes', () => {
    const onDisk = readdirSync(rawDir)
      .filter((name) => /\.(txt|md|csv)$/u.test(name))
      .sort();
    const bundled = defaultFiles();
    expect(bundled.map((file) => file.name)).toEqual(onDisk);
    for (const file of bundled) {
      expect(Buffer.from(file.bytes).equals(readFileSync(`${rawDir}${file.name}`))).toBe(true);
    }
  });
});

describe('bytesOfDataUrl', () => {
  it('decodes base64 and percent-encoded data URLs', () => {
    expect(new TextDecoder().decode(bytesOfDataUrl('data:text/plain;base64,5a2X6IqC'))).toBe('字节');
    expect(new TextDecoder().decode(bytesOfDataUrl('data:text/plain,a%20b'))).toBe('a b');
  });
});
