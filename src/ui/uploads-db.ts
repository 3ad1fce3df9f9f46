/** The browser storage of imported datasets: one IndexedDB object store of JSON text by dataset id (no size limit worth the name, unlike localStorage). */
export interface UploadsDb {
  list(): Promise<{ key: string; text: string }[]>;
  put(key: string, text: string): Promise<void>;
  remove(key: string): Promise<void>;
}

const DB_NAME = 'duban';
const STORE = 'uploads';

/** Opens the uploads store; rejects when the browser offers no IndexedDB (then imports live only until reload). */
export async function openUploadsDb(): Promise<UploadsDb> {
  if (typeof indexedDB === 'undefined') throw new Error('IndexedDB unavailable');
  const db = await request(
    (() => {
      const open = indexedDB.open(DB_NAME, 1);
      open.onupgradeneeded = () => {
        if (!open.result.objectStoreNames.contains(STORE)) open.result.createObjectStore(STORE);
      };
      return open;
    })(),
  );
  const tx = (mode: IDBTransactionMode) => db.transaction(STORE, mode).objectStore(STORE);
  return {
    async list() {
      const store = tx('readonly');
      const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
      return keys.map((key, i) => ({ key: String(key), text: typeof values[i] === 'string' ? (values[i] as string) : '' }));
    },
    async put(key, text) {
      await request(tx('readwrite').put(text, key));
    },
    async remove(key) {
      await request(tx('readwrite').delete(key));
    },
  };
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}
