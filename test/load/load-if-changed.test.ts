import { describe, expect, it } from 'vitest';
import { digestBytes } from '../../src/load/content-digest.ts';
import { fillArrowTexts } from '../../src/load/fill-arrow-texts.ts';
import { loadDatasets } from '../../src/load/load-datasets.ts';
import { loadIfChanged } from '../../src/load/load-if-changed.ts';
import { createMainThreadLoader } from '../../src/load/main-thread-loader.ts';
import { arrowFolder, BASE, jsonFolder, servedFolder, type Folder } from './served-data.ts';

/** Loads the folder, then refreshes it after `change` (which edits the served files) and reports what the refresh did. */
async function refreshAfter(folder: Folder, change: (files: Folder) => void) {
  const served = servedFolder(folder);
  const shown = await loadDatasets(served.fetchFn, BASE, { files: createMainThreadLoader(served.fetchFn) });
  change(folder);
  served.requested.length = 0;
  const next = await loadIfChanged(served.fetchFn, BASE, createMainThreadLoader(served.fetchFn), shown);
  return { shown, next, requested: [...served.requested] };
}

describe('load/digest: a fingerprint of bytes', () => {
  it('the same bytes give the same digest; one byte changed, or one byte more, gives another', () => {
    const bytes = new TextEncoder().encode('{"id":"a","tasks":[]}');
    const changed = bytes.slice();
    changed[5] = 0x62;
    const longer = new Uint8Array([...bytes, 0x20]);
    expect(digestBytes(bytes.slice())).toBe(digestBytes(bytes));
    expect(digestBytes(changed)).not.toBe(digestBytes(bytes));
    expect(digestBytes(longer)).not.toBe(digestBytes(bytes));
  });
});

describe('load/loadIfChanged: a refresh parses only when a file changed', () => {
  it('a load keys the manifest and every file it read', async () => {
    const folder = jsonFolder();
    folder.delete('shanwei-2023.json');
    const result = await loadDatasets(servedFolder(folder).fetchFn, BASE);
    const files = JSON.parse(folder.get('manifest.json') as string).datasets.map((e: { file: string }) => e.file) as string[];
    expect(Object.keys(result.fileKeys ?? {}).sort()).toEqual(['manifest.json', ...files].sort());
    expect(result.fileKeys?.['shanwei-2023.json']).toBe('missing:404');
    expect(result.fileKeys?.['manifest.json']).toMatch(/^\d+:/);
  });

  it('nothing changed → null (nothing to show again), each file fetched once to fingerprint it', async () => {
    const { shown, next, requested } = await refreshAfter(jsonFolder(), () => undefined);
    expect(next).toBeNull();
    expect(requested.sort()).toEqual(Object.keys(shown.fileKeys ?? {}).sort());
  });

  it('one dataset rewritten → the whole load again, with the new tasks', async () => {
    const { next } = await refreshAfter(jsonFolder(), (files) => {
      const dataset = JSON.parse(files.get('gangkou-2021.json') as string) as { tasks: { title: string | null }[] };
      dataset.tasks[0]!.title = '新标题';
      files.set('gangkou-2021.json', JSON.stringify(dataset));
    });
    expect(next?.datasets.find((d) => d.id === 'gangkou-2021')?.tasks[0]?.title).toBe('新标题');
  });

  it('a file gone, a file come back, a new manifest → each a change', async () => {
    expect((await refreshAfter(jsonFolder(), (files) => files.delete('gangkou-2021.json'))).next?.failures.map((f) => f.kind)).toEqual(['missing']);
    const broken = jsonFolder();
    const saved = broken.get('gangkou-2021.json')!;
    broken.delete('gangkou-2021.json');
    const back = await refreshAfter(broken, (files) => files.set('gangkou-2021.json', saved));
    expect(back.next?.failures).toEqual([]);
    const manifest = await refreshAfter(jsonFolder(), (files) => files.set('manifest.json', `${files.get('manifest.json') as string}\n`));
    expect(manifest.next).not.toBeNull();
  });

  it('a file still missing, or still not JSON, is no change: a broken file does not reload the wall every time', async () => {
    const folder = jsonFolder();
    folder.delete('gangkou-2021.json');
    folder.set('shanwei-2023.json', '{ not json');
    const { shown, next } = await refreshAfter(folder, () => undefined);
    expect(shown.failures.map((f) => f.kind).sort()).toEqual(['missing', 'not-json']);
    expect(shown.failures.every((f) => f.digest === undefined)).toBe(true);
    expect(next).toBeNull();
  });

  it('the compact encoding: texts loaded later (deferred, then filled) key the same files as texts loaded at once', async () => {
    const folder = arrowFolder();
    const served = servedFolder(folder);
    const loader = createMainThreadLoader(served.fetchFn);
    const deferred = await loadDatasets(served.fetchFn, BASE, { files: loader, deferTexts: true });
    expect(Object.values(deferred.fileKeys ?? {})).toContain('?');
    const filled = await fillArrowTexts(deferred, loader);
    const atOnce = await loadDatasets(served.fetchFn, BASE, { files: loader });
    expect(filled.fileKeys).toEqual(atOnce.fileKeys);
    expect(Object.keys(filled.fileKeys ?? {}).some((name) => name.endsWith('.texts.arrow'))).toBe(true);
    expect(await loadIfChanged(served.fetchFn, BASE, loader, filled)).toBeNull();
    const texts = [...folder.keys()].find((name) => name.endsWith('.texts.arrow'))!;
    folder.set(texts, (folder.get(texts) as Uint8Array).slice(0, -8));
    expect(await loadIfChanged(served.fetchFn, BASE, loader, filled)).not.toBeNull();
  });

  it('a load still under way (no keys yet, or texts still to come) → null, nothing fetched: it is not loaded twice', async () => {
    const served = servedFolder(arrowFolder());
    const loader = createMainThreadLoader(served.fetchFn);
    const deferred = await loadDatasets(served.fetchFn, BASE, { files: loader, deferTexts: true });
    expect(deferred.pendingTexts?.length).toBeGreaterThan(0);
    served.requested.length = 0;
    expect(await loadIfChanged(served.fetchFn, BASE, loader, deferred)).toBeNull();
    expect(await loadIfChanged(served.fetchFn, BASE, loader, { fileKeys: undefined })).toBeNull();
    expect(served.requested).toEqual([]);
  });

  it('an unknown key (a compact dataset that failed) → the whole load, every time', async () => {
    const folder = arrowFolder();
    const texts = [...folder.keys()].find((name) => name.endsWith('.texts.arrow'))!;
    folder.delete(texts);
    const { shown, next } = await refreshAfter(folder, () => undefined);
    expect(Object.values(shown.fileKeys ?? {})).toContain('?');
    expect(next?.failures.map((f) => f.kind)).toEqual(['missing']);
  });
});
