/**
 * The production bundle: `vite build` into a folder of our own (never the dist/ someone else may
 * be serving), then every emitted file gzipped at level 9, as a static host would send it.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const VITE = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));

export interface BundleFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface BundleResult {
  gzipKb: number;
  rawKb: number;
  files: BundleFile[];
}

export function buildApp(outDir: string): void {
  const result = spawnSync(process.execPath, [VITE, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    // vitest sets NODE_ENV=test, which would bundle React's development build.
    env: { ...process.env, NODE_ENV: 'production' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`vite build failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
}

export function measureBundle(outDir: string): BundleResult {
  const files: BundleFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const bytes = readFileSync(path);
        files.push({ file: relative(outDir, path), bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length });
      }
    }
  };
  walk(outDir);
  files.sort((a, b) => b.gzipBytes - a.gzipBytes);
  const kb = (n: number) => Math.round((n / 1024) * 10) / 10;
  return {
    gzipKb: kb(files.reduce((s, f) => s + f.gzipBytes, 0)),
    rawKb: kb(files.reduce((s, f) => s + f.bytes, 0)),
    files,
  };
}
