/**
 * Imported files in IndexedDB, so a reload keeps them. Reads validate every record; a database
 * that cannot be opened or read is deleted and reported as corrupted, never thrown at the page.
 * Removing an import, or all of them, also drops their cached parses (parse-cache.ts).
 */
import { openStores, requestResult, transactionDone } from './idb';
import { dropCachedParses } from './parse-cache';
import {
  byAddedAt,
  createMemoryStorage,
  validateStoredImport,
  type ImportStorage,
  type StoredImport,
} from './stored-import';

export const databaseName = 'mianjing-radar';
export const storeName = 'imports';
const databaseVersion = 1;

async function deleteDatabase(factory: IDBFactory): Promise<void> {
  await requestResult(factory.deleteDatabase(databaseName)).catch(() => undefined);
}

export function createIndexedDbStorage(factory: IDBFactory | undefined = globalThis.indexedDB): ImportStorage {
  if (factory === undefined) return createMemoryStorage();
  let database: Promise<IDBDatabase> | undefined;
  const connect = (): Promise<IDBDatabase> => {
    database ??= openStores(factory, databaseName, databaseVersion, [storeName]).catch((error: unknown) => {
      database = undefined;
      throw error;
    });
    return database;
  };
  const write = async (change: (store: IDBObjectStore) => void): Promise<void> => {
    const transaction = (await connect()).transaction(storeName, 'readwrite');
    change(transaction.objectStore(storeName));
    await transactionDone(transaction);
  };

  return {
    async readAll() {
      let records: unknown[];
      try {
        const transaction = (await connect()).transaction(storeName, 'readonly');
        records = await requestResult(transaction.objectStore(storeName).getAll());
      } catch {
        // Unreadable: start over with an empty database rather than fail every visit.
        (await database?.catch(() => undefined))?.close();
        database = undefined;
        await deleteDatabase(factory);
        return { files: [], corrupted: true };
      }
      const files = records.map(validateStoredImport);
      const valid = files.filter((file): file is StoredImport => file !== undefined);
      return { files: valid.sort(byAddedAt), corrupted: valid.length !== records.length };
    },
    putAll: (files) =>
      write((store) => {
        for (const file of files) store.put(file);
      }),
    async remove(name) {
      try {
        await write((store) => store.delete(name));
      } finally {
        await dropCachedParses(factory, name);
      }
    },
    async clear() {
      try {
        await write((store) => store.clear());
      } finally {
        await dropCachedParses(factory);
      }
    },
  };
}
