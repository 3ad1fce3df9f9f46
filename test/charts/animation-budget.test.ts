import { describe, expect, it } from 'vitest';
import { ANIMATED_MARKS_MAX, markCount, withAnimationBudget } from '../../src/charts/animation-budget.ts';

const bars = (n: number) => ({ type: 'bar', data: Array.from({ length: n }, (_, i) => i) });

describe('charts/animation-budget', () => {
  it('counts the data items of every series (one series object too, and none)', () => {
    expect(markCount({ series: [bars(3), bars(4), { type: 'bar' }] })).toBe(7);
    expect(markCount({ series: bars(5) })).toBe(5);
    expect(markCount({})).toBe(0);
  });

  it('keeps a chart of up to ANIMATED_MARKS_MAX marks as it is, and draws a larger one without animation', () => {
    const small = { series: [bars(ANIMATED_MARKS_MAX)] };
    expect(withAnimationBudget(small)).toBe(small);
    const large = { series: [bars(ANIMATED_MARKS_MAX), bars(1)], animation: true };
    const drawn = withAnimationBudget(large);
    expect(drawn.animation).toBe(false);
    expect(drawn.series).toBe(large.series);
    expect(large.animation).toBe(true);
  });

  it('draws any chart without animation while a load arrives in batches', () => {
    const small = { series: [bars(3)], animation: true };
    expect(withAnimationBudget(small, true).animation).toBe(false);
    expect(withAnimationBudget(small, false)).toBe(small);
  });
});
