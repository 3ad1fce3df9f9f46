import { describe, expect, it } from 'vitest';
import { createMemoCache, memoised } from '../../src/analysis/memoised.ts';
import { toTaskRows } from '../../src/analysis/task-row.ts';
import { sampleDatasets } from './sample-datasets.ts';

const rows = toTaskRows(sampleDatasets());

describe('analysis/memoised', () => {
  it('memoised(cache, rows, key, compute) twice → computes once, same value', () => {
    const cache = createMemoCache<{ n: number }>();
    let calls = 0;
    const compute = () => ({ n: ++calls });
    const first = memoised(cache, rows, 'a', compute);
    expect(memoised(cache, rows, 'a', compute)).toBe(first);
    expect(calls).toBe(1);
  });

  it('memoised with another key or another list → computes again', () => {
    const cache = createMemoCache<number>();
    let calls = 0;
    memoised(cache, rows, 'a', () => ++calls);
    expect(memoised(cache, rows, 'b', () => ++calls)).toBe(2);
    expect(memoised(cache, rows.slice(), 'b', () => ++calls)).toBe(3);
  });
});
