import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TitleComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { TargetCategory, TargetPoint } from '../analysis/targets.ts';
import { measureUnitLabel } from '../i18n/data-labels.ts';
import { chartMessage, type ChartLang } from '../i18n/chart-messages.ts';
import { categoryLabel } from './category-label.ts';
import { chartTheme, type ChartThemeName } from './chart-theme.ts';
import { escapeHtml } from './escape-html.ts';
import { regionOfSeries, regionSeriesName } from './region-series.ts';
import { safeLabel } from './safe-label.ts';
import { regionStyle, regionStyles } from './region-colour.ts';

export type TargetsOption = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption | TitleComponentOption | LegendComponentOption>;

export interface TargetsSettings {
  lang: ChartLang;
  theme?: ChartThemeName;
  /** Overview mini: the first panel only, no titles. */
  compact?: boolean;
  /** Every loaded region: fixes each region's colour across panels and filters (see region-colour.ts); default the category's own. */
  allRegions?: readonly string[];
}

/** What params.data carries on a click: open the source task data.taskId (or filter region = [data.region]). */
export interface TargetDatum {
  value: number;
  taskId: string;
  region: string;
  metric: string;
  /** Printed on the bar: comparator, value and unit, e.g. "≥85%"; a ceiling (≤, <) adds "（上限）". */
  target: string;
  due: string | null;
  /** True for ≤ and < targets: the value is a ceiling, not a goal to reach. */
  ceiling: boolean;
}

/** Pixel layout of the side-by-side chart: one panel per indicator, one bar row per target. */
const LAYOUT = { head: 30, panelTitle: 24, row: 26, axis: 30, compactRow: 20, bar: 14 } as const;

interface Panel {
  title: string;
  unit: string;
  points: TargetPoint[];
}

/**
 * Builds one category's targets side by side as horizontal bars, one panel per indicator (metric and unit): the same
 * indicator across regions on one axis, different indicators never on one axis. Each bar is a target labelled with its
 * comparator and value (e.g. "≥85%"; ceilings "≤15个工作日（上限）", drawn hatched), coloured by region with a legend;
 * rows read "region · due date". Percentages use a 0–100 axis, counts whole-number ticks. Panels stack in pixels (see
 * targetsChartHeight). A category with no targets gives an empty chart. Click: params.data is a TargetDatum — open task data.taskId.
 */
export function buildTargetsOption(category: TargetCategory, settings: TargetsSettings): TargetsOption {
  const { lang, compact = false } = settings;
  const theme = chartTheme(settings.theme);
  const shown = panelsOf(category, lang, compact);
  const styles = regionStyles(settings.allRegions ?? category.regions, theme);
  const tops = panelTops(shown, compact);
  const legendHeight = compact ? 0 : 24;

  const grid: GridComponentOption[] = shown.map((panel, i) => ({
    left: compact ? 8 : 16, right: compact ? 48 : 150, containLabel: true,
    top: tops[i]! + legendHeight + (compact ? 0 : LAYOUT.panelTitle), height: panel.points.length * (compact ? LAYOUT.compactRow : LAYOUT.row),
  }));
  const title: TitleComponentOption[] = compact ? [] : [
    { text: categoryLabel(category.category, lang), left: 16, top: 4, textStyle: { color: theme.text, fontSize: 14 } },
    ...shown.map((panel, i) => ({
      text: panel.title, left: 16, top: tops[i]! + legendHeight + 2, textStyle: { color: theme.text, fontSize: 12, fontWeight: 'bold' as const },
    })),
  ];
  // one series per panel and region, stacked per panel, so each region is one legend entry and bars stay on their rows
  const series: BarSeriesOption[] = [];
  shown.forEach((panel, i) => {
    const regions = [...new Set(panel.points.map((point) => point.region))];
    for (const region of regions) {
      const style = regionStyle(styles, region, theme);
      series.push({
        type: 'bar',
        // ECharts keys some internal maps by series id (else by name) in plain objects: a region named __proto__ must not be a key
        id: `panel${i}-${series.length}`,
        name: regionSeriesName(region),
        stack: `panel${i}`,
        xAxisIndex: i,
        yAxisIndex: i,
        barWidth: compact ? 10 : LAYOUT.bar,
        barMinHeight: 3,
        itemStyle: { color: style.color, ...(style.decal === null ? {} : { decal: style.decal }) },
        label: { show: true, position: 'right', color: theme.text, fontWeight: 'bold', formatter: (params: unknown) => safeLabel((params as { data?: TargetDatum }).data?.target ?? '') },
        data: panel.points.map((point) => {
          if (point.region !== region) return '-';
          const datum = targetDatum(point, lang);
          // a ceiling is hatched, so "at most" never reads like "at least"
          return datum.ceiling ? { ...datum, itemStyle: { color: style.color, decal: CEILING_DECAL, borderColor: theme.text, borderType: 'dashed' as const, borderWidth: 1 } } : datum;
        }),
      });
    }
  });

  return {
    backgroundColor: theme.background,
    textStyle: { color: theme.text },
    title,
    legend: { show: !compact, top: LAYOUT.head - 4, left: 16, itemWidth: 14, itemHeight: 10, textStyle: { color: theme.text }, data: category.regions.map(regionSeriesName), formatter: (name: string) => safeLabel(regionOfSeries(name)) },
    grid,
    tooltip: { trigger: 'item', formatter: (params: unknown) => targetTooltip(params, lang) },
    yAxis: shown.map((panel, i) => ({
      type: 'category' as const,
      gridIndex: i,
      inverse: true,
      data: panel.points.map((point) => `${point.region} · ${point.due ?? chartMessage(lang, 'noDue')}`),
      axisTick: { show: false },
      axisLabel: { color: theme.text, interval: 0, width: compact ? 140 : 220, overflow: 'truncate' as const, formatter: safeLabel },
      axisLine: { lineStyle: { color: theme.axisLine } },
    })),
    xAxis: shown.map((panel, i) => ({
      type: 'value' as const,
      gridIndex: i,
      ...(panel.unit === '%' ? { min: 0, max: 100 } : wholeNumbers(panel) ? { minInterval: 1 } : {}),
      axisLabel: { show: !compact, color: theme.mutedText, hideOverlap: true, formatter: panel.unit === '%' ? '{value}%' : lang === 'en' ? `{value} ${measureUnitLabel(lang, panel.unit)}`.trimEnd() : `{value}${panel.unit}` },
      splitLine: { lineStyle: { color: theme.splitLine } },
    })),
    series,
  };
}

const CEILING_DECAL = { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [3, 3], rotation: -Math.PI / 4, color: 'rgba(255,255,255,0.7)' };

function wholeNumbers(panel: Panel): boolean {
  return panel.points.every((point) => Number.isInteger(point.value));
}

/** The chart height (CSS px) buildTargetsOption lays its panels out in. */
export function targetsChartHeight(category: TargetCategory, compact = false): number {
  const panels = panelsOf(category, 'zh', compact);
  const tops = panelTops(panels, compact);
  const last = panels.length - 1;
  if (last < 0) return 120;
  return tops[last]! + (compact ? 0 : 24 + LAYOUT.panelTitle) + panels[last]!.points.length * (compact ? LAYOUT.compactRow : LAYOUT.row) + LAYOUT.axis;
}

/** One panel per indicator (metric + unit), percentages first, then by number of targets; within a panel by region then due date. */
function panelsOf(category: TargetCategory, lang: ChartLang, compact: boolean): Panel[] {
  const byIndicator = new Map<string, Panel>();
  for (const point of [...category.percent, ...category.counts.flatMap((group) => group.points)]) {
    const key = `${point.metric}\u0000${point.unit}`;
    let panel = byIndicator.get(key);
    if (panel === undefined) {
      panel = { title: point.unit === '%' ? `${point.metric}（%）` : `${point.metric}（${point.unit === '' ? chartMessage(lang, 'value') : measureUnitLabel(lang, point.unit)}）`, unit: point.unit, points: [] };
      byIndicator.set(key, panel);
    }
    panel.points.push(point);
  }
  const panels = [...byIndicator.values()];
  for (const panel of panels) panel.points.sort((a, b) => compare(a.region, b.region) || compare(a.due ?? '', b.due ?? ''));
  panels.sort((a, b) => Number(b.unit === '%') - Number(a.unit === '%') || b.points.length - a.points.length || compare(a.title, b.title));
  return compact ? panels.slice(0, 1) : panels;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function panelTops(panels: readonly Panel[], compact: boolean): number[] {
  const tops: number[] = [];
  let top = compact ? 4 : LAYOUT.head;
  for (const panel of panels) {
    tops.push(top);
    top += (compact ? 0 : LAYOUT.panelTitle) + panel.points.length * (compact ? LAYOUT.compactRow : LAYOUT.row) + LAYOUT.axis;
  }
  return tops;
}

/** "≥85%", "=100%", "≥54000件": the comparator and value as one short label (display only). */
export function formatTarget(point: Pick<TargetPoint, 'comparator' | 'value' | 'unit'>): string {
  return `${point.comparator}${point.value}${point.unit}`;
}

/** True for ≤ and <: the value is a ceiling. */
export function isCeiling(point: Pick<TargetPoint, 'comparator'>): boolean {
  return point.comparator === '≤' || point.comparator === '<';
}

function targetDatum(point: TargetPoint, lang: ChartLang): TargetDatum {
  const ceiling = isCeiling(point);
  return {
    value: point.value, taskId: point.taskId, region: point.region, metric: point.metric,
    target: ceiling ? `${formatTarget(point)}${chartMessage(lang, 'ceiling')}` : formatTarget(point), due: point.due, ceiling,
  };
}

function targetTooltip(params: unknown, lang: ChartLang): string {
  const data = (params as { data?: TargetDatum }).data;
  if (data === undefined) return '';
  return [
    `<b>${escapeHtml(data.metric)}</b>`,
    escapeHtml(data.region),
    `${chartMessage(lang, 'value')}: ${escapeHtml(data.target)}`,
    `${chartMessage(lang, 'due')}: ${data.due ?? '—'}`,
    `${chartMessage(lang, 'task')}: ${escapeHtml(data.taskId)}`,
  ].join('<br/>');
}
