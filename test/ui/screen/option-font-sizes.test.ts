import { describe, expect, it } from 'vitest';
import { smallestFontSize } from '../../../src/ui/screen/option-font-sizes.ts';

describe('smallestFontSize', () => {
  it('finds the smallest fontSize at any depth, rich styles included', () => {
    expect(smallestFontSize({ label: { fontSize: 30, rich: { count: { fontSize: 34 } } }, series: [{ label: { fontSize: 28 } }] })).toBe(28);
  });

  it('is null when no size is set', () => {
    expect(smallestFontSize({ series: [] })).toBeNull();
    expect(smallestFontSize(null)).toBeNull();
  });
});
