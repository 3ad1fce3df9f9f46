import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TitleComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { TargetCategory, TargetPoint } from '../analysis/targets.ts';
import { chartMessage, type ChartLang } from '../i18n/chart-messages.ts';
import { categoryLabel } from './category-label.ts';
import { chartTheme, type ChartThemeName } from './chart-theme.ts';
import { escapeHtml } from './escape-html.ts';

export type TargetsOption = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption | TitleComponentOption>;

export interface TargetsSettings {
  lang: ChartLang;
  theme?: ChartThemeName;
  /** Overview mini: the percentage panel only, no panel titles. */
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

/**
 * Builds one category's targets side by side: a panel of percentages on one 0–100 axis, then one panel per count
 * unit (件, 个 …), each bar a target labelled with its comparator and value, coloured by region, x labels "region · metric".
 * A category with no targets gives an empty chart. Click: params.data is a TargetDatum — open task data.taskId.
 */
export function buildTargetsOption(category: TargetCategory, settings: TargetsSettings): TargetsOption {
  const { lang, compact = false } = settings;
  const theme = chartTheme(settings.theme);
  const panels: { title: string; unit: string; points: TargetPoint[] }[] = [];
  if (category.percent.length > 0) panels.push({ title: chartMessage(lang, 'percent'), unit: '%', points: category.percent });
  for (const group of category.counts) panels.push({ title: group.unit, unit: group.unit, points: group.points });
  const shown = compact ? panels.slice(0, 1) : panels;
  const regionColour = new Map(category.regions.map((region, i) => [region, theme.series[i % theme.series.length]!]));
  const slot = 100 / Math.max(1, shown.length);

  const grid: GridComponentOption[] = shown.map((_, i) => ({
    left: compact ? 8 : 16, right: compact ? 8 : 24, containLabel: true,
    top: `${i * slot + (compact ? 2 : 8)}%`, height: `${slot - (compact ? 6 : 18)}%`,
  }));
  const title: TitleComponentOption[] = compact ? [] : [
    { text: categoryLabel(category.category, lang), left: 16, top: 0, textStyle: { color: theme.text, fontSize: 14 } },
    ...shown.map((panel, i) => ({
      text: panel.title, right: 24, top: `${i * slot + 3}%`, textStyle: { color: theme.mutedText, fontSize: 12, fontWeight: 'normal' as const },
    })),
  ];
  const series: BarSeriesOption[] = shown.map((panel, i) => ({
    type: 'bar',
    name: panel.title,
    xAxisIndex: i,
    yAxisIndex: i,
    barMaxWidth: 36,
    label: { show: !compact, position: 'top', color: theme.text, formatter: (params: unknown) => (params as { data?: TargetDatum }).data?.target ?? '' },
    data: panel.points.map((point) => ({ ...targetDatum(point), itemStyle: { color: regionColour.get(point.region) } })),
  }));

  return {
    backgroundColor: theme.background,
    textStyle: { color: theme.text },
    title,
    grid,
    tooltip: { trigger: 'item', formatter: (params: unknown) => targetTooltip(params, lang) },
    xAxis: shown.map((panel, i) => ({
      type: 'category' as const,
      gridIndex: i,
      data: panel.points.map((point) => `${point.region} · ${point.metric}`),
      axisLabel: { show: !compact, color: theme.mutedText, interval: 0, width: 120, overflow: 'truncate' as const },
      axisLine: { lineStyle: { color: theme.axisLine } },
    })),
    yAxis: shown.map((panel, i) => ({
      type: 'value' as const,
      gridIndex: i,
      ...(panel.unit === '%' ? { min: 0, max: 100 } : {}),
      axisLabel: { color: theme.mutedText, formatter: panel.unit === '%' ? '{value}%' : '{value}' },
      splitLine: { lineStyle: { color: theme.splitLine } },
    })),
    series,
  };
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
