import { describe, expect, it } from 'vitest';
import type { DeadlineDensity } from '../../src/analysis/deadline-density.ts';
import { buildDeadlineDensityOption, otherRegionsSeriesName } from '../../src/charts/deadline-density.ts';
import { densityRegions, foldedCounts } from '../../src/charts/density-regions.ts';
import { chartTable } from '../../src/ui/chart-export/chart-data.ts';

/** A density of `n` regions named R00…, region i having i + 1 tasks in the first month and 1 in the second. */
function density(n: number): DeadlineDensity {
  const regions = Array.from({ length: n }, (_, i) => `R${String(i).padStart(2, '0')}`);
  const counts = regions.map((_, i) => [i + 1, 1]);
  return { months: ['2024-01', '2024-02'], regions, counts, totals: [counts.reduce((s, c) => s + c[0]!, 0), n] };
}

describe('charts/density-regions', () => {
  it('keeps every region when there are at most max', () => {
    expect(densityRegions(density(3), 3)).toEqual({ shown: ['R00', 'R01', 'R02'], folded: [] });
  });

  it('past max, keeps the max − 1 regions with the most dated tasks in the density order and folds the rest', () => {
    const d = density(6);
    d.regions.reverse();
    d.counts.reverse();
    // R05 has 7 tasks, R04 6, R03 5: those stay, in the density's (reversed) order
    expect(densityRegions(d, 4)).toEqual({ shown: ['R05', 'R04', 'R03'], folded: ['R00', 'R01', 'R02'] });
    expect(foldedCounts(d, ['R00', 'R01', 'R02'])).toEqual([1 + 2 + 3, 3]);
  });

  it('breaks ties in code-point order, so the same data always folds the same regions', () => {
    const d: DeadlineDensity = { months: ['2024-01'], regions: ['乙市', '甲市', '丙市'], counts: [[1], [1], [1]], totals: [3] };
    expect(densityRegions(d, 2)).toEqual({ shown: ['丙市'], folded: ['乙市', '甲市'] });
  });

  it('the chart draws at most maxRegions segments; the folded ones as one named grey segment whose counts add up', () => {
    const d = density(40);
    const option = buildDeadlineDensityOption(d, { lang: 'zh', asOf: '2024-01-15', maxRegions: 12 });
    const series = option.series as { id: string; name: string; data: number[]; itemStyle: { color: string; decal?: unknown } }[];
    expect(series).toHaveLength(12);
    const other = series[11]!;
    expect(other.name).toBe('其他（29 个地区）');
    expect(other.name).toBe(otherRegionsSeriesName('zh', 29));
    expect(other.itemStyle.decal).toBeUndefined();
    // nothing lost: every month's stack still sums to the month's total
    for (let m = 0; m < d.months.length; m++) expect(series.reduce((sum, s) => sum + s.data[m]!, 0)).toBe(d.totals[m]);
    // the data table and the CSV export name the segment as drawn
    expect(chartTable(option, { category: '月份', lane: '', from: '', to: '', count: '' }).columns).toContain('其他（29 个地区）');
  });
});
