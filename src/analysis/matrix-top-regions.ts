import type { TargetMatrix } from './targets.ts';

/**
 * The target matrix narrowed to the `max` regions with the most filled cells (ties: the matrix's own order), kept
 * in the matrix's order and re-indexed; `left` counts the regions left out. A wall has room for about a dozen region
 * columns at its 28 px text; a province's 200 would print every cell over its neighbours.
 */
export function matrixTopRegions(matrix: TargetMatrix, max: number): { matrix: TargetMatrix; left: number } {
  if (matrix.regions.length <= max) return { matrix, left: 0 };
  const filled = new Array<number>(matrix.regions.length).fill(0);
  for (const cell of matrix.cells) filled[cell.regionIndex]!++;
  const keep = matrix.regions
    .map((_, index) => index)
    .sort((a, b) => filled[b]! - filled[a]! || a - b)
    .slice(0, Math.max(0, max))
    .sort((a, b) => a - b);
  const newIndex = new Map(keep.map((old, i) => [old, i]));
  const cells = matrix.cells.flatMap((cell) => {
    const regionIndex = newIndex.get(cell.regionIndex);
    return regionIndex === undefined ? [] : [{ ...cell, regionIndex }];
  });
  // a category whose every cell lay in a region left out goes too, so no row stands empty
  const usedCategories = [...new Set(cells.map((c) => c.categoryIndex))].sort((a, b) => a - b);
  const categoryIndex = new Map(usedCategories.map((old, i) => [old, i]));
  return {
    matrix: {
      regions: keep.map((i) => matrix.regions[i]!),
      categories: usedCategories.map((i) => matrix.categories[i]!),
      cells: cells.map((cell) => ({ ...cell, categoryIndex: categoryIndex.get(cell.categoryIndex)! })),
    },
    left: matrix.regions.length - keep.length,
  };
}
