import type { BarSeriesOption } from 'echarts/charts';
import type {
  BrushComponentOption, GridComponentOption, LegendComponentOption, MarkLineComponentOption,
  ToolboxComponentOption, TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { DeadlineDensity } from '../analysis/deadline-density.ts';
import { monthsToDueRange } from '../analysis/month-keys.ts';
import { chartMessage, type ChartLang } from '../i18n/chart-messages.ts';
import { chartTheme, type ChartThemeName, countAxis } from './chart-theme.ts';
import { escapeHtml } from './escape-html.ts';
import { safeLabel } from './safe-label.ts';

export type DeadlineDensityOption = ComposeOption<
  BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
  | MarkLineComponentOption | BrushComponentOption | ToolboxComponentOption
>;

export interface DeadlineDensitySettings {
  lang: ChartLang;
  /** ISO as-of date; its month gets the as-of marker when inside the range. */
  asOf: string;
  theme?: ChartThemeName;
  /** Overview mini: no legend, no brush toolbox, tight grid. */
  compact?: boolean;
}

/**
 * ECharts keeps its legend state by series name in plain objects, so a region named "__proto__" broke the chart's
 * animation loop (errors every frame). Each series is named this prefix + its region; the legend and tooltip show
 * the region alone, and a click handler reads it back with regionOfSeries.
 */
const SERIES_PREFIX = 'region:';

/** The region a density series stands for, from its ECharts series name (a name without the prefix is returned as it is). */
export function regionOfSeries(seriesName: string): string {
  return seriesName.startsWith(SERIES_PREFIX) ? seriesName.slice(SERIES_PREFIX.length) : seriesName;
}

/**
 * Builds monthly deadline bars stacked by region with an as-of marker and (unless compact) a lineX brush on x;
 * empty input gives empty axes. Click on a bar: params.name is the month "YYYY-MM" and params.seriesName the region's series (regionOfSeries gives the region) —
 * set region = [regionOfSeries(seriesName)] and due = monthsToDueRange(name, name). Brush: on the 'brushEnd' event pass
 * event.areas to brushToDueRange(density.months, event.areas) and set the due filter to the result (null → clear it).
 */
export function buildDeadlineDensityOption(density: DeadlineDensity, settings: DeadlineDensitySettings): DeadlineDensityOption {
  const { lang, compact = false } = settings;
  const theme = chartTheme(settings.theme);
  const asOfMonth = settings.asOf.slice(0, 7);
  const asOfInRange = density.months.includes(asOfMonth);
  const series: BarSeriesOption[] = density.regions.map((region, r) => ({
    type: 'bar',
    // ECharts keys some internal maps by series id (else by name) in plain objects: a region named __proto__ broke its animation loop
    id: `region-${r}`,
    name: `${SERIES_PREFIX}${region}`,
    stack: 'due',
    barMaxWidth: 28,
    itemStyle: { color: theme.series[r % theme.series.length] },
    emphasis: { focus: 'series' },
    data: density.counts[r]!,
  }));
  if (asOfInRange) {
    const marker: BarSeriesOption = series[0] ?? { type: 'bar', data: [] };
    marker.markLine = {
      silent: true,
      symbol: ['none', 'none'],
      lineStyle: { color: theme.asOf, type: 'dashed', width: 2 },
      label: { formatter: chartMessage(lang, 'asOf', { date: settings.asOf }), color: theme.asOf, position: 'end' },
      data: [{ xAxis: asOfMonth }],
    };
  }
  return {
    backgroundColor: theme.background,
    textStyle: { color: theme.text },
    grid: compact ? { left: 8, right: 28, top: 16, bottom: 8, containLabel: true } : { left: 16, right: 24, top: 64, bottom: 24, containLabel: true },
    legend: { show: !compact, type: 'scroll', top: 0, textStyle: { color: theme.text }, formatter: (name: string) => safeLabel(regionOfSeries(name)) },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => densityTooltip(params, lang),
    },
    ...(compact ? {} : {
      // left: the chart frame's corner controls (PNG export) sit top right
      toolbox: { left: 8, top: 0, feature: { brush: { type: ['lineX', 'clear'] } } },
      brush: { xAxisIndex: 0, brushType: 'lineX', brushMode: 'single', throttleType: 'debounce', throttleDelay: 200 },
    }),
    xAxis: {
      type: 'category',
      data: density.months,
      axisLabel: { color: theme.mutedText },
      axisLine: { lineStyle: { color: theme.axisLine } },
    },
    yAxis: countAxis(theme, compact ? '' : chartMessage(lang, 'dueCount')),
    series,
  };
}

/** Maps a 'brushEnd' event's areas (lineX on the month axis, coordRange = [first, last] month index) to an inclusive due range; null when no area or no months. */
export function brushToDueRange(
  months: readonly string[],
  areas: readonly { coordRange?: unknown }[] | undefined,
): { from: string; to: string } | null {
  const range = areas?.[0]?.coordRange;
  if (months.length === 0 || !Array.isArray(range) || range.length < 2) return null;
  const [a, b] = range as unknown[];
  if (typeof a !== 'number' || typeof b !== 'number' || !Number.isFinite(a) || !Number.isFinite(b)) return null;
  const clamp = (i: number): number => Math.min(months.length - 1, Math.max(0, Math.round(i)));
  const lo = clamp(Math.min(a, b));
  const hi = clamp(Math.max(a, b));
  return monthsToDueRange(months[lo]!, months[hi]!);
}

function densityTooltip(params: unknown, lang: ChartLang): string {
  if (!Array.isArray(params) || params.length === 0) return '';
  const items = params as { name?: string; seriesName?: string; value?: unknown; marker?: string }[];
  const lines = items
    .filter((item) => typeof item.value === 'number' && item.value > 0)
    .map((item) => `${item.marker ?? ''}${escapeHtml(regionOfSeries(item.seriesName ?? ''))}: ${String(item.value)}`);
  const total = items.reduce((sum, item) => sum + (typeof item.value === 'number' ? item.value : 0), 0);
  return [`<b>${escapeHtml(items[0]!.name ?? '')}</b> · ${chartMessage(lang, 'taskCount', { n: total })}`, ...lines].join('<br/>');
}
