/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Everything besides a file's bytes that decides what the parse cache keeps for it
 * (src/app/worker/parse-cache.ts): the loader and its tables, and the code that packs its output.
 */
const LOADER_INPUTS = [
  'src/loader',
  'data/taxonomy.json',
  'data/companies.json',
  'data/leetcode.json',
  'src/app/worker/packed-questions.ts',
  'src/app/worker/file-parse.ts',
];

/** A hash of those files' paths and contents: parses cached under another version are re-done. */
function loaderVersion(): string {
  const files = LOADER_INPUTS.flatMap((input) => {
    const path = join(root, input);
    if (!statSync(path).isDirectory()) return [path];
    return readdirSync(path, { recursive: true, encoding: 'utf8' })
      .map((entry) => join(path, entry))
      .filter((file) => statSync(file).isFile());
  });
  const hash = createHash('sha256');
  for (const file of files.map((path) => relative(root, path).split('\\').join('/')).sort()) {
    hash.update(`${file}\0`).update(readFileSync(join(root, file))).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * `virtual:app-labels`: the ids, names and topic tree of data/taxonomy.json and the company names
 * of data/companies.json, for the page (src/app/taxonomy). The matching terms stay in the worker.
 */
function appLabels(): Plugin {
  const id = 'virtual:app-labels';
  const resolved = `\0${id}`;
  const tables = ['data/taxonomy.json', 'data/companies.json'].map((file) => join(root, file));
  return {
    name: 'app-labels',
    resolveId: (source) => (source === id ? resolved : undefined),
    load(moduleId) {
      if (moduleId !== resolved) return undefined;
      for (const file of tables) this.addWatchFile(file);
      type Row = { id: string; zh: string; en: string; area?: string; parent?: string };
      const [taxonomy, companies] = tables.map((file) => JSON.parse(readFileSync(file, 'utf8'))) as [
        { areas: Row[]; topics: Row[] },
        { companies: Row[] },
      ];
      const named = ({ id, zh, en }: Row) => ({ id, zh, en });
      const labels = {
        areas: taxonomy.areas.map(named),
        topics: taxonomy.topics.map((t) => ({ ...named(t), area: t.area, ...(t.parent ? { parent: t.parent } : {}) })),
        companies: companies.companies.map(named),
      };
      return `export default ${JSON.stringify(labels)};`;
    },
  };
}

// A relative base lets dist/ be served from any folder of any static host.
export default defineConfig(({ command }) => ({
  base: './',
  plugins: [react(), appLabels()],
  worker: { format: 'es' },
  define: {
    // Only builds cache parses: the dev server (and vitest) could not tell when the loader is
    // edited, and a stale cache would show the old loader's output.
    __LOADER_VERSION__: JSON.stringify(command === 'build' ? loaderVersion() : null),
  },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    testTimeout: 60_000,
  },
}));
