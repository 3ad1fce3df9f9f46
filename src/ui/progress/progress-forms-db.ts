/** One returned form imported in this browser, kept as the bytes it came in (re-read against the tasks shown each time). */
export interface StoredForm {
  key: string;
  fileName: string;
  bytes: Uint8Array;
  importedAt: string;
}

/** The browser storage of imported progress forms: its own IndexedDB database, apart from the datasets' (uploads-db.ts). */
export interface ProgressFormsDb {
  list(): Promise<StoredForm[]>;
  put(form: StoredForm): Promise<void>;
  remove(key: string): Promise<void>;
}

const DB_NAME = 'duban-progress';
const STORE = 'forms';

/** Opens the forms store; rejects when the browser offers no IndexedDB (then forms live only until reload). */
export async function openProgressFormsDb(): Promise<ProgressFormsDb> {
  if (typeof indexedDB === 'undefined') throw new Error('IndexedDB unavailable');
  const open = indexedDB.open(DB_NAME, 1);
  open.onupgradeneeded = () => {
    if (!open.result.objectStoreNames.contains(STORE)) open.result.createObjectStore(STORE, { keyPath: 'key' });
  };
  const db = await request(open);
  const tx = (mode: IDBTransactionMode) => db.transaction(STORE, mode).objectStore(STORE);
  return {
    async list() {
      const all = (await request(tx('readonly').getAll())) as StoredForm[];
      return all.filter((f) => typeof f.key === 'string' && f.bytes instanceof Uint8Array).sort((a, b) => a.importedAt.localeCompare(b.importedAt));
    },
    async put(form) {
      await request(tx('readwrite').put(form));
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
