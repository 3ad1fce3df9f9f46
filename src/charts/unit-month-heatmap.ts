import type { HeatmapSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TooltipComponentOption, VisualMapComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { UnitMonthHeatmap } from '../analysis/unit-month-heatmap.ts';
import { monthsToDueRange } from '../analysis/month-keys.ts';
import { chartMessage, type ChartLang } from '../i18n/chart-messages.ts';
import { chartTheme, type ChartThemeName } from './chart-theme.ts';
import { escapeHtml } from './escape-html.ts';
import { safeLabel } from './safe-label.ts';

export type UnitMonthHeatmapOption = ComposeOption<HeatmapSeriesOption | GridComponentOption | TooltipComponentOption | VisualMapComponentOption>;

export interface UnitMonthHeatmapSettings {
  lang: ChartLang;
  theme?: ChartThemeName;
  compact?: boolean;
}

/** What params.data carries on a cell click: set unit = [unit] and due = { from: dueFrom, to: dueTo } (the whole month). */
export interface UnitMonthCellDatum {
  value: [number, number, number];
  unit: string;
  /** The unit as shown. */
  unitLabel: string;
  month: string;
  dueFrom: string;
  dueTo: string;
}

/**
 * Builds a unit × month heatmap of deadlines (months on x, units on y, busiest at the top); empty input gives empty axes.
 * Click: params.data is a UnitMonthCellDatum — set unit = [data.unit] and due = { from: data.dueFrom, to: data.dueTo }.
 */
export function buildUnitMonthHeatmapOption(heatmap: UnitMonthHeatmap, settings: UnitMonthHeatmapSettings): UnitMonthHeatmapOption {
  const { lang, compact = false } = settings;
  const theme = chartTheme(settings.theme);
  const data: UnitMonthCellDatum[] = heatmap.cells.map(([m, u, count]) => {
    const month = heatmap.months[m]!;
    const range = monthsToDueRange(month, month)!;
    return { value: [m, u, count], unit: heatmap.units[u]!, unitLabel: heatmap.labels[u] ?? heatmap.units[u]!, month, dueFrom: range.from, dueTo: range.to };
  });
  return {
    backgroundColor: theme.background,
    textStyle: { color: theme.text },
    grid: compact ? { left: 8, right: 8, top: 8, bottom: 8, containLabel: true } : { left: 16, right: 56, top: 16, bottom: 64, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (params: unknown) => {
        const datum = (params as { data?: UnitMonthCellDatum }).data;
        if (datum === undefined) return '';
        return `<b>${escapeHtml(datum.unitLabel)}</b><br/>${datum.month}: ${chartMessage(lang, 'taskCount', { n: datum.value[2] })}`;
      },
    },
    xAxis: {
      type: 'category',
      data: heatmap.months,
      name: compact ? '' : chartMessage(lang, 'month'),
      axisLabel: { color: theme.mutedText, show: !compact },
      splitArea: { show: false },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: heatmap.labels,
      axisLabel: { color: theme.text, show: !compact, width: 160, overflow: 'truncate', formatter: safeLabel },
    },
    visualMap: {
      type: 'continuous',
      min: 0,
      max: Math.max(1, heatmap.max),
      dimension: 2,
      show: !compact,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      calculable: false,
      text: [String(Math.max(1, heatmap.max)), '0'],
      inRange: { color: [...theme.ramp] },
      textStyle: { color: theme.mutedText },
    },
    series: [{
      type: 'heatmap',
      name: chartMessage(lang, 'dueCount'),
      data,
      itemStyle: { borderColor: theme.name === 'dark' ? '#0d1117' : '#ffffff', borderWidth: compact ? 0 : 1 },
      emphasis: { itemStyle: { borderColor: theme.text, borderWidth: 1 } },
    }],
  };
}
