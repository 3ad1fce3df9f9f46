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
    [3840, 1080, 3840, 1],
    [5760, 1080, 5760, 1],
    [7680, 2160, 3840, 2],
    [1920, 1080, 1920, 1],
    [1280, 1024, 1920, 2 / 3],
  ])('fitStage(%d, %d, fill) widens the stage to %d at scale %d', (width, height, stageWidth, scale) => {
    const got = fitStage(width, height, true);
    expect(got.width).toBe(stageWidth);
    expect(got.height).toBe(1080);
    expect(got.scale).toBeCloseTo(scale, 10);
    expect(got.left + got.width * got.scale).toBeLessThanOrEqual(width + 1e-9);
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
