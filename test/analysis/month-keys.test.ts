import { describe, expect, it } from 'vitest';
import { monthKey, monthKeysBetween, monthsToDueRange } from '../../src/analysis/month-keys.ts';

describe('analysis/month-keys', () => {
  it('monthKey(Date.UTC(2021, 5, 30)) → "2021-06"; monthKey(NaN) → null', () => {
    expect(monthKey(Date.UTC(2021, 5, 30))).toBe('2021-06');
    expect(monthKey(NaN)).toBeNull();
  });

  it.each([
    ['2021-11', '2022-02', ['2021-11', '2021-12', '2022-01', '2022-02']],
    ['2021-06', '2021-06', ['2021-06']],
    ['2022-01', '2021-12', []],
    ['2021-13', '2022-01', []],
  ])('monthKeysBetween(%s, %s) → %o', (first, last, expected) => {
    expect(monthKeysBetween(first, last)).toEqual(expected);
  });

  it.each([
    ['2024-02', '2024-02', { from: '2024-02-01', to: '2024-02-29' }],
    ['2021-12', '2021-06', { from: '2021-06-01', to: '2021-12-31' }],
    ['2021-6', '2021-06', null],
  ])('monthsToDueRange(%s, %s) → %o', (first, last, expected) => {
    expect(monthsToDueRange(first, last)).toEqual(expected);
  });
});
