/**
 * Imported files in IndexedDB, so a reload keeps them. Reads validate every record; a database
 * that cannot be opened or read is deleted and reported as corrupted, never thrown at the page.
 */
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

function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function transactionDone(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
  });
}

function openDatabase(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(databaseName, databaseVersion);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(storeName)) {
        request.result.createObjectStore(storeName, { keyPath: 'name' });
      }
    };
    request.onsuccess = () => {
      const database = request.result;
      if (database.objectStoreNames.contains(storeName)) {
        resolve(database);
      } else {
        database.close();
        reject(new Error(`IndexedDB database ${databaseName} has no ${storeName} store`));
      }
    };
    request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'));
    request.onblocked = () => reject(new Error('IndexedDB open blocked by another tab'));
  });
}

async function deleteDatabase(factory: IDBFactory): Promise<void> {
  await requestResult(factory.deleteDatabase(databaseName)).catch(() => undefined);
}

export function createIndexedDbStorage(factory: IDBFactory | undefined = globalThis.indexedDB): ImportStorage {
  if (factory === undefined) return createMemoryStorage();
  let database: Promise<IDBDatabase> | undefined;
  const connect = (): Promise<IDBDatabase> => {
    database ??= openDatabase(factory).catch((error: unknown) => {
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
    remove: (name) => write((store) => store.delete(name)),
    clear: () => write((store) => store.clear()),
  };
}
