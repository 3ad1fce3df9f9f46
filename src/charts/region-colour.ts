import type { ChartTheme } from './chart-theme.ts';

/** A region's fill and, from the palette's second round on, a pattern, so two regions never look alike. */
export interface RegionStyle {
  color: string;
  /** ECharts decal (pattern) drawn over the fill; null for the first round of colours. */
  decal: { symbol: string; symbolSize: number; dashArrayX: number[]; dashArrayY: number[]; rotation: number; color: string } | null;
}

const ROUNDS = [0, Math.PI / 4, -Math.PI / 4, Math.PI / 2];

/**
 * Each region's style by its position in the code-point-sorted list of ALL loaded regions (not the filtered ones),
 * so a region keeps its colour whatever the filter, panel or order: 湛江市 is the same colour in every chart.
 * Colours come from the theme's colour-blind-safe series (Okabe–Ito); beyond them a hatch pattern is added.
 */
export function regionStyles(allRegions: readonly string[], theme: ChartTheme): Map<string, RegionStyle> {
  const sorted = [...new Set(allRegions)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const palette = theme.series;
  return new Map(sorted.map((region, i) => {
    const round = Math.floor(i / palette.length);
    const decal = round === 0 ? null : {
      symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: ROUNDS[round % ROUNDS.length]!,
      color: theme.name === 'dark' ? 'rgba(0,0,0,0.45)' : 'rgba(255,255,255,0.6)',
    };
    return [region, { color: palette[i % palette.length]!, decal }];
  }));
}

/** The style of one region; a region missing from the list (should not happen) gets the palette's last colour. */
export function regionStyle(styles: ReadonlyMap<string, RegionStyle>, region: string, theme: ChartTheme): RegionStyle {
  return styles.get(region) ?? { color: theme.series[theme.series.length - 1]!, decal: null };
}
