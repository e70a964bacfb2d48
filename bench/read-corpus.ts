/** Reads a corpus folder the way the CLI does: every file, in name order, as bytes. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { InputFile } from '../src/loader/types';

export function readCorpus(dir: string): InputFile[] {
  const files: InputFile[] = [];
  const walk = (path: string) => {
    for (const name of readdirSync(path).sort()) {
      if (name.startsWith('.')) continue;
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else {
        // A view of the file's own buffer: a copy would count the input twice in the memory figure.
        const buffer = readFileSync(full);
        files.push({ name, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) });
      }
    }
  };
  walk(dir);
  return files;
}

export const totalBytes = (files: readonly InputFile[]): number => files.reduce((sum, f) => sum + f.bytes.length, 0);
