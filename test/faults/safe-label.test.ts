import { describe, expect, it } from 'vitest';
import { safeLabel } from '../../src/charts/safe-label.ts';

describe('faults: chart labels that are object-member names', () => {
  it('safeLabel(every Object.prototype member) → the same text plus a zero-width space, never a key of Object.prototype', () => {
    for (const name of [...Object.getOwnPropertyNames(Object.prototype), '__proto__']) {
      expect(safeLabel(name)).toBe(`${name}\u200B`);
      expect(safeLabel(name) in Object.prototype).toBe(false);
    }
  });

  it('safeLabel(any other text, including Array and Function members) → unchanged', () => {
    for (const text of ['公共服务办', 'map', 'length', 'prototype', '', 'constructor ']) expect(safeLabel(text)).toBe(text);
  });
});
