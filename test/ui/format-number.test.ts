import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/ui/format-number.ts';

describe('formatNumber', () => {
  it('groups thousands as toLocaleString does, in both languages', () => {
    expect(formatNumber(200_000, 'zh')).toBe('200,000');
    expect(formatNumber(1_234_567, 'en')).toBe('1,234,567');
    for (const n of [0, 7, -1234, 12.5, 0.3333333, 1e9]) {
      expect(formatNumber(n, 'zh')).toBe(n.toLocaleString('zh-CN'));
      expect(formatNumber(n, 'en')).toBe(n.toLocaleString('en'));
    }
  });
});
