import { describe, expect, it } from 'vitest';
import { toTaskRows } from '../../src/analysis/task-row.ts';
import { unitMonthHeatmap } from '../../src/analysis/unit-month-heatmap.ts';
import { sampleDatasets } from './sample-datasets.ts';

const rows = toTaskRows(sampleDatasets());

describe('analysis/unit-month-heatmap', () => {
  it('unitMonthHeatmap(sample, top 3) → dated tasks per unit and month, collective units left out', () => {
    const heatmap = unitMonthHeatmap(rows, { topN: 3 });
    expect(heatmap.units).toEqual(['公安局', '公共服务办', '税务局']);
    expect(heatmap.months[0]).toBe('2021-06');
    expect(heatmap.months.at(-1)).toBe('2023-03');
    expect(heatmap.months).toHaveLength(22);
    expect(heatmap.cells).toEqual([
      [6, 0, 1], [12, 0, 1], // 公安局: 2021-12, 2022-06
      [0, 1, 1], // 公共服务办: 2021-06 (甲3 is ongoing only, 乙4 has no deadline)
      [21, 2, 1], // 税务局: 2023-03
    ]);
    expect(heatmap.max).toBe(1);
  });

  it('unitMonthHeatmap(sample, includeCollective) → 各有关单位 counted too', () => {
    expect(unitMonthHeatmap(rows, { topN: 10, includeCollective: true }).units).toContain('各有关单位');
  });

  it('unitMonthHeatmap([], …) → empty', () => {
    expect(unitMonthHeatmap([], { topN: 5 })).toEqual({ units: [], months: [], cells: [], max: 0 });
  });
});
