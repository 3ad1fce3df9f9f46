import { describe, expect, it } from 'vitest';
import { describeFilterParts, describeFilters, filterValueWords, unitKeyLabel, type FilterWords } from '../../src/analysis/describe-filters.ts';
import { EMPTY_FILTERS } from '../../src/analysis/filters.ts';
import { filterWords } from '../../src/i18n/filter-word-messages.ts';

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

  it('excluded values are named with ≠ in titles; categories take the words\' category names', () => {
    const words: FilterWords = { ...filterWords('en'), category: (raw) => (raw === '网络覆盖' ? 'Network coverage' : raw) };
    const filters = { ...EMPTY_FILTERS, category: ['网络覆盖'], not: { region: ['汕尾市'], unit: ['东莞市/市府办'] } };
    expect(describeFilterParts(filters, words)).toEqual(['Network coverage', '≠ 汕尾市', '≠ 市府办（东莞市）']);
    expect(describeFilters(filters, filterWords('zh'))).toBe('网络覆盖 · ≠ 汕尾市 · ≠ 市府办（东莞市）');
  });

  it('region, section and unit words go through dataLabel (the ingest\'s 未注明地区 placeholder in English), in titles and chips alike', () => {
    const words: FilterWords = { ...filterWords('en'), dataLabel: (text) => text.split('未注明地区').join('Region not stated') };
    const filters = { ...EMPTY_FILTERS, region: ['未注明地区'], unit: ['未注明地区/办公室'], not: { region: ['未注明地区'] } };
    expect(describeFilterParts(filters, words)).toEqual(['Region not stated', '办公室（Region not stated）', '≠ Region not stated']);
    expect(filterValueWords(filters, words).map((w) => w.value)).toEqual(['Region not stated', '办公室（Region not stated）', '≠Region not stated']);
    expect(describeFilters(filters, filterWords('zh'))).toBe('未注明地区 · 办公室（未注明地区） · ≠ 未注明地区');
  });

  const chipWords = (lang: 'zh' | 'en'): FilterWords => ({
    ...filterWords(lang),
    field: lang === 'zh'
      ? { region: '地区', section: '领域', unit: '单位', role: '角色', due: '完成时限', status: '状态', category: '指标类别', q: '搜索' }
      : { region: 'Region', section: 'Section', unit: 'Unit', role: 'Role', due: 'Deadline', status: 'Status', category: 'Indicator category', q: 'Search' },
    fieldSeparator: lang === 'zh' ? '：' : ': ',
  });

  it('filterValueWords: one word per value in the filter bar\'s order, labelled with its field; a status names itself', () => {
    const filters = {
      ...EMPTY_FILTERS,
      status: ['passed' as const],
      region: ['汕尾市'],
      unit: ['汕尾市/市政务服务数据管理局'],
      role: ['lead' as const],
      due: { from: '2021-01-01', to: null },
      q: '网办',
      not: { section: ['主要任务'] },
    };
    expect(filterValueWords(filters, chipWords('zh')).map((w) => [w.key, w.label, w.value])).toEqual([
      ['region:汕尾市', '地区：汕尾市', '汕尾市'],
      ['unit:汕尾市/市政务服务数据管理局', '单位：市政务服务数据管理局（汕尾市）', '市政务服务数据管理局（汕尾市）'],
      ['role:lead', '角色：牵头', '牵头'],
      ['due', '完成时限：2021-01-01 – …', '2021-01-01~'],
      ['status:passed', '期限已过', '期限已过'],
      ['not-section:主要任务', '≠ 领域：主要任务', '≠主要任务'],
      ['q', '搜索：“网办”', '网办'],
    ]);
    expect(filterValueWords({ ...EMPTY_FILTERS, status: ['due90'] }, chipWords('en'))[0]!.label).toBe('Due within 90 days');
  });

  it('filterValueWords without field names: a value\'s label is the value alone', () => {
    expect(filterValueWords({ ...EMPTY_FILTERS, region: ['汕尾市'] }, filterWords('zh'))[0]!.label).toBe('汕尾市');
    expect(filterValueWords(EMPTY_FILTERS, filterWords('zh'))).toEqual([]);
  });
});
