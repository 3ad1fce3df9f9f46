import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FetchLike } from '../../src/load/load-datasets.ts';
import { loadDatasets } from '../../src/load/load-datasets.ts';

const fixtures = resolve(import.meta.dirname, '../fixtures/e2e-data');
const read = (name: string) => readFileSync(resolve(fixtures, name), 'utf8');
const BASE = 'http://host/intranet/duban/data/';

/** A fetch that serves `files` (name → body) under BASE, 404 otherwise, and records the URLs asked for. */
function fakeFetch(files: Record<string, string>) {
  const requested: string[] = [];
  const fetchFn: FetchLike = async (url) => {
    requested.push(url);
    const name = url.startsWith(BASE) ? url.slice(BASE.length) : null;
    const body = name === null ? undefined : files[name];
    return body === undefined
      ? { ok: false, status: 404, text: async () => 'not found' }
      : { ok: true, status: 200, text: async () => body };
  };
  return { fetchFn, requested };
}

function manifestWith(extra: object[]): string {
  const manifest = JSON.parse(read('manifest.json')) as { datasets: object[] };
  return JSON.stringify({ ...manifest, datasets: [...manifest.datasets, ...extra] });
}

const entry = (id: string, file: string) => ({ id, file, region: '丙市', title: 't', source: 's', taskCount: 3 });

describe('load/load-datasets', () => {
  it('loadDatasets(fetch, base) with two good datasets → both, no failures, relative URLs only', async () => {
    const { fetchFn, requested } = fakeFetch({
      'manifest.json': read('manifest.json'),
      'alpha-2021.json': read('alpha-2021.json'),
      'beta-2022.json': read('beta-2022.json'),
    });
    const result = await loadDatasets(fetchFn, BASE);
    expect(result.datasets.map((d) => d.id)).toEqual(['alpha-2021', 'beta-2022']);
    expect(result.failures).toEqual([]);
    expect(requested).toEqual([`${BASE}manifest.json`, `${BASE}alpha-2021.json`, `${BASE}beta-2022.json`]);
  });

  it('a missing manifest → manifest null, failure "missing" 404', async () => {
    const result = await loadDatasets(fakeFetch({}).fetchFn, BASE);
    expect(result).toEqual({
      manifest: null,
      datasets: [],
      failures: [{ file: 'manifest.json', id: null, kind: 'missing', status: 404, details: [] }],
      notices: [],
      fileKeys: { 'manifest.json': 'missing:404' },
    });
  });

  it('a manifest that is not JSON → failure "not-json"', async () => {
    const result = await loadDatasets(fakeFetch({ 'manifest.json': '{ nope' }).fetchFn, BASE);
    expect(result.failures[0]).toMatchObject({ file: 'manifest.json', kind: 'not-json' });
  });

  it('a manifest failing the schema → failure "schema" with field paths', async () => {
    const result = await loadDatasets(fakeFetch({ 'manifest.json': '{"version":1,"datasets":[{"id":"A"}]}' }).fetchFn, BASE);
    expect(result.failures[0]?.kind).toBe('schema');
    expect(result.failures[0]?.details[0]).toMatch(/^datasets\.0\.id: /);
  });

  it('one broken, one missing, one not-JSON dataset → each named, the good ones still load', async () => {
    const { fetchFn } = fakeFetch({
      'manifest.json': manifestWith([
        entry('broken-2022', 'broken-2022.json'),
        entry('gone-2020', 'gone-2020.json'),
        entry('junk-2020', 'junk-2020.json'),
      ]),
      'alpha-2021.json': read('alpha-2021.json'),
      'beta-2022.json': read('beta-2022.json'),
      'broken-2022.json': read('broken-2022.json'),
      'junk-2020.json': '<html>',
    });
    const result = await loadDatasets(fetchFn, BASE);
    expect(result.datasets.map((d) => d.id)).toEqual(['alpha-2021', 'beta-2022']);
    expect(result.failures).toEqual([
      {
        file: 'broken-2022.json',
        id: 'broken-2022',
        kind: 'schema',
        status: null,
        details: ['tasks.1.deadline.due: invalid date: no such day'],
      },
      { file: 'gone-2020.json', id: 'gone-2020', kind: 'missing', status: 404, details: [] },
      expect.objectContaining({ file: 'junk-2020.json', kind: 'not-json' }),
    ]);
  });

  it('a manifest entry pointing outside the data folder → failure "outside", never fetched', async () => {
    const { fetchFn, requested } = fakeFetch({
      'manifest.json': manifestWith([entry('evil-2020', 'https://example.com/x.json'), entry('up-2020', '../x.json')]),
      'alpha-2021.json': read('alpha-2021.json'),
      'beta-2022.json': read('beta-2022.json'),
    });
    const result = await loadDatasets(fetchFn, BASE);
    expect(result.failures.map((f) => [f.id, f.kind])).toEqual([
      ['evil-2020', 'outside'],
      ['up-2020', 'outside'],
    ]);
    expect(requested.every((url) => url.startsWith(BASE))).toBe(true);
  });

  it('a fetch that throws → failure "network" with its message', async () => {
    const result = await loadDatasets(async () => {
      throw new Error('offline');
    }, BASE);
    expect(result.failures[0]).toEqual({ file: 'manifest.json', id: null, kind: 'network', status: null, details: ['offline'] });
  });

  it('a dataset with more than 20 schema issues → 20 lines and a count of the rest', async () => {
    const broken = JSON.parse(read('beta-2022.json')) as { tasks: { source: { line: number } }[] };
    const many = { ...broken, tasks: Array.from({ length: 25 }, () => ({ ...broken.tasks[0], source: { file: 'f', line: 0 } })) };
    const { fetchFn } = fakeFetch({
      'manifest.json': JSON.stringify({ version: 1, datasets: [entry('beta-2022', 'beta-2022.json')] }),
      'beta-2022.json': JSON.stringify(many),
    });
    const result = await loadDatasets(fetchFn, BASE);
    expect(result.failures[0]?.details).toHaveLength(21);
    expect(result.failures[0]?.details[20]).toBe('… +5');
  });

  it('a manifest of format version 2 → failure "newer-version", no dataset fetched', async () => {
    const { fetchFn, requested } = fakeFetch({
      'manifest.json': JSON.stringify({ version: 2, datasets: [entry('alpha-2021', 'alpha-2021.json')] }),
      'alpha-2021.json': read('alpha-2021.json'),
    });
    const result = await loadDatasets(fetchFn, BASE);
    expect(result).toEqual({
      manifest: null,
      datasets: [],
      failures: [{ file: 'manifest.json', id: null, kind: 'newer-version', status: null, details: ['version: 2 > 1'] }],
      notices: [],
      // the manifest's bytes were read: a refresh skips it while they stay the same
      fileKeys: { 'manifest.json': expect.stringMatching(/^\d+:/) as unknown as string },
    });
    expect(requested).toEqual([`${BASE}manifest.json`]);
  });

  it('a dataset of format version 2 → failure "newer-version" (not half-read), the others load', async () => {
    const newer = { ...(JSON.parse(read('beta-2022.json')) as object), version: 2, id: 'next-2030', extra: { x: 1 } };
    const { fetchFn } = fakeFetch({
      'manifest.json': manifestWith([entry('next-2030', 'next-2030.json')]),
      'alpha-2021.json': read('alpha-2021.json'),
      'beta-2022.json': read('beta-2022.json'),
      'next-2030.json': JSON.stringify(newer),
    });
    const result = await loadDatasets(fetchFn, BASE);
    expect(result.datasets.map((d) => d.id)).toEqual(['alpha-2021', 'beta-2022']);
    expect(result.failures).toEqual([{ file: 'next-2030.json', id: 'next-2030', kind: 'newer-version', status: null, details: ['version: 2 > 1'] }]);
  });

  it('a manifest entry whose id differs from the file → loaded under the file id, notice "id-mismatch"', async () => {
    const { fetchFn } = fakeFetch({
      'manifest.json': JSON.stringify({ version: 1, datasets: [entry('gamma-2020', 'alpha-2021.json')] }),
      'alpha-2021.json': read('alpha-2021.json'),
    });
    const result = await loadDatasets(fetchFn, BASE);
    expect(result.datasets.map((d) => d.id)).toEqual(['alpha-2021']);
    expect(result.notices).toEqual([
      { file: 'alpha-2021.json', id: 'alpha-2021', kind: 'id-mismatch', count: 0, details: ['manifest id: "gamma-2020" ≠ id: "alpha-2021"'] },
    ]);
  });

  it('two manifest entries for the same dataset → the first loads, the second fails "duplicate-dataset"', async () => {
    const { fetchFn } = fakeFetch({
      'manifest.json': JSON.stringify({ version: 1, datasets: [entry('alpha-2021', 'alpha-2021.json'), entry('alpha-copy', 'copy.json')] }),
      'alpha-2021.json': read('alpha-2021.json'),
      'copy.json': read('alpha-2021.json'),
    });
    const result = await loadDatasets(fetchFn, BASE);
    expect(result.datasets.map((d) => d.id)).toEqual(['alpha-2021']);
    expect(result.failures).toEqual([
      { file: 'copy.json', id: 'alpha-2021', kind: 'duplicate-dataset', status: null, details: ['id: "alpha-2021" = alpha-2021.json'] },
    ]);
    expect(result.notices.map((n) => n.kind)).toEqual(['id-mismatch']);
  });

  it('an empty dataset → shown, with notice "empty"', async () => {
    const empty = { ...(JSON.parse(read('beta-2022.json')) as object), tasks: [], warnings: [] };
    const { fetchFn } = fakeFetch({
      'manifest.json': JSON.stringify({ version: 1, datasets: [entry('beta-2022', 'beta-2022.json')] }),
      'beta-2022.json': JSON.stringify(empty),
    });
    const result = await loadDatasets(fetchFn, BASE);
    expect(result.datasets.map((d) => [d.id, d.tasks.length])).toEqual([['beta-2022', 0]]);
    expect(result.notices).toEqual([{ file: 'beta-2022.json', id: 'beta-2022', kind: 'empty', count: 0, details: [] }]);
  });
});
