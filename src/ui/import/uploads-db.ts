import { idbRequest, openIdbStore } from '../idb-store.ts';

/** The browser storage of imported datasets: one IndexedDB object store of JSON text by dataset id (no size limit worth the name, unlike localStorage). */
export interface UploadsDb {
  list(): Promise<{ key: string; text: string }[]>;
  put(key: string, text: string): Promise<void>;
  remove(key: string): Promise<void>;
}

/** Opens the uploads store; rejects when the browser offers no IndexedDB (then imports live only until reload). */
export async function openUploadsDb(): Promise<UploadsDb> {
  const db = await openIdbStore('duban', 'uploads');
  return {
    async list() {
      const store = db.store('readonly');
      const [keys, values] = await Promise.all([idbRequest(store.getAllKeys()), idbRequest(store.getAll())]);
      return keys.map((key, i) => ({ key: String(key), text: typeof values[i] === 'string' ? (values[i] as string) : '' }));
    },
    async put(key, text) {
      await idbRequest(db.store('readwrite').put(text, key));
    },
    async remove(key) {
      await idbRequest(db.store('readwrite').delete(key));
    },
  };
}
