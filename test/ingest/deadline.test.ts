import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../src/ingest/deadline.ts';

const ctx = { published: null };

describe('deadline', () => {
  it.each([
    // seeds/000…, seeds/001…, seeds/002…, seeds/003… as printed
    ['2021年6月底前', '2021-06-30', '06-30', 'month', false],
    ['2022年6月', '2022-06-30', '06-30', 'month', false],
    ['2022年12月底完成', '2022-12-31', '12-31', 'month', false],
    ['2023年6月底前完成', '2023-06-30', '06-30', 'month', false],
    ['2022年12月\n\n底前', '2022-12-31', '12-31', 'month', false],
    ['2021年6月底前，并长期推进', '2021-06-30', '06-30', 'month', true],
    ['2023年12月底完成并持续推进', '2023-12-31', '12-31', 'month', true],
    ['2023年6月底前完成,并持续推进', '2023-06-30', '06-30', 'month', true],
    ['2025年12月底', '2025-12-31', '12-31', 'month', false],
    ['2021年8月', '2021-08-31', '08-31', 'month', false],
    // forms the next documents will bring
    ['2021年底前', '2021-12-31', '12-31', 'year', false],
    ['2021年年底前', '2021-12-31', '12-31', 'year', false],
    ['2021年末', '2021-12-31', '12-31', 'year', false],
    ['2021年', '2021-12-31', '12-31', 'year', false],
    ['2021年6月30日前', '2021-06-30', '06-30', 'day', false],
    ['2021年6月30日', '2021-06-30', '06-30', 'day', false],
    ['2021年上半年', '2021-06-30', '06-30', 'half', false],
    ['2021年下半年', '2021-12-31', '12-31', 'half', false],
    ['2021年第三季度', '2021-09-30', '09-30', 'quarter', false],
    ['2021年三季度', '2021-09-30', '09-30', 'quarter', false],
    ['2021年Q3', '2021-09-30', '09-30', 'quarter', false],
    ['2021年一季度', '2021-03-31', '03-31', 'quarter', false],
    ['２０２１年６月底前', '2021-06-30', '06-30', 'month', false],
    ['2021.6.30', '2021-06-30', '06-30', 'day', false],
    ['2021-06-30', '2021-06-30', '06-30', 'day', false],
    ['2021/6/30', '2021-06-30', '06-30', 'day', false],
    ['2021—2022年', '2022-12-31', '12-31', 'year', false],
    ['2021年—2022年', '2022-12-31', '12-31', 'year', false],
    ['2024年2月底前', '2024-02-29', '02-29', 'month', false],
    ['2023年2月底前', '2023-02-28', '02-28', 'month', false],
    ['  2021年6月底前  ', '2021-06-30', '06-30', 'month', false],
  ])('parseDeadline(%j) → due %s, monthDay %s, %s precision, ongoing %s', (raw, due, monthDay, precision, ongoing) => {
    const { deadline, issues } = parseDeadline(raw, ctx);
    expect(deadline).toEqual({ raw: raw.trim(), due, monthDay, yearKnown: true, precision, ongoing });
    expect(issues).toEqual([]);
  });

  it('parseDeadline("2021年6月底前完成试点，2022年底前全面推开") → the last (final) date, 2022-12-31', () => {
    expect(parseDeadline('2021年6月底前完成试点，2022年底前全面推开', ctx).deadline.due).toBe('2022-12-31');
  });

  it.each(['长期推进', '持续推进', '长期开展', '长期坚持', '持续开展', '常态化'])(
    'parseDeadline(%j) → ongoing, no date, no issue',
    (raw) => {
      expect(parseDeadline(raw, ctx)).toEqual({
        deadline: { raw, due: null, monthDay: null, yearKnown: false, precision: null, ongoing: true },
        issues: [],
      });
    },
  );

  it.each([
    // seeds/004…, lines 9 and 12
    ['X年8月31日前', '08-31', 'day'],
    ['X年11月底前', '11-30', 'month'],
    ['X年12月31日前', '12-31', 'day'],
    ['年底前', '12-31', 'year'],
    ['6月底前', '06-30', 'month'],
  ])('parseDeadline(%j) → monthDay %s, no due, no invented year, year-unknown issue', (raw, monthDay, precision) => {
    const { deadline, issues } = parseDeadline(raw, ctx);
    expect(deadline).toEqual({ raw, due: null, monthDay, yearKnown: false, precision, ongoing: false });
    expect(issues.map((i) => i.code)).toEqual(['year-unknown']);
  });

  it.each(['2021年2月30日', '2021年13月', '2021年0月', '2021年6月31日'])(
    'parseDeadline(%j) → no date, invalid-date issue',
    (raw) => {
      const { deadline, issues } = parseDeadline(raw, ctx);
      expect(deadline).toEqual({ raw, due: null, monthDay: null, yearKnown: false, precision: null, ongoing: false });
      expect(issues.map((i) => i.code)).toEqual(['invalid-date']);
    },
  );

  it.each([
    ['', 'deadline-missing'],
    ['   \n', 'deadline-missing'],
    ['尽快', 'deadline-unparsed'],
    ['/', 'deadline-unparsed'],
  ])('parseDeadline(%j) → all-null deadline, %s issue', (raw, code) => {
    const { deadline, issues } = parseDeadline(raw, ctx);
    expect(deadline).toEqual({ raw: raw.trim(), due: null, monthDay: null, yearKnown: false, precision: null, ongoing: false });
    expect(issues.map((i) => i.code)).toEqual([code]);
  });

  it('parseDeadline("2022年12月底前", published 2023-04-20) → keeps 2022-12-31, deadline-before-published issue', () => {
    // seeds/001… task 76 is due before the notice of 2023-04-20
    const { deadline, issues } = parseDeadline('2022年12月底前', { published: '2023-04-20' });
    expect(deadline.due).toBe('2022-12-31');
    expect(issues.map((i) => i.code)).toEqual(['deadline-before-published']);
  });

  it('parseDeadline("2023年12月底完成", published 2023-04-20) → no issue', () => {
    expect(parseDeadline('2023年12月底完成', { published: '2023-04-20' }).issues).toEqual([]);
  });

  it.each(['2021年', '年', '月底', '9999年99月99日', 'X年X月', '2021.13.40', '\u0000', '2021年6月底前'.repeat(200)])(
    'parseDeadline(%j) does not throw',
    (raw) => {
      expect(() => parseDeadline(raw, ctx)).not.toThrow();
    },
  );
});
