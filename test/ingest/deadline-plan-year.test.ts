import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../src/ingest/deadline.ts';
import { titleYear } from '../../src/ingest/metadata.ts';

// Issue 9 point 5: a deadline with no year takes the plan year when the title names exactly one.
describe('deadlines in the plan year', () => {
  const plan = { published: null, planYear: 2023 };

  it.each<[string, string, string]>([
    ['6月底前', '2023-06-30', 'month'],
    ['6月份', '2023-06-30', 'month'],
    ['9月', '2023-09-30', 'month'],
    ['5月底前动工', '2023-05-31', 'month'],
    ['9月投入使用', '2023-09-30', 'month'],
    ['10月15日前', '2023-10-15', 'day'],
    ['年底前', '2023-12-31', 'year'],
    ['上半年', '2023-06-30', 'half'],
    ['11月中旬', '2023-11-20', 'day'],
  ])('parseDeadline(%j, plan year 2023) → %s (%s), year known, no issue', (raw, due, precision) => {
    const { deadline, issues } = parseDeadline(raw, plan);
    expect(deadline).toMatchObject({ raw, due, monthDay: due.slice(5), yearKnown: true, precision });
    expect(issues).toEqual([]);
  });

  it('"2月底前" in a leap plan year → 02-29', () => {
    expect(parseDeadline('2月底前', { published: null, planYear: 2024 }).deadline.due).toBe('2024-02-29');
  });

  it('"2月29日" in a common plan year → no date, invalid for that year: year unknown, warned', () => {
    const { deadline, issues } = parseDeadline('2月29日', plan);
    expect(deadline.due).toBeNull();
    expect(issues.map((i) => i.code)).toEqual(['year-unknown']);
  });

  it('a printed year wins over the plan year', () => {
    expect(parseDeadline('2024年3月底前', plan).deadline.due).toBe('2024-03-31');
  });

  it('"X年8月31日前" stays year-unknown: the plan year never replaces X (seeds/004…)', () => {
    const { deadline, issues } = parseDeadline('X年8月31日前', plan);
    expect(deadline).toMatchObject({ due: null, monthDay: '08-31', yearKnown: false });
    expect(issues.map((i) => i.code)).toEqual(['year-unknown']);
  });

  it('a recurring schedule ("每月底前") is ongoing and takes no year', () => {
    const { deadline, issues } = parseDeadline('每月底前', plan);
    expect(deadline).toMatchObject({ due: null, yearKnown: false, ongoing: true });
    expect(issues).toEqual([]);
  });

  it('no plan year → year unknown, as before', () => {
    const { deadline, issues } = parseDeadline('6月底前', { published: null });
    expect(deadline).toMatchObject({ due: null, monthDay: '06-30', yearKnown: false });
    expect(issues.map((i) => i.code)).toEqual(['year-unknown']);
  });

  it('a plan year that would put the deadline before publication is not used, and says so', () => {
    const { deadline, issues } = parseDeadline('3月底前', { published: '2021-01-27', planYear: 2020 });
    expect(deadline).toMatchObject({ due: null, monthDay: '03-31', yearKnown: false });
    expect(issues.map((i) => i.code)).toEqual(['year-unknown']);
  });

  it.each<[string | null, number | null]>([
    ['东莞市2022年政务服务全域标准化专项行动主要任务分工表', 2022],
    ['湛江市2020年数字政府改革建设整改优化提升工作方案', 2020],
    ['港口镇政务服务质量提升大会战实施方案任务分解表（2021—2022年）', null],
    ['２０２３年度重点任务清单', 2023],
    ['某县重点任务分工方案', null],
    [null, null],
  ])('titleYear(%j) → %s', (title, year) => {
    expect(titleYear(title)).toBe(year);
  });
});
