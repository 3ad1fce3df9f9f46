import { describe, expect, it } from 'vitest';
import { formatPngSize, parsePngSize, PNG_SIZES, pngPixelRatio } from '../../src/ui/png-size.ts';

describe('ui/png-size', () => {
  it.each(PNG_SIZES)('parsePngSize(formatPngSize(%o)) round-trips', (size) => {
    expect(parsePngSize(formatPngSize(size))).toEqual(size);
  });
  it.each([
    ['x2', 800, 2],
    ['w1920', 960, 2],
    ['w3840', 1280, 3],
    ['w1920', 0, 1],
    ['nonsense', 500, 1],
  ])('pngPixelRatio(%s, displayed width %i) → %d', (value, width, ratio) => {
    expect(pngPixelRatio(parsePngSize(value), width)).toBe(ratio);
  });
});
