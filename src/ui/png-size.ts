/** A PNG size the chart export offers: a multiple of the displayed size, or a chosen width in pixels. */
export type PngSize = { kind: 'scale'; scale: number } | { kind: 'width'; width: number };

/** The sizes offered: the displayed size, two and three times it, and slide / 4K widths. */
export const PNG_SIZES: readonly PngSize[] = [
  { kind: 'scale', scale: 1 },
  { kind: 'scale', scale: 2 },
  { kind: 'scale', scale: 3 },
  { kind: 'width', width: 1920 },
  { kind: 'width', width: 3840 },
];

/** Formats a size as the value of the size picker ("x2", "w1920"); parsePngSize is its inverse. */
export function formatPngSize(size: PngSize): string {
  return size.kind === 'scale' ? `x${size.scale}` : `w${size.width}`;
}

/** Reads a size picker value back; anything else is the displayed size. */
export function parsePngSize(value: string): PngSize {
  const m = /^([xw])(\d+)$/.exec(value);
  const n = m ? Number(m[2]) : NaN;
  if (!m || !(n > 0)) return { kind: 'scale', scale: 1 };
  return m[1] === 'x' ? { kind: 'scale', scale: n } : { kind: 'width', width: n };
}

/**
 * The pixel ratio ECharts renders the PNG at: the multiple itself, or the chosen width over
 * the displayed width (the layout stays as shown, only sharper); 1 for a chart of no width.
 */
export function pngPixelRatio(size: PngSize, displayedWidth: number): number {
  if (size.kind === 'scale') return size.scale;
  return displayedWidth > 0 ? size.width / displayedWidth : 1;
}
