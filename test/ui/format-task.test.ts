import { describe, expect, it } from 'vitest';
import type { Deadline } from '../../src/model/schema.ts';
import { formatDeadline, formatIndicator, formatUnit } from '../../src/ui/format-task.ts';

const deadline = (d: Partial<Deadline>): Deadline => ({ raw: '', due: null, monthDay: null, yearKnown: true, precision: null, ongoing: false, ...d });

describe('ui/format-task', () => {
  it.each([
    [deadline({ due: '2021-06-30' }), 'zh', '2021-06-30'],
    [deadline({ due: '2021-06-30', ongoing: true }), 'zh', '2021-06-30 + 长期推进'],
    [deadline({ ongoing: true }), 'en', 'Ongoing'],
    [deadline({ monthDay: '09-30', yearKnown: false }), 'zh', '年份不详（09-30）'],
    [deadline({}), 'en', '—'],
  ] as const)('formatDeadline(%j, %s) → %s', (d, lang, expected) => {
    expect(formatDeadline(d, lang)).toBe(expected);
  });

  it.each([
    ['zh', '公共服务办（牵头）'],
    ['en', '公共服务办 (Lead)'],
  ] as const)('formatUnit(lead 公共服务办, %s) → %s', (lang, expected) => {
    expect(formatUnit({ name: '公共服务办', role: 'lead' }, lang)).toBe(expected);
  });

  it('formatIndicator(≥ 85 % due 2022-12-31) → "全程网办率 ≥ 85% (2022-12-31)"', () => {
    expect(formatIndicator({ metric: '全程网办率', category: '网办率', comparator: '≥', value: 85, unit: '%', due: '2022-12-31' })).toBe(
      '全程网办率 ≥ 85% (2022-12-31)',
    );
  });
});
