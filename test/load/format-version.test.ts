import { describe, expect, it } from 'vitest';
import { formatNewerVersion, tryParseNewerVersion } from '../../src/load/format-version.ts';

describe('load/format-version', () => {
  it.each([
    [{ version: 2 }, 2],
    [{ version: 1.5 }, 1.5],
    [{ version: 1 }, null],
    [{ version: 0 }, null],
    [{ version: '2' }, null],
    [{ version: Infinity }, null],
    [{}, null],
    [null, null],
    [[2], null],
    ['version 2', null],
  ])('tryParseNewerVersion(%j) → %j', (value, expected) => {
    expect(tryParseNewerVersion(value)).toBe(expected);
  });

  it('formatNewerVersion(2) → "version: 2 > 1"', () => {
    expect(formatNewerVersion(2)).toBe('version: 2 > 1');
  });
});
