/**
 * The parse cache: a load from the cache (the last whole load, or each file's parse added up)
 * gives exactly what the loader gives (posts, questions, the report line for line) without
 * running it; anything off about an entry (another loader version, other bytes, damage, an
 * unreadable database) costs only a re-parse; entries go with their imports.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus';
import { createIndexedDbStorage } from '../../src/app/storage/indexed-db-storage';
import {
  cacheDatabaseName,
  contentHashOf,
  createIndexedDbParseCache,
  createMemoryParseCache,
  LAST_LOAD,
  type ParseCache,
} from '../../src/app/storage/parse-cache';
import { makeStoredImport } from '../../src/app/storage/stored-import';
import { loadWithCache, type CachedLoad } from '../../src/app/worker/cached-load';
import { checkFileParse, parseAlone, type FileParse } from '../../src/app/worker/file-parse';
import { unpackQuestions } from '../../src/app/worker/packed-questions';
import { LoadMemory, loadFiles } from '../../src/loader';
import type { InputFile, LoadResult } from '../../src/loader/types';

const text = (name: string, body: string): InputFile => ({ name, bytes: new TextEncoder().encode(body) });
const readDir = (dir: string, prefix = dir): InputFile[] =>
  readdirSync(dir)
    .filter((name) => !name.endsWith('.json'))
    .sort()
    .map((name) => ({ name: `${prefix}/${name}`, bytes: new Uint8Array(readFileSync(join(dir, name))) }));

const POST_A = ['美团大模型算法暑期实习面经', '一面：', '1. 自我介绍', '2. 介绍一下 LoRA，为什么低秩有效', '3. 代码题：lc 215'].join('\n');
const POST_B = ['字节 Seed 大模型一面', '1. PPO 和 DPO 的区别', '2. KV cache 怎么省显存', '3. 手撕 multi-head attention'].join('\n');
const POST_C = ['阿里通义二面', '1. RAG 的召回怎么评估', '2. 长上下文怎么外推'].join('\n');
const csvCell = (value: string): string => `"${value.replace(/"/g, '""')}"`;

const seeds = readDir('data/raw');
/** Posts in every input form, and posts that repeat within a file and across files. */
const files: InputFile[] = [
  ...seeds,
  ...readDir('tests/fixtures/posts', 'fixtures'),
  ...[...generateCorpus({ seed: 7, posts: 60, csvBatch: 12 })].map(({ name, bytes }) => ({ name: `gen/${name}`, bytes })),
  text('a.txt', POST_A),
  { name: 'seed-copy.txt', bytes: seeds[0]!.bytes },
  text('mixed.csv', `title,text\n${[POST_C, POST_C, POST_A, POST_B].map((post) => `t,${csvCell(post)}`).join('\n')}\n`),
  text('b-again.md', `# 又一篇\n\n${POST_B}`),
  text('empty.txt', ''),
  { name: 'binary.txt', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]) },
];

/** A load as plain data: the loader's question records serialise as plain questions. */
const plain = (load: LoadResult): LoadResult => JSON.parse(JSON.stringify(load)) as LoadResult;
const expected: LoadResult = plain(loadFiles(files));
const asResult = (load: CachedLoad): LoadResult => ({ posts: load.posts, questions: unpackQuestions(load.questions), report: load.report });

/** A parse function that counts the files it parses. */
function countingParse() {
  const parsed: string[] = [];
  const parse = (file: InputFile): FileParse | undefined => {
    parsed.push(file.name);
    return parseAlone(file);
  };
  return { parse, parsed };
}

async function load(cache: ParseCache, input: readonly InputFile[] = files, version = 'v1') {
  const { parse, parsed } = countingParse();
  const result = await loadWithCache(input, { cache, version, parse });
  if (result === undefined) throw new Error('no cached load');
  await result.save();
  return { result, parsed };
}

describe('a load through the parse cache', () => {
  it('parses the files of an import with one shared memory and gets what parsing each alone gets', () => {
    const memory = new LoadMemory();
    const sharingMemory = files.map((file) => parseAlone(file, memory));
    expect(sharingMemory).toEqual(files.map((file) => parseAlone(file)));
  });

  it('gives what one loader run gives, duplicates within and across files included', async () => {
    expect(expected.report.duplicate_posts).toBeGreaterThanOrEqual(4);
    expect(expected.report.files.map((file) => file.status)).toContain('duplicate');
    const cache = createMemoryParseCache();
    const cold = await load(cache);
    expect(cold.parsed).toHaveLength(files.length);
    expect(asResult(cold.result)).toEqual(expected);
    // From the last whole load…
    const warm = await load(cache);
    expect(warm.parsed).toEqual([]);
    expect(asResult(warm.result)).toEqual(expected);
    expect(JSON.stringify(warm.result.report)).toBe(JSON.stringify(expected.report));
    // …and from each file's parse, added up.
    cache.load = undefined;
    const composed = await load(cache);
    expect(composed.parsed).toEqual([]);
    expect(asResult(composed.result)).toEqual(expected);
    expect(JSON.stringify(composed.result.report)).toBe(JSON.stringify(expected.report));
  });

  it('skips the loader for every file it has, and parses only a new one', async () => {
    const cache = createMemoryParseCache();
    await load(cache, files.slice(0, -1));
    const { result, parsed } = await load(cache);
    expect(parsed).toEqual([files.at(-1)!.name]);
    expect(result.fromCache).toBe(files.length - 1);
    const again = await load(cache);
    expect(again.parsed).toEqual([]);
    expect(again.result.fromCache).toBe(files.length);
  });

  it('parses everything again under another loader version', async () => {
    const cache = createMemoryParseCache();
    await load(cache, files, 'v1');
    const { result, parsed } = await load(cache, files, 'v2');
    expect(parsed).toHaveLength(files.length);
    expect(asResult(result)).toEqual(expected);
    expect([...cache.files.values(), cache.load].every((entry) => (entry as { version: string }).version === 'v2')).toBe(true);
  });

  it('parses a file again when its bytes changed under the same name', async () => {
    const cache = createMemoryParseCache();
    await load(cache);
    const changed = files.map((file) => (file.name === 'a.txt' ? text('a.txt', POST_C) : file));
    const { result, parsed } = await load(cache, changed);
    expect(parsed).toEqual(['a.txt']);
    expect(asResult(result)).toEqual(plain(loadFiles(changed)));
  });

  it.each([
    ['garbage', () => 'not a record'],
    ['no parse', (entry: Record<string, unknown>) => ({ ...entry, parse: undefined })],
    ['a truncated column', (entry: Record<string, unknown>) => withQuestions(entry, 'parse', (q) => ({ ...q, columns: (q['columns'] as Uint32Array).slice(1) }))],
    ['a table index out of range', (entry: Record<string, unknown>) => withQuestions(entry, 'parse', (q) => ({ ...q, strings: [] }))],
    ['bad JSON', (entry: Record<string, unknown>) => withQuestions(entry, 'parse', (q) => ({ ...q, evidence: '[{' }))],
    ['a report that does not add up', (entry: Record<string, unknown>) => withPayload(entry, 'parse', (p) => ({ ...p, posts: [] }))],
  ])('falls back to parsing a file whose entry has %s, and rewrites it', async (_, damage) => {
    const cache = createMemoryParseCache();
    await load(cache);
    const name = 'a.txt';
    cache.files.set(name, damage(cache.files.get(name) as Record<string, unknown>));
    cache.load = undefined;
    const { result, parsed } = await load(cache);
    expect(parsed).toEqual([name]);
    expect(asResult(result)).toEqual(expected);
    expect(checkFileParse((cache.files.get(name) as { parse: unknown }).parse)).toBeDefined();
  });

  it.each([
    ['garbage', () => 42],
    ['another file list', (entry: Record<string, unknown>) => ({ ...entry, files: '[]' })],
    ['a truncated column', (entry: Record<string, unknown>) => withQuestions(entry, 'load', (q) => ({ ...q, columns: (q['columns'] as Uint32Array).slice(14) }))],
    ['a wrong unclassified count', (entry: Record<string, unknown>) => withPayload(entry, 'load', (l) => ({ ...l, report: { ...(l['report'] as object), unclassified_questions: 0 } }))],
    ['a post that is not one', (entry: Record<string, unknown>) => withPayload(entry, 'load', (l) => ({ ...l, posts: [...(l['posts'] as unknown[]).slice(1), { id: 1 }] }))],
  ])('adds up the files’ parses when the last load has %s, without parsing', async (_, damage) => {
    const cache = createMemoryParseCache();
    await load(cache);
    cache.load = damage(cache.load as Record<string, unknown>);
    const { result, parsed } = await load(cache);
    expect(parsed).toEqual([]);
    expect(asResult(result)).toEqual(expected);
    expect((await load(cache)).result.fromCache).toBe(files.length);
  });

  it('drops the entries of files no longer loaded', async () => {
    const cache = createMemoryParseCache();
    await load(cache);
    await load(cache, files.filter((file) => file.name !== 'a.txt'));
    expect(cache.files.has('a.txt')).toBe(false);
    expect(cache.files.size).toBe(files.length - 1);
  });

  it('still loads when the cache cannot be written', async () => {
    const cache: ParseCache = { ...createMemoryParseCache(), write: () => Promise.reject(new Error('QuotaExceededError')) };
    const { result } = await load(cache);
    expect(asResult(result)).toEqual(expected);
  });

  it('leaves the load to one loader run when a file cannot be parsed alone', async () => {
    const cache = createMemoryParseCache();
    const parse = (file: InputFile): FileParse | undefined => (file.name === 'broken.txt' ? undefined : parseAlone(file));
    expect(await loadWithCache([files[0]!, text('broken.txt', 'x')], { cache, version: 'v1', parse })).toBeUndefined();
    expect(cache.files.size).toBe(0);
  });
});

describe('the parse cache in IndexedDB', () => {
  const entryFor = (file: InputFile) => ({ name: file.name, version: 'v1', contentHash: contentHashOf(file.bytes), parse: parseAlone(file) });

  it('keeps parses that read back whole, typed arrays included', async () => {
    const factory = new IDBFactory();
    const first = await load(createIndexedDbParseCache(factory));
    expect(first.parsed).toHaveLength(files.length);
    const second = await load(createIndexedDbParseCache(factory));
    expect(second.parsed).toEqual([]);
    expect(asResult(second.result)).toEqual(expected);
  });

  it('reads an unreadable cache as empty, deletes it, and works again afterwards', async () => {
    const factory = new IDBFactory();
    // A database of the cache's name without its store: what a damaged or foreign one looks like.
    await new Promise<void>((resolve, reject) => {
      const open = factory.open(cacheDatabaseName, 1);
      open.onupgradeneeded = () => open.result.createObjectStore('something-else');
      open.onsuccess = () => {
        open.result.close();
        resolve();
      };
      open.onerror = () => reject(open.error);
    });
    const cache = createIndexedDbParseCache(factory);
    expect(await cache.readLoad()).toBeUndefined();
    expect((await cache.readFiles()).size).toBe(0);
    const { parsed } = await load(cache, seeds);
    expect(parsed).toHaveLength(seeds.length);
    expect((await load(createIndexedDbParseCache(factory), seeds)).parsed).toEqual([]);
  });

  it('drops an import’s parse when the import is removed, and all of them on reset', async () => {
    const factory = new IDBFactory();
    const storage = createIndexedDbStorage(factory);
    const cache = createIndexedDbParseCache(factory);
    const [a, b] = [text('a.txt', POST_A), text('b.txt', POST_B)];
    await storage.putAll([makeStoredImport(a.name, a.bytes, 1), makeStoredImport(b.name, b.bytes, 2)]);
    await cache.write([entryFor(seeds[0]!), entryFor(a), entryFor(b)], new Set(), { name: LAST_LOAD });
    expect([...(await cache.readFiles()).keys()].sort()).toEqual([seeds[0]!.name, 'a.txt', 'b.txt'].sort());
    expect(await cache.readLoad()).toEqual({ name: LAST_LOAD });

    await storage.remove('a.txt');
    expect([...(await cache.readFiles()).keys()].sort()).toEqual([seeds[0]!.name, 'b.txt'].sort());
    expect(await cache.readLoad()).toBeUndefined();
    expect((await storage.readAll()).files.map((file) => file.name)).toEqual(['b.txt']);

    await storage.clear();
    expect((await cache.readFiles()).size).toBe(0);
  });
});

function withPayload(entry: Record<string, unknown>, field: 'parse' | 'load', change: (payload: Record<string, unknown>) => Record<string, unknown>) {
  return { ...entry, [field]: change(entry[field] as Record<string, unknown>) };
}

function withQuestions(entry: Record<string, unknown>, field: 'parse' | 'load', change: (questions: Record<string, unknown>) => Record<string, unknown>) {
  return withPayload(entry, field, (payload) => ({ ...payload, questions: change(payload['questions'] as Record<string, unknown>) }));
}
