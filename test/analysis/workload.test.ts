import { describe, expect, it } from 'vitest';
import { toTaskRows } from '../../src/analysis/task-row.ts';
import { workloadByUnit, type WorkloadOptions } from '../../src/analysis/workload.ts';
import { sampleDatasets } from './sample-datasets.ts';

const datasets = sampleDatasets();
const rows = toTaskRows(datasets);
const unitGroups = Object.fromEntries(datasets.map((d) => [d.id, d.unitGroups]));
const options = (overrides: Partial<WorkloadOptions>): WorkloadOptions => ({ topN: 10, split: 'all', expandGroups: false, unitGroups, ...overrides });

describe('analysis/workload', () => {
  it('workloadByUnit(sample, all, top 2) → units keyed by region + name, labelled with the region; the rest summed as distinct tasks; collective apart', () => {
    const [group] = workloadByUnit(rows, options({ topN: 2 }));
    expect(group!.region).toBeNull();
    expect(group!.units).toEqual([
      { unit: '甲市/公共服务办', name: '公共服务办', region: '甲市', label: '公共服务办（甲市）', lead: 1, responsible: 0, support: 1, total: 2, collective: false },
      { unit: '乙市/公共服务办', name: '公共服务办', region: '乙市', label: '公共服务办（乙市）', lead: 0, responsible: 1, support: 0, total: 1, collective: false },
    ]);
    expect(group!.other).toMatchObject({ lead: 3, responsible: 2, support: 0, total: 5, unitCount: 5, tasks: 5 });
    expect(group!.other!.members.map((m) => m.unit)).toEqual(['乙市/公安局', '乙市/数据局', '乙市/税务局', '甲市/公安局', '甲市/税务局']);
    expect(group!.collective.map((u) => [u.unit, u.total, u.collective])).toEqual([
      ['乙市/各有关单位', 1, true],
      ['甲市/各有关单位', 1, true],
    ]);
  });

  it('workloadByUnit: the other line counts a task once however many of its units it names', () => {
    const [group] = workloadByUnit(rows, options({ topN: 0 }));
    // 8 non-collective assignments over 7 tasks, each naming at least one non-collective unit
    expect(group!.other).toMatchObject({ total: 8, unitCount: 7, tasks: 7 });
  });

  it('workloadByUnit(split region, top 1): the other list of each region, read after every region was counted, keeps its own counts', () => {
    // the tally is reused region by region and the other list is built when first read, so it must not see a later region's counts
    const groups = workloadByUnit(rows, options({ split: 'region', topN: 1 }));
    const lists = groups.map((g) => g.other!.members.map((m) => [m.label, m.lead, m.responsible, m.support, m.total]));
    expect(lists).toEqual([
      [['公安局', 0, 1, 0, 1], ['税务局', 1, 0, 0, 1]],
      [['公安局', 1, 0, 0, 1], ['数据局', 1, 0, 0, 1], ['税务局', 0, 1, 0, 1]],
    ]);
    expect(groups.map((g) => g.other!.members === g.other!.members)).toEqual([true, true]);
  });

  it('workloadByUnit(sample, split region) → one group per region in dataset order, names without the region', () => {
    const groups = workloadByUnit(rows, options({ split: 'region' }));
    expect(groups.map((g) => [g.region, g.units.map((u) => u.label), g.other])).toEqual([
      ['甲市', ['公共服务办', '公安局', '税务局'], null],
      ['乙市', ['公共服务办', '公安局', '数据局', '税务局'], null], // ties by name (code point)
    ]);
  });

  it.each<[string, Partial<WorkloadOptions>]>([
    ['all', {}],
    ['split region', { split: 'region' }],
    ['expanded groups', { expandGroups: true }],
    ['split region, expanded groups', { split: 'region', expandGroups: true }],
  ])('workloadByUnit(%s, top 1): the other list, counted again when read, adds up to the other line', (_label, overrides) => {
    // members are counted from the group's rows on first read, not from the tally the line was ranked with; a copy of
    // the list is a fresh memo entry, and another selection counted in between reuses the tally
    const groups = workloadByUnit(rows.slice(), options({ topN: 1, ...overrides }));
    workloadByUnit(rows.slice(0, 2), options({ topN: 1, ...overrides }));
    for (const group of groups) {
      const other = group.other!;
      const sum = (role: 'lead' | 'responsible' | 'support') => other.members.reduce((n, m) => n + m[role], 0);
      expect([sum('lead'), sum('responsible'), sum('support'), other.members.length]).toEqual([other.lead, other.responsible, other.support, other.unitCount]);
      expect(other.members.some((m) => group.units.some((u) => u.unit === m.unit) || m.collective)).toBe(false);
    }
  });

  it('workloadByUnit(sample, expandGroups) → 乙市\'s 各有关单位 becomes its own 公安局 and 税务局; 甲市 defines none, so it stays', () => {
    const [group] = workloadByUnit(rows, options({ expandGroups: true }));
    const byUnit = Object.fromEntries(group!.units.map((u) => [u.unit, u]));
    expect(byUnit['乙市/公安局']).toMatchObject({ lead: 1, responsible: 1, total: 2 });
    expect(byUnit['乙市/税务局']).toMatchObject({ lead: 0, responsible: 2, total: 2 });
    expect(byUnit['甲市/公安局']).toMatchObject({ responsible: 1, total: 1 });
    expect(group!.collective.map((u) => [u.unit, u.support, u.total])).toEqual([['甲市/各有关单位', 1, 1]]);
  });

  it('workloadByUnit([], …) → no groups', () => {
    expect(workloadByUnit([], options({}))).toEqual([]);
  });
});
