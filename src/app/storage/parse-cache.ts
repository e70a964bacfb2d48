/**
 * The loader's output kept between visits, so that a revisit does not parse again what it parsed
 * last time (re-parsing 11 MB of imports was 94% of the first render, docs/performance.md). Two
 * stores: `files`, each input file's own parse, so that adding or removing a file parses only
 * what is new; and `loads`, the last whole load (all files' output added up), so that a revisit
 * with the same files reads one record and adds up nothing. Entries are used only when they were
 * made by the same loader version (LOADER_VERSION: a hash of the loader, its tables and the
 * packing code, fixed at build time) from the same bytes (`contentHashOf`); anything else is
 * parsed again and replaced. The worker reads and writes them (cached-load.ts).
 *
 * It is a database of its own, not stores beside `imports`: a cache may be lost at any time, so
 * whatever goes wrong with it (unreadable, damaged, full) only costs a re-parse and can never set
 * off the imports' corrupted-storage reset; and it needs no schema upgrade of the imports'
 * database, which an open tab of an older build would block. The page drops an import's entry
 * with the import (`dropCachedParses`); the worker drops entries of files it is no longer given.
 */
import { openStores, requestResult, transactionDone } from './idb';

export const cacheDatabaseName = 'mianjing-radar-cache';
const cacheDatabaseVersion = 1;
export const FILES = 'files';
export const LOADS = 'loads';
/** The one record of the `loads` store. */
export const LAST_LOAD = 'last';

/** An entry of either store: keyed by `name` (the input file's, or LAST_LOAD); checked by the reader. */
export interface CacheRecord {
  readonly name: string;
}

export interface ParseCache {
  /** The last whole load's record, unchecked; undefined when there is none or it cannot be read. */
  readLoad(): Promise<unknown>;
  /** Every file's entry, by name, unchecked. Never rejects: an unreadable cache reads as empty and is deleted. */
  readFiles(): Promise<Map<string, unknown>>;
  /**
   * Replaces the last load's record; and, in a second transaction, puts these file entries and
   * deletes every other one not named in `keep`. Two, so that a reload while thousands of file
   * entries are being written still finds the last load. All values are cloned before it returns
   * to the event loop, so the caller may then transfer their buffers.
   */
  write(files: readonly CacheRecord[], keep: ReadonlySet<string>, load: CacheRecord): Promise<void>;
}

/**
 * 64 bits of hash over the bytes, with their length: two multiplicative lanes (cyrb53's mixing).
 * It tells changed bytes from unchanged ones; it is no defence against someone who forges a
 * collision, who could as well rewrite the cache itself.
 */
export function contentHashOf(bytes: Uint8Array): string {
  let h1 = 0xdeadbeef ^ bytes.length;
  let h2 = 0x41c6ce57 ^ bytes.length;
  for (let i = 0; i < bytes.length; i += 1) {
    const byte = bytes[i]!;
    h1 = Math.imul(h1 ^ byte, 2654435761);
    h2 = Math.imul(h2 ^ byte, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hex = (h: number): string => (h >>> 0).toString(16).padStart(8, '0');
  return `${bytes.length}:${hex(h2)}${hex(h1)}`;
}

const openCache = (factory: IDBFactory): Promise<IDBDatabase> => openStores(factory, cacheDatabaseName, cacheDatabaseVersion, [FILES, LOADS]);

/**
 * Drops the cached parse of the import `name` (and the last load, which holds it too), or every
 * cached parse: the page does it with the import itself. Never rejects.
 */
export async function dropCachedParses(factory: IDBFactory, name?: string): Promise<void> {
  try {
    const database = await openCache(factory);
    try {
      const transaction = database.transaction([FILES, LOADS], 'readwrite');
      const files = transaction.objectStore(FILES);
      if (name === undefined) files.clear();
      else files.delete(name);
      transaction.objectStore(LOADS).clear();
      await transactionDone(transaction);
    } finally {
      database.close();
    }
  } catch {
    // The cache is only a cache; the worker also drops entries of files it is no longer given.
  }
}

export function createIndexedDbParseCache(factory: IDBFactory): ParseCache {
  let database: Promise<IDBDatabase> | undefined;
  const connect = (): Promise<IDBDatabase> => {
    database ??= openCache(factory).then(
      (opened) => {
        // Another page deleting the cache must not wait for this connection to end.
        opened.onversionchange = () => {
          opened.close();
          database = undefined;
        };
        opened.onclose = () => {
          database = undefined;
        };
        return opened;
      },
      (error: unknown) => {
        database = undefined;
        throw error;
      },
    );
    return database;
  };
  /** Unreadable: drop it (not awaited: a page holding it open must not hold up this load). */
  const drop = async (): Promise<void> => {
    (await database?.catch(() => undefined))?.close();
    database = undefined;
    factory.deleteDatabase(cacheDatabaseName);
  };
  return {
    async readLoad() {
      try {
        const transaction = (await connect()).transaction(LOADS, 'readonly');
        return await requestResult(transaction.objectStore(LOADS).get(LAST_LOAD));
      } catch {
        await drop();
        return undefined;
      }
    },
    async readFiles() {
      try {
        const transaction = (await connect()).transaction(FILES, 'readonly');
        const records = await requestResult(transaction.objectStore(FILES).getAll());
        const byName = new Map<string, unknown>();
        for (const record of records) {
          const name = typeof record === 'object' && record !== null ? (record as { name?: unknown }).name : undefined;
          if (typeof name === 'string') byName.set(name, record);
        }
        return byName;
      } catch {
        await drop();
        return new Map();
      }
    },
    async write(records, keep, load) {
      const opened = await connect();
      const loads = opened.transaction(LOADS, 'readwrite');
      loads.objectStore(LOADS).put(load);
      const transaction = opened.transaction(FILES, 'readwrite');
      const files = transaction.objectStore(FILES);
      const written = new Set<string>();
      for (const record of records) {
        files.put(record);
        written.add(record.name);
      }
      files.getAllKeys().onsuccess = (event) => {
        const keys = (event.target as IDBRequest<IDBValidKey[]>).result;
        for (const key of keys) if (typeof key !== 'string' || (!keep.has(key) && !written.has(key))) files.delete(key);
      };
      await Promise.all([transactionDone(loads), transactionDone(transaction)]);
    },
  };
}

/** A cache for this page only, for tests. Entries are cloned as IndexedDB would clone them. */
export function createMemoryParseCache(): ParseCache & { files: Map<string, unknown>; load: unknown } {
  const cache = {
    files: new Map<string, unknown>(),
    load: undefined as unknown,
    async readLoad() {
      return structuredClone(cache.load);
    },
    async readFiles() {
      return new Map([...cache.files].map(([name, record]) => [name, structuredClone(record)]));
    },
    async write(records: readonly CacheRecord[], keep: ReadonlySet<string>, load: CacheRecord) {
      const written = new Set(records.map((record) => record.name));
      for (const name of [...cache.files.keys()]) if (!keep.has(name) && !written.has(name)) cache.files.delete(name);
      for (const record of records) cache.files.set(record.name, structuredClone(record));
      cache.load = structuredClone(load);
    },
  };
  return cache;
}
