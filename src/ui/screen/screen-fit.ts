/** The stage big-screen mode is designed on, in CSS pixels (16:9). */
export const STAGE_WIDTH = 1920;
export const STAGE_HEIGHT = 1080;

/** Where the stage sits in a window: its scale and the letterbox offsets that centre it. */
export interface StageFit {
  scale: number;
  left: number;
  top: number;
  /** The stage's own size in stage pixels: 1920×1080, or wider in fill mode. */
  width: number;
  height: number;
}

/**
 * Fits the 1920×1080 stage into a window of the given CSS size, keeping 16:9 and centring it (letterboxed); with
 * `fill`, a window wider than 16:9 (a 32:9 LED wall) gets a stage as wide as its ratio, 1080 high, so the layout uses
 * the whole width at the same text size. A zero or invalid size gives scale 1 at 0,0.
 */
export function fitStage(width: number, height: number, fill = false): StageFit {
  if (!(width > 0) || !(height > 0)) return { scale: 1, left: 0, top: 0, width: STAGE_WIDTH, height: STAGE_HEIGHT };
  const stageWidth = fill ? Math.max(STAGE_WIDTH, Math.floor((STAGE_HEIGHT * width) / height)) : STAGE_WIDTH;
  const scale = Math.min(width / stageWidth, height / STAGE_HEIGHT);
  return { scale, left: (width - stageWidth * scale) / 2, top: (height - STAGE_HEIGHT * scale) / 2, width: stageWidth, height: STAGE_HEIGHT };
}

/** The canvas pixel ratio that draws a chart at the screen's real resolution inside a stage scaled by `scale`; never below 1. */
export function chartPixelRatio(devicePixelRatio: number, scale: number): number {
  const ratio = (devicePixelRatio > 0 ? devicePixelRatio : 1) * (scale > 0 ? scale : 1);
  // rounded to 1/100 so sub-pixel window changes do not re-create every chart
  return Math.max(1, Math.round(ratio * 100) / 100);
}
