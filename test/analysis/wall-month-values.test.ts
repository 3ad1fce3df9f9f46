import { describe, expect, it } from 'vitest';
import { monthValueLabels } from '../../src/analysis/wall-month-values.ts';

const format = (n: number) => n.toLocaleString('zh-CN');

describe('monthValueLabels', () => {
  it('prints counts as they are while every month has fewer than 1,000 tasks', () => {
    expect(monthValueLabels([0, 5, 999], format)).toEqual({ labels: ['0', '5', '999'], thousands: false });
  });
  it('prints every month in thousands once one month has 1,000 or more, with no label longer than four characters', () => {
    const { labels, thousands } = monthValueLabels([2119, 0, 12, 49, 50, 9949, 9950, 123_456, 1000], format);
    expect(thousands).toBe(true);
    expect(labels).toEqual(['2.1', '0', '<0.1', '<0.1', '0.1', '9.9', '10', '123', '1.0']);
    for (const label of labels) expect(label.length).toBeLessThanOrEqual(4);
  });
  it('never prints a month with tasks as 0', () => {
    const { labels } = monthValueLabels([1, 20_000], format);
    expect(labels[0]).not.toBe('0');
  });
});
