import { describe, expect, it } from 'vitest';
import type { UploadResult } from '../../../src/ingest/ingest-upload.ts';
import { formatUploadRecord } from '../../../src/load/upload-file.ts';
import type { UploadsDb } from '../../../src/ui/import/uploads-db.ts';
import { createUploadsStore, type Ingest } from '../../../src/ui/import/uploads-store.ts';
import { makeDataset, makeTask } from '../../analysis/make-task.ts';

/** An in-memory UploadsDb. */
function memoryDb(initial: Record<string, string> = {}) {
  const kept = new Map(Object.entries(initial));
  const db: UploadsDb = {
    list: async () => [...kept].map(([key, text]) => ({ key, text })),
    put: async (key, text) => void kept.set(key, text),
    remove: async (key) => void kept.delete(key),
  };
  return { db, kept };
}

const file = (name: string) => ({ name, arrayBuffer: async () => new TextEncoder().encode(name).buffer as ArrayBuffer });

/** An ingest that names the dataset after the file (`a.csv` → `a`) unless taken, and fails on `bad.*`. */
const fakeIngest: Ingest = async (fileName, _bytes, { existingIds }): Promise<UploadResult> => {
  if (fileName.startsWith('bad')) return { ok: false, fileName, message: `${fileName}: empty file`, rowErrors: [] };
  const base = fileName.replace(/\..*$/, '');
  const id = existingIds.includes(base) ? `${base}-upload` : base;
  const dataset = makeDataset({ id, tasks: [makeTask({ id: `${id}/1` })] });
  return { ok: true, dataset, summary: {} as never, encoding: 'utf-8', format: 'csv', rowErrors: [{ line: 3, message: 'x' }], sourceText: `text of ${fileName}` };
};

const NOW = () => '2024-05-01T08:00:00.000Z';

describe('ui/uploads-store', () => {
  it('init() reads kept records (oldest first) and lists unreadable ones as failures', async () => {
    const later = { fileName: 'b.csv', addedAt: '2024-02-01', encoding: 'utf-8', format: 'csv' as const, dataset: makeDataset({ id: 'b' }) };
    const earlier = { ...later, fileName: 'a.csv', addedAt: '2024-01-01', dataset: makeDataset({ id: 'a' }) };
    const { db } = memoryDb({ b: formatUploadRecord(later), a: formatUploadRecord(earlier), c: 'garbage' });
    const store = createUploadsStore(async () => db, fakeIngest, NOW);
    await store.init();
    expect(store.get().ready).toBe(true);
    expect(store.get().records.map((r) => r.dataset.id)).toEqual(['a', 'b']);
    expect(store.get().broken.map((f) => [f.file, f.kind])).toEqual([['c', 'not-json']]);
  });

  it('importFiles([a.csv], ["a"]) → kept under a fresh id, outcome "ok" with counts', async () => {
    const { db, kept } = memoryDb();
    const store = createUploadsStore(async () => db, fakeIngest, NOW);
    await store.importFiles([file('a.csv')], ['a']);
    expect(store.get().records.map((r) => [r.dataset.id, r.fileName, r.addedAt])).toEqual([['a-upload', 'a.csv', NOW()]]);
    expect(store.get().last).toEqual({ status: 'ok', fileName: 'a.csv', id: 'a-upload', taskCount: 1, warningCount: 0, rowErrorCount: 1, encoding: 'utf-8' });
    expect([...kept.keys()]).toEqual(['a-upload']);
  });

  it('the source text as read is kept with the import and comes back after a reload (for the task dialog)', async () => {
    const { db, kept } = memoryDb();
    await createUploadsStore(async () => db, fakeIngest, NOW).importFiles([file('a.csv')], []);
    expect(JSON.parse(kept.get('a')!).sourceText).toBe('text of a.csv');
    const reloaded = createUploadsStore(async () => db, fakeIngest, NOW);
    await reloaded.init();
    expect(reloaded.get().records[0]?.sourceText).toBe('text of a.csv');
  });

  it('importFiles([bad.txt]) → nothing kept, outcome "failed" with the message', async () => {
    const { db, kept } = memoryDb();
    const store = createUploadsStore(async () => db, fakeIngest, NOW);
    await store.importFiles([file('bad.txt')], []);
    expect(store.get().records).toEqual([]);
    expect(store.get().last).toEqual({ status: 'failed', fileName: 'bad.txt', message: 'bad.txt: empty file' });
    expect(kept.size).toBe(0);
  });

  it('an ingest that throws → outcome "failed", never a rejection', async () => {
    const store = createUploadsStore(async () => memoryDb().db, async () => {
      throw new Error('boom');
    }, NOW);
    await store.importFiles([file('a.csv')], []);
    expect(store.get().last).toEqual({ status: 'failed', fileName: 'a.csv', message: 'a.csv: boom' });
  });

  it('two files with the same name in one drop → two datasets with distinct ids', async () => {
    const store = createUploadsStore(async () => memoryDb().db, fakeIngest, NOW);
    await store.importFiles([file('a.csv'), file('a.csv')], []);
    expect(store.get().records.map((r) => r.dataset.id)).toEqual(['a', 'a-upload']);
  });

  it('remove(id) → dropped from the state and from storage', async () => {
    const { db, kept } = memoryDb();
    const store = createUploadsStore(async () => db, fakeIngest, NOW);
    await store.importFiles([file('a.csv')], []);
    await store.remove('a');
    expect(store.get().records).toEqual([]);
    expect(kept.size).toBe(0);
  });

  it('no storage (IndexedDB refused) → ready, imports kept in memory, storageError set', async () => {
    const store = createUploadsStore(async () => {
      throw new Error('IndexedDB unavailable');
    }, fakeIngest, NOW);
    await store.importFiles([file('a.csv')], []);
    expect(store.get()).toMatchObject({ ready: true, storageError: 'IndexedDB unavailable' });
    expect(store.get().records).toHaveLength(1);
  });

  it('subscribe(listener) → called on each change; the returned function unsubscribes', async () => {
    const store = createUploadsStore(async () => memoryDb().db, fakeIngest, NOW);
    let calls = 0;
    const stop = store.subscribe(() => calls++);
    store.setDragging(true);
    store.setDragging(true);
    stop();
    store.setDragging(false);
    expect(calls).toBe(1);
  });
});
