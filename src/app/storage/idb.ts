/** Promises over IndexedDB's requests, shared by the imports (page) and the parse cache (worker). */

export function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

export function transactionDone(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
  });
}

/** Opens (creating when new) a database whose object stores are keyed by `name`; rejects when one is missing. */
export function openStores(factory: IDBFactory, databaseName: string, version: number, storeNames: readonly string[]): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(databaseName, version);
    request.onupgradeneeded = () => {
      for (const storeName of storeNames) {
        if (!request.result.objectStoreNames.contains(storeName)) request.result.createObjectStore(storeName, { keyPath: 'name' });
      }
    };
    request.onsuccess = () => {
      const database = request.result;
      if (storeNames.every((storeName) => database.objectStoreNames.contains(storeName))) {
        resolve(database);
      } else {
        database.close();
        reject(new Error(`IndexedDB database ${databaseName} lacks a store of ${storeNames.join(', ')}`));
      }
    };
    request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'));
    request.onblocked = () => reject(new Error('IndexedDB open blocked by another tab'));
  });
}
