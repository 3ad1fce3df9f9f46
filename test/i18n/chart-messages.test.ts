import { describe, expect, it } from 'vitest';
import { CHART_MESSAGES, chartMessage } from '../../src/i18n/chart-messages.ts';

describe('i18n/chart-messages', () => {
  it.each([
    ['zh', 'other', { n: 12 }, '其他（12 个单位）'],
    ['en', 'other', { n: 12 }, 'Other (12 units)'],
    ['en', 'asOf', { date: '2022-05-01' }, 'As of 2022-05-01'],
    ['zh', 'asOf', {}, '截至 {date}'],
  ] as const)('chartMessage(%s, %s, %o) → %s', (lang, key, params, expected) => {
    expect(chartMessage(lang, key, params)).toBe(expected);
  });

  it('every zh key has an en message with the same placeholders', () => {
    for (const [key, zh] of Object.entries(CHART_MESSAGES.zh)) {
      const en = CHART_MESSAGES.en[key as keyof typeof CHART_MESSAGES.zh];
      expect(en.match(/\{\w+\}/g) ?? [], key).toEqual(zh.match(/\{\w+\}/g) ?? []);
    }
  });
});
