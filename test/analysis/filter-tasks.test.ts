import { describe, expect, it } from 'vitest';
import { filterTasks } from '../../src/analysis/filter-tasks.ts';
import { EMPTY_FILTERS, type Filters } from '../../src/analysis/filters.ts';
import { toTaskRows } from '../../src/analysis/task-row.ts';
import { SAMPLE_AS_OF, sampleDatasets } from './sample-datasets.ts';

const rows = toTaskRows(sampleDatasets());
const ids = (filters: Partial<Filters>): string[] =>
  filterTasks(rows, { ...EMPTY_FILTERS, ...filters }, SAMPLE_AS_OF).map((row) => row.task.id);

describe('analysis/filter-tasks', () => {
  it.each<[string, Partial<Filters>, string[]]>([
    ['no filter', {}, ['jia-2021/1', 'jia-2021/2', 'jia-2021/3', 'yi-2022/1', 'yi-2022/2', 'yi-2022/3', 'yi-2022/4']],
    ['region 乙市', { region: ['乙市'] }, ['yi-2022/1', 'yi-2022/2', 'yi-2022/3', 'yi-2022/4']],
    ['section at an inner level', { section: ['审批'] }, ['yi-2022/1']],
    ['section OR', { section: ['网络', '数据'] }, ['jia-2021/1', 'yi-2022/2', 'yi-2022/3']],
    ['unit 公共服务办', { unit: ['公共服务办'] }, ['jia-2021/1', 'jia-2021/3', 'yi-2022/4']],
    ['unit 公共服务办 as lead (the same unit must hold the role)', { unit: ['公共服务办'], role: ['lead'] }, ['jia-2021/1']],
    ['unit 税务局 as support: none', { unit: ['税务局'], role: ['support'] }, []],
    ['role support alone', { role: ['support'] }, ['jia-2021/1', 'jia-2021/3']],
    ['due range (undated rows fail)', { due: { from: '2021-12-31', to: '2022-12-31' } }, ['jia-2021/2', 'yi-2022/1']],
    ['due range open at the start', { due: { from: null, to: '2021-06-30' } }, ['jia-2021/1']],
    ['status overdue', { status: ['passed'] }, ['jia-2021/1', 'jia-2021/2']],
    ['status ongoing OR yearUnknown', { status: ['ongoing', 'yearUnknown'] }, ['jia-2021/3', 'yi-2022/2']],
    ['status due90 OR later', { status: ['due90', 'later'] }, ['yi-2022/1', 'yi-2022/3']],
    ['category 网上办理', { category: ['网上办理'] }, ['yi-2022/1', 'yi-2022/3']],
    ['q: every term must occur', { q: '  网办率  乙市 ' }, ['yi-2022/1', 'yi-2022/3']],
    ['q matches unit names and deadline text', { q: '长期推进' }, ['jia-2021/2', 'jia-2021/3']],
    ['q is case-insensitive', { q: 'X年' }, ['yi-2022/2']],
    ['fields AND-ed', { region: ['甲市'], status: ['passed'], unit: ['公安局'] }, ['jia-2021/2']],
  ])('filterTasks(rows, %s) → %o', (_label, filters, expected) => {
    expect(ids(filters)).toEqual(expected);
  });

  it('filters a list naming rows twice (longer than the table), and keeps earlier results intact', () => {
    const first = filterTasks(rows, { ...EMPTY_FILTERS, status: ['passed'] }, SAMPLE_AS_OF);
    const twice = filterTasks([...rows, ...rows], { ...EMPTY_FILTERS, region: ['甲市'], due: { from: '2021-01-01', to: null } }, SAMPLE_AS_OF);
    expect(twice.map((row) => row.task.id)).toEqual(['jia-2021/1', 'jia-2021/2', 'jia-2021/1', 'jia-2021/2']);
    expect(first.map((row) => row.task.id)).toEqual(['jia-2021/1', 'jia-2021/2']);
  });
});
