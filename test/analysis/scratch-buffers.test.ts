import { describe, expect, it } from 'vitest';
import { scratchInt32, scratchUint8 } from '../../src/analysis/scratch-buffers.ts';

describe('analysis/scratch-buffers', () => {
  it('gives the same buffer back for the same owner and name while it is long enough', () => {
    const owner = {};
    const a = scratchInt32(owner, 'a', 10);
    a[3] = 7;
    const again = scratchInt32(owner, 'a', 5);
    expect(again).toBe(a);
    expect(again[3]).toBe(7);
  });

  it('keeps owners and names apart', () => {
    const owner = {};
    expect(scratchInt32(owner, 'a', 4)).not.toBe(scratchInt32(owner, 'b', 4));
    expect(scratchInt32({}, 'a', 4)).not.toBe(scratchInt32(owner, 'a', 4));
  });

  it('grows a buffer asked for more than it holds', () => {
    const owner = {};
    const small = scratchUint8(owner, 'a', 4);
    const big = scratchUint8(owner, 'a', 9);
    expect(big).not.toBe(small);
    expect(big.length).toBeGreaterThanOrEqual(9);
    expect(scratchUint8(owner, 'a', 9)).toBe(big);
  });

  it('never hands an Int32Array where a Uint8Array was asked for under the same name', () => {
    const owner = {};
    scratchInt32(owner, 'a', 4);
    expect(scratchUint8(owner, 'a', 4)).toBeInstanceOf(Uint8Array);
  });
});
