import type { DeadlineDensity } from '../analysis/deadline-density.ts';

/**
 * The most regions the density chart stacks one by one. A province brings a hundred or more counties: stacked one
 * by one their colours repeat, the legend scrolls for pages and every bar segment is a canvas shape to draw (200
 * regions took the overview seconds to repaint after a filter was cleared). Past this many, the regions with the
 * most dated tasks keep their own segment and the rest are drawn as one named "other regions" segment.
 */
export const DENSITY_MAX_REGIONS = 12;

/** How the density chart's regions are drawn: one segment each for `shown`, one segment together for `folded`. */
export interface DensityRegions {
  /** Regions drawn on their own, in the density's order. */
  shown: string[];
  /** Regions drawn together as one "other regions" segment, in code-point order; empty when every region fits. */
  folded: string[];
}

/**
 * Splits the density's regions: all of them when there are at most `max`; else the max − 1 with the most dated tasks
 * (ties: code-point order) on their own and the others folded together, so the chart never shows more than `max` segments.
 */
export function densityRegions(density: Pick<DeadlineDensity, 'regions' | 'counts'>, max = DENSITY_MAX_REGIONS): DensityRegions {
  if (density.regions.length <= max) return { shown: [...density.regions], folded: [] };
  const totals = density.counts.map((row) => row.reduce((sum, n) => sum + n, 0));
  const ranked = density.regions
    .map((region, index) => ({ region, index, total: totals[index]! }))
    .sort((a, b) => b.total - a.total || (a.region < b.region ? -1 : a.region > b.region ? 1 : 0));
  const kept = new Set(ranked.slice(0, Math.max(0, max - 1)).map((entry) => entry.index));
  const shown = density.regions.filter((_, index) => kept.has(index));
  const folded = density.regions.filter((_, index) => !kept.has(index)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { shown, folded };
}

/** Month by month, the sum of the folded regions' counts. */
export function foldedCounts(density: Pick<DeadlineDensity, 'regions' | 'counts' | 'months'>, folded: readonly string[]): number[] {
  const sums = new Array<number>(density.months.length).fill(0);
  const fold = new Set(folded);
  density.regions.forEach((region, index) => {
    if (!fold.has(region)) return;
    const row = density.counts[index]!;
    for (let m = 0; m < sums.length; m++) sums[m]! += row[m]!;
  });
  return sums;
}
