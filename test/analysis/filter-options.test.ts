import { describe, expect, it } from 'vitest';
import { filterOptions } from '../../src/analysis/filter-options.ts';
import { toTaskRows } from '../../src/analysis/task-row.ts';
import { sampleDatasets } from './sample-datasets.ts';

describe('analysis/filter-options', () => {
  const options = filterOptions(toTaskRows(sampleDatasets()));

  it('filterOptions(sample).regions → dataset order with task counts', () => {
    expect(options.regions).toEqual([{ value: '甲市', count: 3 }, { value: '乙市', count: 4 }]);
  });

  it('filterOptions(sample).sections → each outermost section followed by its subsections', () => {
    expect(options.sections.map((s) => [s.path.join(' / '), s.depth, s.count])).toEqual([
      ['政务服务', 0, 2],
      ['政务服务 / 网络', 1, 1],
      ['营商环境', 0, 2],
      ['营商环境 / 审批', 1, 1],
      ['数据', 0, 2],
    ]);
  });

  it('filterOptions(sample).units → one per unit identity (region + name), labelled with the region, most tasks first, collective flagged', () => {
    expect(options.units.map((o) => [o.value, o.label, o.count, o.collective])).toEqual([
      ['甲市/公共服务办', '公共服务办（甲市）', 2, false],
      ['乙市/公共服务办', '公共服务办（乙市）', 1, false],
      ['乙市/公安局', '公安局（乙市）', 1, false],
      ['乙市/各有关单位', '各有关单位（乙市）', 1, true],
      ['乙市/数据局', '数据局（乙市）', 1, false],
      ['乙市/税务局', '税务局（乙市）', 1, false],
      ['甲市/公安局', '公安局（甲市）', 1, false],
      ['甲市/各有关单位', '各有关单位（甲市）', 1, true],
      ['甲市/税务局', '税务局（甲市）', 1, false],
    ]);
  });

  it('filterOptions(sample).categories → a task counts once per category', () => {
    expect(options.categories).toEqual([
      { value: '网上办理', count: 2 }, { value: '办理量', count: 1 }, { value: '网络覆盖', count: 1 },
    ]);
  });
});
