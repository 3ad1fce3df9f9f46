import { describe, expect, it } from 'vitest';
import { cutText } from '../../src/ui/cut-text.ts';

describe('faults: a huge task text', () => {
  it('cutText(50 MB text, 5000) → the first 5000 characters, without copying the rest', () => {
    const huge = '长'.repeat(50 * 1024 * 1024);
    expect(cutText(huge, 5000)).toBe('长'.repeat(5000));
    expect(cutText('短', 5000)).toBe('短');
  });

  it('cutText never splits a surrogate pair (𠀀 is two UTF-16 units)', () => {
    expect(cutText('ab𠀀c', 3)).toBe('ab');
    expect(cutText('ab𠀀c', 4)).toBe('ab𠀀');
  });
});
