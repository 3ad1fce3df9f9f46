import { describe, expect, it } from 'vitest';
import { formatIsoDay, isoDayToTime } from '../../src/analysis/iso-day.ts';

describe('analysis/iso-day', () => {
  it.each([
    ['2021-06-30', Date.UTC(2021, 5, 30)],
    ['2021-6-30', NaN],
    ['', NaN],
    [null, NaN],
  ])('isoDayToTime(%o) → %d', (iso, expected) => {
    expect(isoDayToTime(iso)).toBe(expected);
  });

  it('formatIsoDay(isoDayToTime("2024-02-29")) → "2024-02-29"; formatIsoDay(NaN) → null', () => {
    expect(formatIsoDay(isoDayToTime('2024-02-29'))).toBe('2024-02-29');
    expect(formatIsoDay(NaN)).toBeNull();
  });

  it('formatIsoDay gives the UTC day of any time in it, before 1970 too, and stays right past the days it keeps', () => {
    expect(formatIsoDay(Date.UTC(2024, 1, 29, 23, 59, 59, 999))).toBe('2024-02-29');
    expect(formatIsoDay(Date.UTC(2024, 1, 29))).toBe('2024-02-29');
    expect(formatIsoDay(Date.UTC(1969, 11, 31, 12))).toBe('1969-12-31');
    expect(formatIsoDay(Infinity)).toBeNull();
    // more distinct days than the function keeps texts for
    for (let day = 0; day < 50_000; day += 1) {
      const time = Date.UTC(1950, 0, 1) + day * 86_400_000 + 3_600_000;
      if (formatIsoDay(time) !== new Date(time).toISOString().slice(0, 10)) throw new Error(`day ${day}`);
    }
  });
});
