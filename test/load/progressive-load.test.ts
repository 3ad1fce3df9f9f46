import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDatasets, type FetchLike, type LoadProgress } from '../../src/load/load-datasets.ts';

const fixtures = resolve(import.meta.dirname, '../fixtures/e2e-data');
const read = (name: string) => readFileSync(resolve(fixtures, name), 'utf8');
const BASE = 'http://host/duban/data/';

/** Many datasets: alpha-2021.json copied under new dataset and task ids (d0/1, d1/1 …), each answered after `delays[i]` ticks. */
function manyDatasets(count: number) {
  const alpha = JSON.parse(read('alpha-2021.json')) as { id: string; tasks: { id: string }[] };
  const files: Record<string, string> = {};
  const entries = [];
  for (let i = 0; i < count; i++) {
    const id = `d${i}`;
    files[`${id}.json`] = JSON.stringify({ ...alpha, id, tasks: alpha.tasks.map((t) => ({ ...t, id: `${id}/${t.id.slice(t.id.lastIndexOf("/") + 1)}` })) });
    entries.push({ id, file: `${id}.json`, region: '丙市', title: 't', source: 's', taskCount: alpha.tasks.length });
  }
  const manifest = JSON.parse(read('manifest.json')) as object;
  files['manifest.json'] = JSON.stringify({ ...manifest, datasets: entries });
  return files;
}

/** A fetch over `files` where file k of the manifest answers after (count - k) macrotasks: the last ones arrive first. */
function reversedFetch(files: Record<string, string>, count: number): FetchLike {
  return async (url) => {
    const name = url.slice(BASE.length);
    const k = Number(/^d(\d+)\.json$/.exec(name)?.[1] ?? count);
    for (let i = 0; i < count - k; i++) await new Promise((ok) => setTimeout(ok, 0));
    const body = files[name];
    return body === undefined ? { ok: false, status: 404, text: async () => '' } : { ok: true, status: 200, text: async () => body };
  };
}

/** A fetch over `files` answering each file a millisecond later, counting how many were open at once at the most. */
function countingFetch(files: Record<string, string>): { fetchFn: FetchLike; most: () => number } {
  let open = 0;
  let most = 0;
  const fetchFn: FetchLike = async (url) => {
    open += 1;
    most = Math.max(most, open);
    await new Promise((ok) => setTimeout(ok, 1));
    open -= 1;
    return { ok: true, status: 200, text: async () => files[url.slice(BASE.length)] ?? '' };
  };
  return { fetchFn, most: () => most };
}

describe('load/load-datasets (progressive)', () => {
  it('loadDatasets(fetch, base, { onProgress }) over 12 files answered last-first → progress 0…12, each partial every answered file in manifest order', async () => {
    const files = manyDatasets(12);
    const seen: { loaded: number; total: number; ids: string[] }[] = [];
    const onProgress = ({ loaded, total, partial }: LoadProgress) => seen.push({ loaded, total, ids: partial().datasets.map((d) => d.id) });
    const result = await loadDatasets(reversedFetch(files, 12), BASE, { onProgress, concurrency: 4 });
    expect(seen.map((s) => s.loaded)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(seen.every((s) => s.total === 12)).toBe(true);
    // The last files answer first and are shown at once: a slow first file hides nothing.
    for (const { loaded, ids } of seen) {
      expect(ids).toHaveLength(loaded);
      expect(ids).toEqual([...ids].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1))));
    }
    expect(seen[1]!.ids).toEqual(['d3']); // d0 is still on its way, and hides nothing
    expect(result.datasets.map((d) => d.id)).toEqual(Array.from({ length: 12 }, (_, i) => `d${i}`));
  });

  it('loadDatasets(…) with a duplicate dataset and a broken file among many → the same result at any concurrency', async () => {
    const files = manyDatasets(9);
    const manifest = JSON.parse(files['manifest.json']!) as { datasets: { id: string; file: string }[] };
    files['d4.json'] = files['d1.json']!; // d4.json holds dataset d1 again
    files['d6.json'] = read('broken-2022.json');
    files['manifest.json'] = JSON.stringify(manifest);
    const one = await loadDatasets(reversedFetch(files, 9), BASE, { concurrency: 1 });
    const six = await loadDatasets(reversedFetch(files, 9), BASE, { concurrency: 6 });
    expect(six).toEqual(one);
    expect(six.failures.map((f) => [f.file, f.kind])).toEqual([
      ['d6.json', 'schema'],
      ['d4.json', 'duplicate-dataset'],
    ]);
    expect(six.notices.map((n) => [n.file, n.kind])).toEqual([['d4.json', 'id-mismatch']]);
  });

  it('loadDatasets(…, { concurrency: 3 }) → never more than 3 files fetched at once', async () => {
    const files = manyDatasets(10);
    const counted = countingFetch(files);
    await loadDatasets(counted.fetchFn, BASE, { concurrency: 3 });
    expect(counted.most()).toBe(3);
  });

  it('loadDatasets(…, { concurrency: 6, narrowStart: { concurrency: 2, widen } }) → 2 files at once until widen settles, then 6; the same result', async () => {
    const files = manyDatasets(16);
    let open = 0;
    let most = 0;
    let answered = 0;
    let mostBeforeWiden = 0;
    let widened = false;
    let widen: () => void = () => undefined;
    const fetchFn: FetchLike = async (url) => {
      open += 1;
      most = Math.max(most, open);
      if (!widened) mostBeforeWiden = Math.max(mostBeforeWiden, open);
      await new Promise((ok) => setTimeout(ok, 1));
      open -= 1;
      answered += 1;
      // the page widens once its first batch is on screen: here, after four files
      if (answered === 4) {
        widened = true;
        widen();
      }
      return { ok: true, status: 200, text: async () => files[url.slice(BASE.length)] ?? '' };
    };
    const narrow = await loadDatasets(fetchFn, BASE, { concurrency: 6, narrowStart: { concurrency: 2, widen: new Promise<void>((ok) => (widen = ok)), fromTasks: 0 } });
    expect(mostBeforeWiden).toBe(2);
    expect(most).toBe(6);
    const wide = await loadDatasets(reversedFetch(files, 16), BASE, { concurrency: 6 });
    expect(narrow.datasets.map((d) => d.id)).toEqual(wide.datasets.map((d) => d.id));
    expect(narrow.datasets).toHaveLength(16);
  });

  it('loadDatasets(…, { narrowStart }) whose widen never settles → a small load still finishes once its narrow lanes have taken every file', async () => {
    const files = manyDatasets(5);
    const result = await loadDatasets(reversedFetch(files, 5), BASE, { concurrency: 6, narrowStart: { concurrency: 2, widen: new Promise<void>(() => undefined), fromTasks: 0 } });
    expect(result.datasets.map((d) => d.id)).toEqual(['d0', 'd1', 'd2', 'd3', 'd4']);
  });

  it('loadDatasets(…, { narrowStart: { fromTasks } }) over fewer tasks than fromTasks → fetched at full concurrency from the start', async () => {
    const files = manyDatasets(10);
    const counted = countingFetch(files);
    const result = await loadDatasets(counted.fetchFn, BASE, { concurrency: 6, narrowStart: { concurrency: 2, widen: new Promise<void>(() => undefined), fromTasks: 1_000_000 } });
    expect(counted.most()).toBe(6);
    expect(result.datasets).toHaveLength(10);
  });
});
