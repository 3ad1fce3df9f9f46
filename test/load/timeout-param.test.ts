import { describe, expect, it } from 'vitest';
import { timeoutFromSearch } from '../../src/load/timeout-param.ts';

describe('load/timeout-param', () => {
  it('timeoutFromSearch("?timeout=S") → S seconds in ms; missing, junk, ≤ 0 or over an hour → undefined', () => {
    expect(timeoutFromSearch('?timeout=5')).toBe(5000);
    expect(timeoutFromSearch('?a=1&timeout=0.5')).toBe(500);
    for (const search of ['', '?timeout=', '?timeout=abc', '?timeout=0', '?timeout=-3', '?timeout=99999', '?timeout=Infinity']) {
      expect(timeoutFromSearch(search), search).toBeUndefined();
    }
  });
});
