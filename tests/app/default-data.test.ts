import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bytesOfDataUrl, compareWalkOrder, defaultFiles } from '../../src/app/data/default-data';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** data/raw as the command line walks it: folders recursively, each sorted by name. */
function walk(path: string): string[] {
  return readdirSync(join(repoRoot, path))
    .filter((name) => !name.startsWith('.'))
    .sort()
    .flatMap((name) => {
      const child = `${path}/${name}`;
      return statSync(join(repoRoot, child)).isDirectory() ? walk(child) : [child];
    });
}

describe('defaultFiles', () => {
  it('bundles every file in data/raw, named and ordered as the command line reads them, with exact bytes', () => {
    const bundled = defaultFiles();
    expect(bundled.map((file) => file.name)).toEqual(walk('data/raw'));
    for (const file of bundled) {
      expect(Buffer.from(file.bytes).equals(readFileSync(join(repoRoot, file.name)))).toBe(true);
    }
  });
});

describe('compareWalkOrder', () => {
  it('visits a folder where its name sorts, before a file whose name only extends it', () => {
    const paths = ['data/raw/a.txt', 'data/raw/a/z.txt', 'data/raw/b.txt', 'data/raw/a/b/c.txt'];
    expect([...paths].sort(compareWalkOrder)).toEqual(['data/raw/a/b/c.txt', 'data/raw/a/z.txt', 'data/raw/a.txt', 'data/raw/b.txt']);
  });
});

describe('bytesOfDataUrl', () => {
  it('decodes base64 and percent-encoded data URLs', () => {
    expect(new TextDecoder().decode(bytesOfDataUrl('data:text/plain;base64,5a2X6IqC'))).toBe('字节');
    expect(new TextDecoder().decode(bytesOfDataUrl('data:text/plain,a%20b'))).toBe('a b');
  });
});
