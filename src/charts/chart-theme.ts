import type { Role } from '../model/schema.ts';

export type ChartThemeName = 'light' | 'dark';

/** Colours a builder needs; series colours come from the Okabe–Ito palette, distinguishable with colour-blindness. */
export interface ChartTheme {
  name: ChartThemeName;
  background: string;
  text: string;
  mutedText: string;
  axisLine: string;
  splitLine: string;
  /** The as-of marker line. */
  asOf: string;
  /** Series colours in order. */
  series: readonly string[];
  role: Readonly<Record<Role, string>>;
  /** Low → high for heatmaps (single hue, readable in grey scale). */
  ramp: readonly [string, string];
}

/** Okabe & Ito (2008) colour-blind-safe palette, black replaced by grey so it shows on both themes. */
export const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#999999'] as const;

const LIGHT: ChartTheme = {
  name: 'light', background: 'transparent', text: '#1f2328', mutedText: '#6e7781', axisLine: '#8c959f',
  splitLine: '#e5e8eb', asOf: '#D55E00', series: OKABE_ITO,
  role: { lead: '#0072B2', responsible: '#E69F00', support: '#56B4E9' },
  ramp: ['#eef4fa', '#08519c'],
};

const DARK: ChartTheme = {
  name: 'dark', background: 'transparent', text: '#e6edf3', mutedText: '#9da7b3', axisLine: '#6e7681',
  splitLine: '#30363d', asOf: '#F0E442', series: ['#56B4E9', '#E69F00', '#009E73', '#CC79A7', '#0072B2', '#D55E00', '#F0E442', '#BBBBBB'],
  role: { lead: '#56B4E9', responsible: '#E69F00', support: '#009E73' },
  ramp: ['#1b2a3a', '#6baed6'],
};

/** Returns the colours of the named theme; anything but 'dark' gives the light theme. */
export function chartTheme(name: ChartThemeName = 'light'): ChartTheme {
  return name === 'dark' ? DARK : LIGHT;
}

/** A value axis counting tasks (whole numbers only), styled for the theme; `name` is '' in compact charts. */
export function countAxis(theme: ChartTheme, name: string) {
  return {
    type: 'value' as const,
    name,
    minInterval: 1,
    axisLabel: { color: theme.mutedText },
    splitLine: { lineStyle: { color: theme.splitLine } },
  };
}
