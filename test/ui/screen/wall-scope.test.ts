import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../../src/analysis/filters.ts';
import { describeFilters } from '../../../src/ui/screen/wall-scope.ts';
import { titleWithFilters } from '../../../src/ui/filters/filter-title.ts';

describe('describeFilters (the wall\'s scope line)', () => {
  it('names nothing when nothing is filtered', () => {
    expect(describeFilters(EMPTY_FILTERS, 'zh')).toEqual([]);
  });

  it('names statuses (a passed deadline is 期限已过, never 逾期), regions, units and the search in words', () => {
    const words = describeFilters({ ...EMPTY_FILTERS, region: ['汕尾市', '东莞市'], status: ['passed'], unit: ['汕尾市/市政务服务数据管理局'], q: '一网通办' }, 'zh');
    expect(words).toEqual(['期限已过的任务', '汕尾市、东莞市', '市政务服务数据管理局（汕尾市）', '含“一网通办”']);
    expect(words.join('')).not.toContain('逾期');
    expect(describeFilters({ ...EMPTY_FILTERS, status: ['passed', 'due90'] }, 'en')).toEqual(['Tasks: deadline passed, due within 90 days']);
  });

  it('names a link\'s 督办 colours (progress=) after the other filters', () => {
    expect(describeFilters({ ...EMPTY_FILTERS, region: ['汕尾市'] }, 'zh', ['red', 'amber'])).toEqual(['汕尾市', '督办状态：红（逾期未完成）、黄（临期或滞后）']);
    expect(describeFilters(EMPTY_FILTERS, 'en', ['red'])).toEqual(['follow-up status: Red (overdue, not done)']);
  });

  it('says what the dashboard\'s titles say, part for part', () => {
    const filters = { ...EMPTY_FILTERS, region: ['汕尾市'], status: ['passed' as const], category: ['网络覆盖'] };
    for (const lang of ['zh', 'en'] as const) {
      expect(titleWithFilters('T', { filters, lang })).toBe(['T', ...describeFilters(filters, lang)].join(' · '));
    }
  });
});
