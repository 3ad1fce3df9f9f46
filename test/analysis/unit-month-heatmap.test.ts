import { describe, expect, it } from 'vitest';
import { toTaskRows } from '../../src/analysis/task-row.ts';
import { unitMonthHeatmap } from '../../src/analysis/unit-month-heatmap.ts';
import { sampleDatasets } from './sample-datasets.ts';

const rows = toTaskRows(sampleDatasets());

describe('analysis/unit-month-heatmap', () => {
  it('unitMonthHeatmap(sample, top 3) → dated tasks per unit and month, collective units left out', () => {
    const heatmap = unitMonthHeatmap(rows, { topN: 3 });
    // units by identity: 甲市's 公安局 (2021-12) is not 乙市's (2022-06); all tie at one task, so key order decides the top 3
    expect(heatmap.units).toEqual(['乙市/公安局', '乙市/税务局', '甲市/公共服务办']);
    expect(heatmap.labels).toEqual(['公安局（乙市）', '税务局（乙市）', '公共服务办（甲市）']);
    expect(heatmap.months[0]).toBe('2021-06');
    expect(heatmap.months.at(-1)).toBe('2023-03');
    expect(heatmap.months).toHaveLength(22);
    expect(heatmap.cells).toEqual([
      [12, 0, 1], // 乙市/公安局: 2022-06
      [21, 1, 1], // 乙市/税务局: 2023-03
      [0, 2, 1], // 甲市/公共服务办: 2021-06 (甲3 is ongoing only)
    ]);
    expect(heatmap.max).toBe(1);
  });

  it('unitMonthHeatmap(sample, includeCollective) → 各有关单位 counted too', () => {
    expect(unitMonthHeatmap(rows, { topN: 10, includeCollective: true }).units).toContain('甲市/各有关单位');
  });

  it('unitMonthHeatmap([], …) → empty', () => {
    expect(unitMonthHeatmap([], { topN: 5 })).toEqual({ units: [], labels: [], months: [], cells: [], max: 0 });
  });
});
