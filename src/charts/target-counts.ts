import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { TargetCategory } from '../analysis/targets.ts';
import { chartMessage, type ChartLang } from '../i18n/chart-messages.ts';
import { translate } from '../i18n/translate.ts';
import { categoryLabel } from './category-label.ts';
import { chartTheme, type ChartThemeName } from './chart-theme.ts';
import { escapeHtml } from './escape-html.ts';
import { safeLabel } from './safe-label.ts';

export type TargetCountsOption = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption>;

export interface TargetCountsSettings {
  lang: ChartLang;
  theme?: ChartThemeName;
}

/** What params.data carries on a click: filter category = [data.category]. */
export interface TargetCountDatum {
  value: number;
  category: string;
  regions: string[];
}

/**
 * Builds the overview's small targets chart: one horizontal bar per indicator category with its number of targets,
 * most first, labelled with the count; no categories give empty axes. Click: params.data is a TargetCountDatum.
 */
export function buildTargetCountsOption(categories: readonly TargetCategory[], settings: TargetCountsSettings): TargetCountsOption {
  const { lang } = settings;
  const theme = chartTheme(settings.theme);
  const data: TargetCountDatum[] = categories
    .map((category) => ({
      value: category.percent.length + category.counts.reduce((n, group) => n + group.points.length, 0),
      category: category.category,
      regions: category.regions,
    }))
    .sort((a, b) => b.value - a.value || (a.category < b.category ? -1 : a.category > b.category ? 1 : 0));
  return {
    backgroundColor: theme.background,
    textStyle: { color: theme.text },
    // top: clear of the chart frame's corner controls (PNG export)
    grid: { left: 8, right: 36, top: 30, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (params: unknown) => {
        const datum = (params as { data?: TargetCountDatum }).data;
        if (datum === undefined) return '';
        return `<b>${escapeHtml(categoryLabel(datum.category, lang))}</b><br/>${translate(lang, 'overview.targetCount', { n: datum.value })}<br/>${datum.regions.map(escapeHtml).join('、')}`;
      },
    },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { show: false }, splitLine: { show: false } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: data.map((datum) => categoryLabel(datum.category, lang)),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: theme.axisLine } },
      axisLabel: { color: theme.text, interval: 0, fontSize: 11, width: 150, overflow: 'truncate', formatter: safeLabel },
    },
    series: [{
      type: 'bar',
      name: chartMessage(lang, 'indicator'),
      data,
      barMaxWidth: 14,
      itemStyle: { color: theme.series[0] },
      label: { show: true, position: 'right', color: theme.text, fontSize: 11 },
    }],
  };
}
