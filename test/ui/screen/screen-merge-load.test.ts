import { describe, expect, it } from 'vitest';
import type { LoadFailure, LoadResult } from '../../../src/load/load-datasets.ts';
import type { Dataset } from '../../../src/model/schema.ts';
import { mergeLoadResults } from '../../../src/ui/screen/screen-merge-load.ts';

const dataset = (id: string, region = id): Dataset => ({
  version: 1, id, region, title: id, issuer: null, docNumber: null, published: null, planPeriod: null,
  source: `seeds/${id}.txt`, unitGroups: {}, tasks: [], warnings: [],
});
const entry = (id: string) => ({ id, file: `${id}.json`, region: id, title: id, source: `seeds/${id}.txt`, taskCount: 0 });
const failure = (id: string | null): LoadFailure => ({ file: id === null ? 'manifest.json' : `${id}.json`, id, kind: 'missing', status: 404, details: [] });
const result = (ids: string[], datasets: Dataset[], failures: LoadFailure[] = [], manifest = true): LoadResult =>
  ({ manifest: manifest ? { version: 1, datasets: ids.map(entry) } : null, datasets, failures, notices: [] }) as unknown as LoadResult;

describe('screen-merge-load', () => {
  it('mergeLoadResults(a, b) with b complete → b itself', () => {
    const next = result(['a', 'b'], [dataset('a'), dataset('b')]);
    expect(mergeLoadResults(result(['a'], [dataset('a')]), next)).toBe(next);
  });

  it('mergeLoadResults: a dataset that failed before and loads now → shown (the wall recovers)', () => {
    const merged = mergeLoadResults(result(['a', 'b'], [dataset('a')], [failure('b')]), result(['a', 'b'], [dataset('a'), dataset('b')]));
    expect(merged.datasets.map((d) => d.id)).toEqual(['a', 'b']);
    expect(merged.failures).toEqual([]);
  });

  it('mergeLoadResults: a dataset that loaded before and fails now → last good copy kept, failure reported', () => {
    const old = dataset('b', 'old region');
    const merged = mergeLoadResults(result(['a', 'b'], [dataset('a'), old]), result(['a', 'b'], [dataset('a')], [failure('b')]));
    expect(merged.datasets).toEqual([dataset('a'), old]);
    expect(merged.failures).toEqual([failure('b')]);
  });

  it('mergeLoadResults: the manifest fails → every previous dataset kept, the manifest failure reported', () => {
    const previous = result(['a'], [dataset('a')]);
    const merged = mergeLoadResults(previous, result([], [], [failure(null)], false));
    expect(merged.datasets).toBe(previous.datasets);
    expect(merged.manifest).toBe(previous.manifest);
    expect(merged.failures).toEqual([failure(null)]);
  });

  it('mergeLoadResults: a dataset removed from the manifest (no failure) → gone', () => {
    const merged = mergeLoadResults(result(['a', 'b'], [dataset('a'), dataset('b')]), result(['a'], [dataset('a')]));
    expect(merged.datasets.map((d) => d.id)).toEqual(['a']);
  });
});

describe('screen-merge-load (last good copy under any id)', () => {
  it('mergeLoadResults: a file whose own id differs from its manifest id, loaded before and failing now → its last good copy kept', () => {
    const own = dataset('own-id');
    const before = {
      ...result(['a', 'manifest-id'], [dataset('a'), own]),
      notices: [{ file: 'manifest-id.json', id: 'own-id', kind: 'id-mismatch' as const, count: 0, details: [] }],
    };
    const now = result(['a', 'manifest-id'], [dataset('a')], [failure('manifest-id')]);
    const merged = mergeLoadResults(before, now);
    expect(merged.datasets.map((d) => d.id)).toEqual(['a', 'own-id']);
    expect(merged.failures).toEqual(now.failures);
  });
});
