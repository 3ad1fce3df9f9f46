import { describe, expect, it } from 'vitest';
import { toTaskRows } from '../../src/analysis/task-row.ts';
import { workloadByUnit, type WorkloadOptions } from '../../src/analysis/workload.ts';
import { sampleDatasets } from './sample-datasets.ts';

const datasets = sampleDatasets();
const rows = toTaskRows(datasets);
const unitGroups = Object.fromEntries(datasets.map((d) => [d.id, d.unitGroups]));
const options = (overrides: Partial<WorkloadOptions>): WorkloadOptions => ({ topN: 10, split: 'all', expandGroups: false, unitGroups, ...overrides });

describe('analysis/workload', () => {
  it('workloadByUnit(sample, all, top 2) → 公共服务办 and 公安局 ranked, the rest summed, collective apart', () => {
    const [group] = workloadByUnit(rows, options({ topN: 2 }));
    expect(group!.region).toBeNull();
    expect(group!.units).toEqual([
      { unit: '公共服务办', lead: 1, responsible: 1, support: 1, total: 3, collective: false },
      { unit: '公安局', lead: 1, responsible: 1, support: 0, total: 2, collective: false },
    ]);
    expect(group!.other).toEqual({ lead: 2, responsible: 1, support: 0, total: 3, unitCount: 2 });
    expect(group!.collective).toEqual([
      { unit: '各有关单位', lead: 0, responsible: 1, support: 1, total: 2, collective: true },
    ]);
  });

  it('workloadByUnit(sample, split region) → one group per region in dataset order', () => {
    const groups = workloadByUnit(rows, options({ split: 'region' }));
    expect(groups.map((g) => [g.region, g.units.map((u) => u.unit), g.other])).toEqual([
      ['甲市', ['公共服务办', '公安局', '税务局'], null],
      ['乙市', ['公共服务办', '公安局', '数据局', '税务局'], null], // ties by name (code point)
    ]);
  });

  it('workloadByUnit(sample, expandGroups) → 乙市\'s 各有关单位 becomes 公安局 and 税务局; 甲市 defines none, so it stays', () => {
    const [group] = workloadByUnit(rows, options({ expandGroups: true }));
    const byUnit = Object.fromEntries(group!.units.map((u) => [u.unit, u]));
    expect(byUnit['公安局']).toMatchObject({ lead: 1, responsible: 2, total: 3 });
    expect(byUnit['税务局']).toMatchObject({ lead: 1, responsible: 2, total: 3 });
    expect(group!.collective).toEqual([{ unit: '各有关单位', lead: 0, responsible: 0, support: 1, total: 1, collective: true }]);
  });

  it('workloadByUnit([], …) → no groups; topN 0 → everything in other', () => {
    expect(workloadByUnit([], options({}))).toEqual([]);
    const [group] = workloadByUnit(rows, options({ topN: 0 }));
    expect(group!.units).toEqual([]);
    expect(group!.other).toMatchObject({ total: 8, unitCount: 4 });
  });
});
