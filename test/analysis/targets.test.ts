import { describe, expect, it } from 'vitest';
import { targetMatrix, targetPoints, targetsByCategory } from '../../src/analysis/targets.ts';
import { toTaskRows } from '../../src/analysis/task-row.ts';
import { sampleDatasets } from './sample-datasets.ts';

const rows = toTaskRows(sampleDatasets());

describe('analysis/targets', () => {
  it('targetPoints(sample) → one point per indicator; due is the value\'s own date, else the task\'s', () => {
    expect(targetPoints(rows).map((p) => [p.taskId, p.metric, p.comparator, p.value, p.unit, p.due])).toEqual([
      ['jia-2021/1', '外网覆盖率', '=', 100, '%', '2021-06-30'],
      ['yi-2022/1', '全程网办率', '≥', 85, '%', '2022-06-30'],
      ['yi-2022/3', '办件量', '≥', 54000, '件', '2023-03-31'],
      ['yi-2022/3', '网办率', '=', 100, '%', '2023-12-31'],
    ]);
  });

  it('targetsByCategory(sample) → fixed list order; percentages together, counts grouped by unit', () => {
    const categories = targetsByCategory(rows);
    expect(categories.map((c) => c.category)).toEqual(['网络覆盖', '网上办理', '办理量']);
    const online = categories[1]!;
    expect(online.regions).toEqual(['乙市']);
    expect(online.percent.map((p) => p.metric)).toEqual(['全程网办率', '网办率']);
    expect(online.counts).toEqual([]);
    expect(categories[2]!.counts).toEqual([{ unit: '件', points: [expect.objectContaining({ metric: '办件量', value: 54000 })] }]);
  });

  it('targetMatrix(sample) → non-empty category × region cells with their targets, percentages first', () => {
    const matrix = targetMatrix(rows);
    expect(matrix.categories).toEqual(['网络覆盖', '网上办理', '办理量']);
    expect(matrix.regions).toEqual(['甲市', '乙市']);
    expect(matrix.cells.map((c) => [c.categoryIndex, c.regionIndex, c.points.map((p) => p.taskId)])).toEqual([
      [0, 0, ['jia-2021/1']],
      [1, 1, ['yi-2022/1', 'yi-2022/3']],
      [2, 1, ['yi-2022/3']],
    ]);
  });

  it('targetMatrix([]) → empty', () => {
    expect(targetMatrix([])).toEqual({ categories: [], regions: [], cells: [] });
  });
});
