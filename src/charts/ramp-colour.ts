/** Mixes the ramp's two "#rrggbb" colours at t (clamped to 0–1) and returns "#rrggbb". */
export function rampColour(ramp: readonly [string, string], t: number): string {
  const k = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0));
  const [a, b] = [rgbOf(ramp[0]), rgbOf(ramp[1])];
  return `#${a.map((v, i) => Math.round(v + (b[i]! - v) * k).toString(16).padStart(2, '0')).join('')}`;
}

/** Picks the label colour readable on a "#rrggbb" fill: near-black on light fills, white on dark ones (WCAG relative luminance). */
export function labelColourOn(fill: string): '#1f2328' | '#ffffff' {
  const [r, g, b] = rgbOf(fill).map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // the crossover where white and near-black text have equal contrast
  return luminance > 0.18 ? '#1f2328' : '#ffffff';
}

function rgbOf(hex: string): [number, number, number] {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  return m === null ? [0, 0, 0] : [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}
