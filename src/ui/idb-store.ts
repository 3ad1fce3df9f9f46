/** One IndexedDB object store opened for use: each call starts a transaction of its own. */
export interface IdbStore {
  store(mode: IDBTransactionMode): IDBObjectStore;
}

/**
 * Opens (creating at version 1 when new) the database `dbName` with its one object store; rejects when the
 * browser offers no IndexedDB, so the caller can keep its data in memory until reload instead.
 */
export async function openIdbStore(dbName: string, storeName: string, options?: IDBObjectStoreParameters): Promise<IdbStore> {
  if (typeof indexedDB === 'undefined') throw new Error('IndexedDB unavailable');
  const open = indexedDB.open(dbName, 1);
  open.onupgradeneeded = () => {
    if (!open.result.objectStoreNames.contains(storeName)) open.result.createObjectStore(storeName, options);
  };
  const db = await idbRequest(open);
  return { store: (mode) => db.transaction(storeName, mode).objectStore(storeName) };
}

/** Settles with an IndexedDB request's result or error. */
export function idbRequest<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}
