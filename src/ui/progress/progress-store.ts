import { useSyncExternalStore } from 'react';
import { openProgressFormsDb, type ProgressFormsDb, type StoredForm } from './progress-forms-db.ts';

export type { StoredForm } from './progress-forms-db.ts';

/** What the office imported in this browser: returned forms, oldest first, and what the last import did. */
export interface ProgressStoreState {
  ready: boolean;
  forms: readonly StoredForm[];
  /** Why forms cannot be kept across reloads, or null. */
  storageError: string | null;
}

/** Imported forms: kept in IndexedDB until removed, read again whenever the datasets change. */
export interface ProgressStore {
  get(): ProgressStoreState;
  subscribe(listener: () => void): () => void;
  init(): Promise<void>;
  add(files: readonly { name: string; bytes: Uint8Array }[], now: string): Promise<void>;
  remove(key: string): Promise<void>;
}

/** Creates the store of imported progress forms over a database opener (a fake one in tests). */
export function createProgressStore(openDb: () => Promise<ProgressFormsDb>): ProgressStore {
  let state: ProgressStoreState = { ready: false, forms: [], storageError: null };
  let db: ProgressFormsDb | null = null;
  let started: Promise<void> | null = null;
  const listeners = new Set<() => void>();
  const set = (patch: Partial<ProgressStoreState>) => {
    state = { ...state, ...patch };
    for (const l of listeners) l();
  };
  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    init() {
      started ??= (async () => {
        try {
          db = await openDb();
          set({ ready: true, forms: await db.list() });
        } catch (error) {
          set({ ready: true, storageError: String(error) });
        }
      })();
      return started;
    },
    async add(files, now) {
      await this.init();
      const added: StoredForm[] = files.map((f, i) => ({ key: `${now}#${i}#${f.name}`, fileName: f.name, bytes: f.bytes, importedAt: now }));
      for (const form of added) {
        try {
          await db?.put(form);
        } catch (error) {
          set({ storageError: String(error) });
        }
      }
      set({ forms: [...state.forms, ...added] });
    },
    async remove(key) {
      try {
        await db?.remove(key);
      } catch (error) {
        set({ storageError: String(error) });
      }
      set({ forms: state.forms.filter((f) => f.key !== key) });
    },
  };
}

/** The page's store of imported progress forms. */
export const progressStore: ProgressStore = createProgressStore(openProgressFormsDb);

/** Subscribes a component to the imported forms. */
export function useProgressStore(): ProgressStoreState {
  return useSyncExternalStore(progressStore.subscribe, progressStore.get);
}

/**
 * Takes the returned progress forms out of a batch of chosen or dropped files (a CSV or .xlsx
 * whose header has 任务编号 and 进展状态) into the progress store and returns the other files,
 * for the document import. The form reader is loaded only when a candidate file arrives.
 */
export async function routeProgressForms(files: readonly File[], now: string): Promise<File[]> {
  const candidates = files.filter((f) => /\.(csv|tsv|txt|xlsx|xlsm)$/i.test(f.name));
  if (candidates.length === 0) return [...files];
  const { isProgressForm } = await import('../../ingest/progress/ingest-progress-form.ts');
  const forms: { name: string; bytes: Uint8Array }[] = [];
  const rest: File[] = [];
  for (const file of files) {
    const bytes = candidates.includes(file) ? new Uint8Array(await file.arrayBuffer()) : null;
    if (bytes !== null && (await isProgressForm(file.name, bytes))) forms.push({ name: file.name, bytes });
    else rest.push(file);
  }
  if (forms.length > 0) await progressStore.add(forms, now);
  return rest;
}
