import { describe, expect, it } from 'vitest';
import { deepEqual } from '../../../src/ui/echarts/deep-equal.ts';

describe('deepEqual (the chart host skips setOption for an equal option)', () => {
  it('compares plain objects and arrays by content', () => {
    expect(deepEqual({ a: [1, { b: 'x' }], c: null }, { a: [1, { b: 'x' }], c: null })).toBe(true);
    expect(deepEqual({ a: [1, 2] }, { a: [1, 3] })).toBe(false);
    expect(deepEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(deepEqual({ a: 1, b: undefined }, { a: 1, c: undefined })).toBe(false);
    expect(deepEqual([1, 2], [1, 2, 3])).toBe(false);
    expect(deepEqual([], {})).toBe(false);
  });

  it('compares functions by identity, dates and RegExps by value, NaN as equal', () => {
    const f = () => 'x';
    expect(deepEqual({ formatter: f }, { formatter: f })).toBe(true);
    expect(deepEqual({ formatter: f }, { formatter: () => 'x' })).toBe(false);
    expect(deepEqual(new Date(5), new Date(5))).toBe(true);
    expect(deepEqual(new Date(5), new Date(6))).toBe(false);
    expect(deepEqual(/a/g, /a/g)).toBe(true);
    expect(deepEqual(/a/g, /a/i)).toBe(false);
    expect(deepEqual(Number.NaN, Number.NaN)).toBe(true);
    expect(deepEqual(undefined, null)).toBe(false);
  });
});
