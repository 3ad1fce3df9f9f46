import type { BarSeriesOption } from 'echarts/charts';
import type {
  BrushComponentOption, GraphicComponentOption, GridComponentOption, LegendComponentOption, MarkAreaComponentOption, MarkLineComponentOption,
  ToolboxComponentOption, TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { DeadlineDensity } from '../analysis/deadline-density.ts';
import { monthsToDueRange } from '../analysis/month-keys.ts';
import { chartMessage, type ChartLang } from '../i18n/chart-messages.ts';
import { ANIMATED_MARKS_MAX } from './animation-budget.ts';
import { chartTheme, type ChartThemeName, countAxis } from './chart-theme.ts';
import { escapeHtml } from './escape-html.ts';
import { densityRegions, DENSITY_MAX_REGIONS, foldedCounts } from './density-regions.ts';
import { regionStyle, regionStyles } from './region-colour.ts';
import { regionOfSeries, regionSeriesName } from './region-series.ts';
import { safeLabel } from './safe-label.ts';

export { regionOfSeries };

function r(density: DeadlineDensity, region: string): number {
  return density.regions.indexOf(region);
}

export type DeadlineDensityOption = ComposeOption<
  BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
  | MarkLineComponentOption | MarkAreaComponentOption | BrushComponentOption | ToolboxComponentOption | GraphicComponentOption
>;

export interface DeadlineDensitySettings {
  lang: ChartLang;
  /** ISO as-of date; its month gets the as-of marker when inside the range. */
  asOf: string;
  theme?: ChartThemeName;
  /** Overview mini: a small legend, no brush toolbox, tight grid. */
  compact?: boolean;
  /** Every loaded region (not only the filtered ones): fixes each region's colour (see region-colour.ts); default the density's own. */
  allRegions?: readonly string[];
  /** The most segments a bar stacks; regions past it are drawn as one "other regions" segment (see density-regions.ts). */
  maxRegions?: number;
}

/**
 * Past this many bars (months × stacked series) — the marks past which no chart animates (animation-budget.ts) — each
 * series is drawn as one shape (ECharts' large mode) instead of a shape per bar. At 200,000 tasks the overview's
 * density stacked 13 series over 84 months: 1,092 bars took 50–90 ms of every filter change, about half of the page's
 * work; drawn large, 18–26 ms. Clicks, the axis tooltip and the brush work the same; a hovered series is not highlighted.
 */
export const DENSITY_LARGE_BARS = ANIMATED_MARKS_MAX;

/** The series options that switch a density of `months` × `seriesCount` bars to large mode; none up to DENSITY_LARGE_BARS. */
export function densityDrawnLarge(months: number, seriesCount: number): Pick<BarSeriesOption, 'large' | 'largeThreshold'> {
  // largeThreshold 1: ECharts compares it with each series' own length, which is the months whatever the stack
  return months * seriesCount > DENSITY_LARGE_BARS ? { large: true, largeThreshold: 1 } : {};
}

/** The series name of the folded regions' segment: its label itself, so legend, tooltip and data table print it as is. */
export function otherRegionsSeriesName(lang: ChartLang, count: number): string {
  return chartMessage(lang, 'otherRegions', { n: count });
}

/**
 * Builds monthly deadline bars stacked by region with an as-of marker and (unless compact) a lineX brush on x;
 * empty input gives empty axes. Click on a bar: params.name is the month "YYYY-MM" and params.seriesName the region's series (regionOfSeries gives the region) —
 * set region = [regionOfSeries(seriesName)] and due = monthsToDueRange(name, name); on the "other regions" segment
 * (seriesName = otherRegionsSeriesName(lang, folded.length)) set region = densityRegions(density, maxRegions).folded instead. Brush: on the 'brushEnd' event pass
 * event.areas to brushToDueRange(density.months, event.areas) and set the due filter to the result (null → clear it).
 */
export function buildDeadlineDensityOption(density: DeadlineDensity & { asOfEdge?: 'before' | 'after' | null }, settings: DeadlineDensitySettings): DeadlineDensityOption {
  const { lang, compact = false } = settings;
  const theme = chartTheme(settings.theme);
  const styles = regionStyles(settings.allRegions ?? density.regions, theme);
  const asOfMonth = settings.asOf.slice(0, 7);
  const asOfAt = density.months.indexOf(asOfMonth);
  const { shown, folded } = densityRegions(density, settings.maxRegions ?? DENSITY_MAX_REGIONS);
  const large = densityDrawnLarge(density.months.length, shown.length + (folded.length > 0 ? 1 : 0));
  const series: BarSeriesOption[] = shown.map((region) => {
    const index = r(density, region);
    const style = regionStyle(styles, region, theme);
    return {
      type: 'bar',
      // ECharts keys some internal maps by series id (else by name) in plain objects: a region named __proto__ broke its animation loop
      id: `region-${index}`,
      name: regionSeriesName(region),
      stack: 'due',
      barMaxWidth: 28,
      ...large,
      // stacked regions also differ by pattern where the palette repeats
      itemStyle: { color: style.color, ...(style.decal === null ? {} : { decal: style.decal }) },
      emphasis: { focus: 'series' },
      data: density.counts[index]!,
    };
  });
  if (folded.length > 0) {
    series.push({
      type: 'bar',
      id: 'regions-other',
      name: otherRegionsSeriesName(lang, folded.length),
      stack: 'due',
      barMaxWidth: 28,
      ...large,
      // grey, the colour no region has: it stands for many
      itemStyle: { color: theme.mutedText },
      emphasis: { focus: 'series' },
      data: foldedCounts(density, folded),
    });
  }
  const marker: BarSeriesOption = series[0] ?? { type: 'bar', name: '', data: [] };
  if (series.length === 0) series.push(marker);
  // months before the as-of date are shaded: they are past, whatever was done in them
  const pastEnd = asOfAt >= 0 ? asOfAt : density.asOfEdge === 'after' ? density.months.length : 0;
  if (pastEnd > 0) {
    marker.markArea = {
      silent: true,
      itemStyle: { color: theme.name === 'dark' ? 'rgba(255,255,255,0.06)' : 'rgba(110,119,129,0.10)' },
      label: { show: !compact, position: 'insideTop', color: theme.mutedText, fontSize: 11, formatter: chartMessage(lang, 'pastMonths') },
      data: [[{ xAxis: density.months[0]! }, { xAxis: density.months[Math.min(pastEnd, density.months.length) - 1]! }]],
    };
  }
  if (asOfAt >= 0) {
    marker.markLine = {
      silent: true,
      symbol: ['none', 'none'],
      lineStyle: { color: theme.asOf, type: 'dashed', width: 2 },
      // right-aligned in the right half, so the label never runs past the chart's edge
      label: { formatter: chartMessage(lang, 'asOf', { date: settings.asOf }), color: theme.asOf, position: 'end', align: asOfAt > density.months.length / 2 ? 'right' : 'left' },
      data: [{ xAxis: asOfMonth }],
    };
  }
  // far outside the data's months, the as-of date is an edge marker instead of a line
  const edge = density.asOfEdge ?? null;
  const graphic = edge === null ? [] : [{
    type: 'text' as const,
    ...(edge === 'after' ? { right: 8 } : { left: 8 }),
    top: compact ? 0 : 40,
    silent: true,
    style: {
      text: edge === 'after' ? `${chartMessage(lang, 'asOf', { date: settings.asOf })} →` : `← ${chartMessage(lang, 'asOf', { date: settings.asOf })}`,
      fill: theme.asOf, fontSize: compact ? 11 : 12, fontWeight: 'bold' as const,
    },
  }];
  return {
    graphic,
    backgroundColor: theme.background,
    textStyle: { color: theme.text },
    grid: compact ? { left: 8, right: 28, top: 16, bottom: 28, containLabel: true } : { left: 16, right: 24, top: 64, bottom: 24, containLabel: true },
    legend: compact
      ? { show: true, type: 'scroll', bottom: 0, itemWidth: 10, itemHeight: 8, textStyle: { color: theme.text, fontSize: 10 }, formatter: (name: string) => safeLabel(regionOfSeries(name)) }
      : { show: true, type: 'scroll', top: 0, left: 48, right: 24, textStyle: { color: theme.text }, formatter: (name: string) => safeLabel(regionOfSeries(name)) },
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
