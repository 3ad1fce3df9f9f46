import { describe, expect, it } from 'vitest';
import { topByCount } from '../../src/analysis/top-by-count.ts';

// ids 0…5 with these counts; rank = the id's position in name order
const counts = [5, 9, 5, 1, 9, 0];
const rank = Int32Array.from([3, 5, 0, 1, 2, 4]);
const count = (id: number) => counts[id]!;
const sorted = (ids: number[], size: number) =>
  [...ids].sort((a, b) => counts[b]! - counts[a]! || rank[a]! - rank[b]!).slice(0, Math.max(0, size));

describe('analysis/top-by-count', () => {
  it('topByCount(counts, size 3) → highest counts first, ties by name rank', () => {
    expect(topByCount([0, 1, 2, 3, 4, 5], 6, count, rank, 3)).toEqual([4, 1, 2]);
  });

  it('topByCount: every input order and size gives the order a full sort gives', () => {
    const orders = [[0, 1, 2, 3, 4, 5], [5, 4, 3, 2, 1, 0], [2, 0, 4, 5, 1, 3], [3, 1, 5, 0, 4, 2]];
    for (const ids of orders) for (let size = 0; size <= 7; size++) expect(topByCount(ids, ids.length, count, rank, size)).toEqual(sorted(ids, size));
  });

  it('topByCount: no ids, size 0, or only `length` of a longer buffer read', () => {
    expect(topByCount([], 0, count, rank, 3)).toEqual([]);
    expect(topByCount([0, 1], 2, count, rank, 0)).toEqual([]);
    expect(topByCount(Int32Array.from([3, 0, 1, 4]), 2, count, rank, 5)).toEqual([0, 3]);
  });
});
