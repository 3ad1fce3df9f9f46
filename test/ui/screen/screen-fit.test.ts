import { describe, expect, it } from 'vitest';
import { chartPixelRatio, fitStage } from '../../../src/ui/screen/screen-fit.ts';

describe('screen-fit', () => {
  it.each([
    [1920, 1080, { scale: 1, left: 0, top: 0 }],
    [2560, 1440, { scale: 4 / 3, left: 0, top: 0 }],
    [3840, 2160, { scale: 2, left: 0, top: 0 }],
    [1280, 1024, { scale: 2 / 3, left: 0, top: 152 }],
    [2560, 1080, { scale: 1, left: 320, top: 0 }],
    [0, 1080, { scale: 1, left: 0, top: 0 }],
    [Number.NaN, 1080, { scale: 1, left: 0, top: 0 }],
  ])('fitStage(%d, %d) → %j', (width, height, fit) => {
    const got = fitStage(width, height);
    expect(got.scale).toBeCloseTo(fit.scale, 10);
    expect(got.left).toBeCloseTo(fit.left, 10);
    expect(got.top).toBeCloseTo(fit.top, 10);
  });

  it.each([
    [1, 1, 1],
    [1, 2, 2],
    [2, 2, 4],
    [1, 4 / 3, 1.33],
    [1, 0.5, 1],
    [0, 2, 2],
  ])('chartPixelRatio(%d, %d) → %d', (dpr, scale, ratio) => {
    expect(chartPixelRatio(dpr, scale)).toBe(ratio);
  });
});
