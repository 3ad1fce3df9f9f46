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
});
