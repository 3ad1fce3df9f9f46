import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../../src/analysis/filters.ts';
import { describeFilters } from '../../../src/ui/screen/wall-scope.ts';

describe('describeFilters', () => {
  it('names nothing when nothing is filtered', () => {
    expect(describeFilters(EMPTY_FILTERS, 'zh')).toEqual([]);
  });

  it('names regions, statuses (a passed deadline is 期限已过, never 逾期), units and the search in words', () => {
    const words = describeFilters({ ...EMPTY_FILTERS, region: ['汕尾市', '东莞市'], status: ['passed'], unit: ['市政务服务数据管理局'], q: '一网通办' }, 'zh');
    expect(words).toEqual(['汕尾市、东莞市', '期限已过', '单位 市政务服务数据管理局', '搜索“一网通办”']);
    expect(words.join('')).not.toContain('逾期');
    expect(describeFilters({ ...EMPTY_FILTERS, status: ['passed', 'due90'] }, 'en')).toEqual(['deadline passed, due in 90 days']);
  });
});
