import { describe, expect, it } from 'vitest';
import { filterTasks } from '../../src/analysis/filter-tasks.ts';
import { EMPTY_FILTERS, type Filters } from '../../src/analysis/filters.ts';
import { toTaskRows } from '../../src/analysis/task-row.ts';
import { formatHash, parseHash } from '../../src/state/hash.ts';
import { DEFAULT_STATE } from '../../src/state/app-state.ts';
import { SAMPLE_AS_OF, sampleDatasets } from './sample-datasets.ts';

const rows = toTaskRows(sampleDatasets());
const ids = (filters: Partial<Filters>): string[] => filterTasks(rows, { ...EMPTY_FILTERS, ...filters }, SAMPLE_AS_OF).map((row) => row.task.id);

describe('exclude ("≠") filters', () => {
  it.each<[string, Partial<Filters>, string[]]>([
    ['≠ region 乙市', { not: { region: ['乙市'] } }, ['jia-2021/1', 'jia-2021/2', 'jia-2021/3']],
    ['≠ unit 公共服务办 (any role)', { not: { unit: ['公共服务办'] } }, ['jia-2021/2', 'yi-2022/1', 'yi-2022/2', 'yi-2022/3']],
    ['≠ section at an inner level', { not: { section: ['审批'] } }, ['jia-2021/1', 'jia-2021/2', 'jia-2021/3', 'yi-2022/2', 'yi-2022/3', 'yi-2022/4']],
    ['≠ category 网上办理', { not: { category: ['网上办理'] } }, ['jia-2021/1', 'jia-2021/2', 'jia-2021/3', 'yi-2022/2', 'yi-2022/4']],
    ['region 乙市 AND ≠ unit 公共服务办', { region: ['乙市'], not: { unit: ['公共服务办'] } }, ['yi-2022/1', 'yi-2022/2', 'yi-2022/3']],
    ['an unknown excluded value excludes nothing', { not: { unit: ['没有这个单位'] } }, ['jia-2021/1', 'jia-2021/2', 'jia-2021/3', 'yi-2022/1', 'yi-2022/2', 'yi-2022/3', 'yi-2022/4']],
    ['an empty exclusion list excludes nothing', { not: { region: [] } }, ['jia-2021/1', 'jia-2021/2', 'jia-2021/3', 'yi-2022/1', 'yi-2022/2', 'yi-2022/3', 'yi-2022/4']],
  ])('%s', (_name, filters, expected) => {
    expect(ids(filters)).toEqual(expected);
  });

  it('a cached result without exclusions is not returned for the same filters with them', () => {
    expect(ids({ region: ['乙市'] })).toHaveLength(4);
    expect(ids({ region: ['乙市'], not: { unit: ['公共服务办'] } })).toHaveLength(3);
  });

  it('the hash keeps exclusions as not-<field>=…, and reads them back', () => {
    const state = { ...DEFAULT_STATE, view: 'tasks' as const, filters: { ...EMPTY_FILTERS, region: ['甲市'], not: { unit: ['公安局', 'a,b'], category: ['网上办理'] } } };
    const hash = formatHash(state);
    expect(hash).toBe('#/tasks?region=%E7%94%B2%E5%B8%82&not-unit=%E5%85%AC%E5%AE%89%E5%B1%80,a%2Cb&not-category=%E7%BD%91%E4%B8%8A%E5%8A%9E%E7%90%86');
    expect(parseHash(hash).filters.not).toEqual({ unit: ['公安局', 'a,b'], category: ['网上办理'] });
    expect(parseHash('#/tasks?region=x').filters.not).toBeUndefined();
    expect(parseHash(hash).extra).toEqual([]);
  });
});
