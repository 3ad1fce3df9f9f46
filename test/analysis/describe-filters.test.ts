import { describe, expect, it } from 'vitest';
import { describeFilters, unitKeyLabel } from '../../src/analysis/describe-filters.ts';
import { EMPTY_FILTERS } from '../../src/analysis/filters.ts';
import { filterWords } from '../../src/i18n/trust-messages.ts';

describe('analysis/describe-filters', () => {
  it('no filter → ""', () => {
    expect(describeFilters(EMPTY_FILTERS, filterWords('zh'))).toBe('');
  });

  it('status and region → "期限已过的任务 · 汕尾市"; English reads "Tasks: deadline passed · 汕尾市"', () => {
    const filters = { ...EMPTY_FILTERS, status: ['passed' as const], region: ['汕尾市'] };
    expect(describeFilters(filters, filterWords('zh'))).toBe('期限已过的任务 · 汕尾市');
    expect(describeFilters(filters, filterWords('en'))).toBe('Tasks: deadline passed · 汕尾市');
  });

  it('unit keys read "name（region）", long lists are counted, due range and search named', () => {
    const filters = {
      ...EMPTY_FILTERS,
      unit: ['汕尾市/市政务服务数据管理局'],
      region: ['甲', '乙', '丙', '丁'],
      due: { from: '2021-01-01', to: null },
      q: ' 网办 ',
    };
    expect(describeFilters(filters, filterWords('zh'))).toBe('甲、乙、丙 等 4 项 · 市政务服务数据管理局（汕尾市） · 完成时限 2021-01-01—… · 含“网办”');
    expect(unitKeyLabel('省政务服务数据管理局')).toBe('省政务服务数据管理局');
  });
});
