import { describe, expect, it } from 'vitest';
import { RELOAD_GUARD_MS, shouldReload } from '../../src/ui/stale-chunk-reload.ts';

describe('shouldReload', () => {
  it('reloads the first time and again only after the guard time, never in a loop', () => {
    expect(shouldReload(null, 1_000_000)).toBe(true);
    expect(shouldReload(1_000_000, 1_000_000 + 1000)).toBe(false);
    expect(shouldReload(1_000_000, 1_000_000 + RELOAD_GUARD_MS + 1)).toBe(true);
    expect(shouldReload(Number.NaN, 5)).toBe(true);
    // a clock set back: the stored time is in the future, so it cannot tell a loop; reload
    expect(shouldReload(2_000_000, 1_000_000)).toBe(true);
  });
});
