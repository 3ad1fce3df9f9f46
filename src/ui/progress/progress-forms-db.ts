import { idbRequest, openIdbStore } from '../idb-store.ts';

/** One returned form imported in this browser, kept as the bytes it came in (re-read against the tasks shown each time). */
export interface StoredForm {
  key: string;
  fileName: string;
  bytes: Uint8Array;
  importedAt: string;
}

/** The browser storage of imported progress forms: its own IndexedDB database, apart from the datasets' (import/uploads-db.ts). */
export interface ProgressFormsDb {
  list(): Promise<StoredForm[]>;
  put(form: StoredForm): Promise<void>;
  remove(key: string): Promise<void>;
}

/** Opens the forms store; rejects when the browser offers no IndexedDB (then forms live only until reload). */
export async function openProgressFormsDb(): Promise<ProgressFormsDb> {
  const db = await openIdbStore('duban-progress', 'forms', { keyPath: 'key' });
  return {
    async list() {
      const all = (await idbRequest(db.store('readonly').getAll())) as StoredForm[];
      return all.filter((f) => typeof f.key === 'string' && f.bytes instanceof Uint8Array).sort((a, b) => a.importedAt.localeCompare(b.importedAt));
    },
    async put(form) {
      await idbRequest(db.store('readwrite').put(form));
    },
    async remove(key) {
      await idbRequest(db.store('readwrite').delete(key));
    },
  };
}
