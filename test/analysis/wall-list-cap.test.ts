import { describe, expect, it } from 'vitest';
import { capList, capPerKind } from '../../src/analysis/wall-list-cap.ts';

describe('capPerKind', () => {
  const kind = (s: string) => s[0]!;
  it('keeps a list that fits whole, with no "more" entry', () => {
    expect(capPerKind(['a1', 'a2', 'b1'], kind, 2)).toEqual([{ item: 'a1' }, { item: 'a2' }, { item: 'b1' }]);
  });
  it('keeps the first items of each kind in order and says after each group how many were left out', () => {
    expect(capPerKind(['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'b3'], kind, 2)).toEqual([
      { item: 'a1' }, { item: 'a2' }, { more: 2, kind: 'a' },
      { item: 'b1' }, { item: 'b2' }, { more: 1, kind: 'b' },
    ]);
  });
  it('every item is either shown or counted', () => {
    const items = Array.from({ length: 1000 }, (_, i) => `${'abc'[Math.floor(i / 400)]}${i}`);
    const capped = capPerKind(items, kind, 7);
    const shown = capped.filter((e) => 'item' in e).length;
    const counted = capped.reduce((n, e) => n + ('more' in e ? e.more : 0), 0);
    expect(shown).toBe(21);
    expect(shown + counted).toBe(1000);
  });
  it('an empty list stays empty', () => {
    expect(capPerKind([], kind, 3)).toEqual([]);
  });
});

describe('capList', () => {
  it('returns the same list when it fits, else its head and the count of the rest', () => {
    const items = [1, 2, 3];
    expect(capList(items, 3).shown).toBe(items);
    expect(capList(items, 3).rest).toBe(0);
    expect(capList([1, 2, 3, 4, 5], 2)).toEqual({ shown: [1, 2], rest: 3 });
  });
});
