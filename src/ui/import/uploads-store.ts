import { useSyncExternalStore } from 'react';
import type { UploadResult } from '../../ingest/ingest-upload.ts';
import type { LoadFailure } from '../../load/load-result.ts';
import { formatUploadRecord, type UploadRecord } from '../../load/upload-file.ts';
import type { UploadsDb } from './uploads-db.ts';

/** What an import ended with, shown until the next one. */
export type ImportOutcome =
  | { status: 'reading'; fileName: string }
  | { status: 'ok'; fileName: string; id: string; taskCount: number; warningCount: number; rowErrorCount: number; encoding: string }
  | { status: 'failed'; fileName: string; message: string };

export interface UploadsState {
  /** False until the kept records have been read (or the storage failed). */
  ready: boolean;
  /** Imported datasets, oldest first. */
  records: UploadRecord[];
  /** Kept records that no longer validate. */
  broken: LoadFailure[];
  last: ImportOutcome | null;
  /** True while a file is dragged over the window. */
  dragging: boolean;
  /** Why imports cannot be kept across reloads, when they cannot. */
  storageError: string | null;
}

export type Ingest = (fileName: string, bytes: Uint8Array, options: { existingIds: readonly string[] }) => Promise<UploadResult>;

/** A dropped or chosen file: just what the store reads of a DOM File. */
export interface FileLike {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface UploadsStore {
  get(): UploadsState;
  subscribe(listener: () => void): () => void;
  /** Reads the kept records once; later calls return the same promise. */
  init(): Promise<void>;
  /** Ingests each file in turn, keeps each that reads, and reports the last outcome; never rejects. */
  importFiles(files: readonly FileLike[], existingIds: readonly string[]): Promise<void>;
  remove(datasetId: string): Promise<void>;
  setDragging(dragging: boolean): void;
}

const INITIAL: UploadsState = { ready: false, records: [], broken: [], last: null, dragging: false, storageError: null };

/** How long the browser's storage may take to open and list the kept imports before the page goes on without them. */
export const STORAGE_TIMEOUT_MS = 5000;

/**
 * Creates the store of imported datasets over a storage opener, an ingest function and a clock (all effects passed in).
 * Storage that never answers (an IndexedDB open blocked by another tab, a broken profile) is given up after
 * `storageTimeoutMs`: the page shows data/ with a note that imports cannot be kept, never "loading…" for ever.
 */
export function createUploadsStore(openDb: () => Promise<UploadsDb>, ingest: Ingest, now: () => string, storageTimeoutMs = STORAGE_TIMEOUT_MS): UploadsStore {
  let state = INITIAL;
  const listeners = new Set<() => void>();
  const set = (patch: Partial<UploadsState>) => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener();
  };
  let db: UploadsDb | null = null;
  let started: Promise<void> | null = null;

  const init = () =>
    (started ??= (async () => {
      try {
        const opened = await withDeadline(openDb(), storageTimeoutMs);
        const kept = await withDeadline(opened.list(), storageTimeoutMs);
        db = opened;
        const records: UploadRecord[] = [];
        const broken: LoadFailure[] = [];
        // Validation (zod) loads only when there is something kept to validate.
        if (kept.length > 0) {
          const { parseUploadRecord } = await import('../../load/upload-record.ts');
          for (const { key, text } of kept) {
            const parsed = parseUploadRecord(text, key);
            if (parsed.ok) records.push(parsed.record);
            else broken.push(parsed.failure);
          }
        }
        records.sort((a, b) => a.addedAt.localeCompare(b.addedAt));
        set({ ready: true, records, broken });
      } catch (error) {
        set({ ready: true, storageError: messageOf(error) });
      }
    })());

  const keep = async (record: UploadRecord) => {
    try {
      await db?.put(record.dataset.id, formatUploadRecord(record));
    } catch (error) {
      set({ storageError: messageOf(error) });
    }
  };

  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    init,
    async importFiles(files, existingIds) {
      await init();
      const taken = new Set([...existingIds, ...state.records.map((r) => r.dataset.id)]);
      for (const file of files) {
        set({ last: { status: 'reading', fileName: file.name } });
        let result: UploadResult;
        try {
          result = await ingest(file.name, new Uint8Array(await file.arrayBuffer()), { existingIds: [...taken] });
        } catch (error) {
          result = { ok: false, fileName: file.name, message: `${file.name}: ${messageOf(error)}`, rowErrors: [] };
        }
        if (!result.ok) {
          set({ last: { status: 'failed', fileName: file.name, message: result.message } });
          continue;
        }
        const { dataset } = result;
        // the text as read is kept with the dataset, so the task dialog shows an imported task in its source too
        const record: UploadRecord = { fileName: file.name, addedAt: now(), encoding: result.encoding, format: result.format, dataset, sourceText: result.sourceText };
        taken.add(dataset.id);
        set({
          records: [...state.records, record],
          last: {
            status: 'ok',
            fileName: file.name,
            id: dataset.id,
            taskCount: dataset.tasks.length,
            warningCount: dataset.warnings.length,
            rowErrorCount: result.rowErrors.length,
            encoding: result.encoding,
          },
        });
        await keep(record);
      }
    },
    async remove(datasetId) {
      set({
        records: state.records.filter((r) => r.dataset.id !== datasetId),
        broken: state.broken.filter((f) => f.id !== datasetId),
        last: null,
      });
      try {
        await db?.remove(datasetId);
      } catch (error) {
        set({ storageError: messageOf(error) });
      }
    },
    setDragging(dragging) {
      if (state.dragging !== dragging) set({ dragging });
    },
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Subscribes a component to a store of imported datasets. */
export function useUploadsStore(store: UploadsStore): UploadsState {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}

/** `promise`, or a rejection naming the wait once `ms` have passed without an answer. */
function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`IndexedDB did not answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
