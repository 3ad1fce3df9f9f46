/**
 * Chromium refuses a canvas wider or taller than 32,767 px or larger than 268 million pixels, and toDataURL then
 * gives an empty image ("data:,"), which a download wrote as a 0-byte file. We stay well inside: 16,384 px a side
 * and 64 million pixels, which also keeps the PNG encoder's memory modest on an office PC.
 */
export const MAX_CANVAS_SIDE = 16_384;
export const MAX_CANVAS_PIXELS = 64 * 1024 * 1024;

/** The pixel ratio to draw at: the asked one, reduced (never below a tiny positive ratio) so width × height × ratio² fits the limits. */
export function cappedPixelRatio(width: number, height: number, asked: number): { ratio: number; capped: boolean } {
  if (!(width > 0) || !(height > 0) || !(asked > 0)) return { ratio: asked > 0 ? asked : 1, capped: false };
  const bySide = MAX_CANVAS_SIDE / Math.max(width, height);
  const byArea = Math.sqrt(MAX_CANVAS_PIXELS / (width * height));
  const limit = Math.min(bySide, byArea);
  return asked <= limit ? { ratio: asked, capped: false } : { ratio: Math.max(limit, 0.01), capped: true };
}
