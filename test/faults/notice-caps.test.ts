import { describe, expect, it } from 'vitest';
import type { UploadsDb } from '../../src/ui/import/uploads-db.ts';
import { cappedList, MAX_NAMED } from '../../src/ui/capped-list.ts';
import { createUploadsStore } from '../../src/ui/import/uploads-store.ts';

describe('faults: banners and storage that never answers', () => {
  it('cappedList(5,000 file names) → the first few named, the rest counted, in both languages', () => {
    const files = Array.from({ length: 5000 }, (_, i) => `gone-${i}.json（文件不存在）`);
    const zh = cappedList(files, '；', 'zh');
    expect(zh.split('；')).toHaveLength(MAX_NAMED);
    expect(zh.endsWith(`另有 ${5000 - MAX_NAMED} 个`)).toBe(true);
    expect(zh.length).toBeLessThan(400);
    expect(cappedList(files, '; ', 'en')).toContain(`and ${5000 - MAX_NAMED} more`);
    expect(cappedList(['a', 'b'], '；', 'zh')).toBe('a；b');
  });

  it('uploads store whose IndexedDB open never answers → ready after the deadline, with a storage error (never "loading…" for ever)', async () => {
    const store = createUploadsStore(() => new Promise<UploadsDb>(() => undefined), async () => ({ ok: false, fileName: 'x', message: 'x', rowErrors: [] }), () => '2026-01-01T00:00:00Z', 20);
    await store.init();
    expect(store.get().ready).toBe(true);
    expect(store.get().storageError).toMatch(/did not answer/);
  });

  it('uploads store whose list never answers → ready with a storage error', async () => {
    const db: UploadsDb = { list: () => new Promise(() => undefined), put: async () => undefined, remove: async () => undefined };
    const store = createUploadsStore(async () => db, async () => ({ ok: false, fileName: 'x', message: 'x', rowErrors: [] }), () => '2026-01-01T00:00:00Z', 20);
    await store.init();
    expect(store.get()).toMatchObject({ ready: true, records: [] });
    expect(store.get().storageError).toMatch(/did not answer/);
  });
});
