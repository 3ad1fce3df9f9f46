import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TitleComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { TargetCategory, TargetPoint } from '../analysis/targets.ts';
import { measureUnitLabel } from '../i18n/data-labels.ts';
import { chartMessage, type ChartLang } from '../i18n/chart-messages.ts';
import { categoryLabel } from './category-label.ts';
import { chartTheme, type ChartThemeName } from './chart-theme.ts';
import { escapeHtml } from './escape-html.ts';
import { safeLabel } from './safe-label.ts';

export type TargetsOption = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption | TitleComponentOption>;

export interface TargetsSettings {
  lang: ChartLang;
  theme?: ChartThemeName;
  /** Overview mini: the first panel only, no titles. */
  compact?: boolean;
}

/** What params.data carries on a click: open the source task data.taskId (or filter region = [data.region]). */
export interface TargetDatum {
  value: number;
  taskId: string;
  region: string;
  metric: string;
  /** Printed on the bar: comparator, value and unit, e.g. "≥85%". */
  target: string;
  due: string | null;
}

/** Pixel layout of the side-by-side chart: one panel per axis, one bar row per target. */
const LAYOUT = { head: 30, panelTitle: 24, row: 26, axis: 30, compactRow: 20 } as const;

interface Panel {
  title: string;
  unit: string;
  points: TargetPoint[];
}

/**
 * Builds one category's targets side by side as horizontal bars: a panel of percentages on one 0–100 axis, then one
 * panel per count unit (件, 个 …), each bar a target labelled with its comparator and value (e.g. "≥85%"), coloured by
 * region, rows labelled "region · metric"; panels stack in pixels (see targetsChartHeight), so none is squeezed.
 * A category with no targets gives an empty chart. Click: params.data is a TargetDatum — open task data.taskId.
 */
export function buildTargetsOption(category: TargetCategory, settings: TargetsSettings): TargetsOption {
  const { lang, compact = false } = settings;
  const theme = chartTheme(settings.theme);
  const shown = panelsOf(category, lang, compact);
  const regionColour = new Map(category.regions.map((region, i) => [region, theme.series[i % theme.series.length]!]));
  const tops = panelTops(shown, compact);

  const grid: GridComponentOption[] = shown.map((panel, i) => ({
    left: compact ? 8 : 16, right: compact ? 48 : 72, containLabel: true,
    top: tops[i]! + (compact ? 0 : LAYOUT.panelTitle), height: panel.points.length * (compact ? LAYOUT.compactRow : LAYOUT.row),
  }));
  const title: TitleComponentOption[] = compact ? [] : [
    { text: categoryLabel(category.category, lang), left: 16, top: 4, textStyle: { color: theme.text, fontSize: 14 } },
    ...shown.map((panel, i) => ({
      text: panel.title, left: 16, top: tops[i]! + 2, textStyle: { color: theme.mutedText, fontSize: 12, fontWeight: 'normal' as const },
    })),
  ];
  const series: BarSeriesOption[] = shown.map((panel, i) => ({
    type: 'bar',
    name: panel.title,
    xAxisIndex: i,
    yAxisIndex: i,
    barMaxWidth: 16,
    label: { show: true, position: 'right', color: theme.text, fontWeight: 'bold', formatter: (params: unknown) => safeLabel((params as { data?: TargetDatum }).data?.target ?? '') },
    data: panel.points.map((point) => ({ ...targetDatum(point), itemStyle: { color: regionColour.get(point.region) } })),
  }));

  return {
    backgroundColor: theme.background,
    textStyle: { color: theme.text },
    title,
    grid,
    tooltip: { trigger: 'item', formatter: (params: unknown) => targetTooltip(params, lang) },
    yAxis: shown.map((panel, i) => ({
      type: 'category' as const,
      gridIndex: i,
      inverse: true,
      data: panel.points.map((point) => `${point.region} · ${point.metric}`),
      axisTick: { show: false },
      axisLabel: { color: theme.text, interval: 0, width: compact ? 140 : 260, overflow: 'truncate' as const, formatter: safeLabel },
      axisLine: { lineStyle: { color: theme.axisLine } },
    })),
    xAxis: shown.map((panel, i) => ({
      type: 'value' as const,
      gridIndex: i,
      ...(panel.unit === '%' ? { min: 0, max: 100 } : {}),
      axisLabel: { show: !compact, color: theme.mutedText, hideOverlap: true, formatter: panel.unit === '%' ? '{value}%' : lang === 'en' ? `{value} ${measureUnitLabel(lang, panel.unit)}`.trimEnd() : `{value}${panel.unit}` },
      splitLine: { lineStyle: { color: theme.splitLine } },
    })),
    series,
  };
}

/** The chart height (CSS px) buildTargetsOption lays its panels out in. */
export function targetsChartHeight(category: TargetCategory, compact = false): number {
  const panels = panelsOf(category, 'zh', compact);
  const tops = panelTops(panels, compact);
  const last = panels.length - 1;
  if (last < 0) return 120;
  return tops[last]! + (compact ? 0 : LAYOUT.panelTitle) + panels[last]!.points.length * (compact ? LAYOUT.compactRow : LAYOUT.row) + LAYOUT.axis;
}

function panelsOf(category: TargetCategory, lang: ChartLang, compact: boolean): Panel[] {
  const panels: Panel[] = [];
  if (category.percent.length > 0) panels.push({ title: chartMessage(lang, 'percent'), unit: '%', points: category.percent });
  for (const group of category.counts) panels.push({ title: `${chartMessage(lang, 'value')} (${measureUnitLabel(lang, group.unit)})`, unit: group.unit, points: group.points });
  return compact ? panels.slice(0, 1) : panels;
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

function targetDatum(point: TargetPoint): TargetDatum {
  return { value: point.value, taskId: point.taskId, region: point.region, metric: point.metric, target: formatTarget(point), due: point.due };
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
