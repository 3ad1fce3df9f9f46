import { describe, expect, it } from 'vitest';
import { matrixTopRegions } from '../../src/analysis/matrix-top-regions.ts';
import type { TargetMatrix, TargetMatrixCell } from '../../src/analysis/targets.ts';

const cell = (categoryIndex: number, regionIndex: number, m: { categories: string[]; regions: string[] }): TargetMatrixCell =>
  ({ category: m.categories[categoryIndex]!, region: m.regions[regionIndex]!, categoryIndex, regionIndex, points: [] });

describe('matrixTopRegions', () => {
  const names = { categories: ['甲', '乙', '丙'], regions: ['A', 'B', 'C', 'D'] };
  // A: 1 cell, B: 3 cells, C: 2 cells, D: 1 cell (the only one in category 丙)
  const matrix: TargetMatrix = {
    ...names,
    cells: [cell(0, 0, names), cell(0, 1, names), cell(0, 2, names), cell(1, 1, names), cell(1, 2, names), cell(2, 1, names), cell(2, 3, names)],
  };

  it('returns the matrix itself when every region fits', () => {
    expect(matrixTopRegions(matrix, 4)).toEqual({ matrix, left: 0 });
  });

  it('keeps the regions with the most cells, in the matrix order, re-indexed, and counts the others', () => {
    const { matrix: top, left } = matrixTopRegions(matrix, 2);
    expect(left).toBe(2);
    expect(top.regions).toEqual(['B', 'C']);
    for (const c of top.cells) {
      expect(top.regions[c.regionIndex]).toBe(c.region);
      expect(top.categories[c.categoryIndex]).toBe(c.category);
    }
    expect(top.cells).toHaveLength(5);
  });

  it('drops a category left without cells, and breaks ties by the matrix order', () => {
    const { matrix: top } = matrixTopRegions(matrix, 2);
    expect(top.categories).toEqual(['甲', '乙', '丙']);
    const { matrix: one } = matrixTopRegions({ ...names, cells: [cell(0, 0, names), cell(2, 3, names)] }, 1);
    expect(one.regions).toEqual(['A']);
    expect(one.categories).toEqual(['甲']);
  });
});
