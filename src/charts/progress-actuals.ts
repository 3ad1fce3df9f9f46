import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, MarkLineComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { ActualAgainstTarget } from '../analysis/progress-actuals.ts';
import { chartTheme, type ChartThemeName } from './chart-theme.ts';
import { escapeHtml } from './escape-html.ts';
import { ragColours } from './progress-colours.ts';

export type ActualsOption = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption | MarkLineComponentOption>;

/** What a click on a bar carries: open task `taskId`. */
export interface ActualDatum {
  value: number;
  taskId: string;
  itemStyle: { color: string };
}

/** Pixel height for `n` targets. */
export function actualsChartHeight(n: number): number {
  return Math.max(160, n * 30 + 60);
}

/**
 * Bullet-style bars of actual against target, on one scale for all units: each bar is actual ÷
 * target in percent and the target is the mark at 100 %; green when met, red when not — a
 * ceiling target (≤ / <) is met to the left of the mark, every other one to the right.
 */
export function buildActualsOption(items: readonly ActualAgainstTarget[], settings: { theme?: ChartThemeName } = {}): ActualsOption | null {
  if (items.length === 0) return null;
  const theme = chartTheme(settings.theme);
  const rag = ragColours(settings.theme);
  const labels = items.map((i) => `${i.region} · ${i.metric}`);
  const data: ActualDatum[] = items.map((i) => ({ value: Math.round(i.ratio * 1000) / 10, taskId: i.taskId, itemStyle: { color: i.met ? rag.green : rag.red } }));
  return {
    backgroundColor: theme.background,
    textStyle: { color: theme.text },
    grid: { left: 12, right: 96, top: 24, bottom: 24, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (params: unknown) => {
        const index = (params as { dataIndex?: number }).dataIndex ?? 0;
        const i = items[index];
        if (i === undefined) return '';
        return `<b>${escapeHtml(`${i.region} · ${i.metric}`)}</b><br/>${escapeHtml(`${i.actual}${i.unit}`)} / ${escapeHtml(`${i.comparator}${i.target}${i.unit}`)}<br/>${escapeHtml(i.reportDate)}`;
      },
    },
    xAxis: { type: 'value', min: 0, axisLabel: { color: theme.mutedText, formatter: '{value}%' }, splitLine: { lineStyle: { color: theme.splitLine } } },
    yAxis: { type: 'category', inverse: true, data: labels, axisLabel: { color: theme.text, width: 260, overflow: 'truncate' } },
    series: [
      {
        type: 'bar',
        barMaxWidth: 16,
        data,
        label: {
          show: true,
          position: 'right',
          color: theme.text,
          formatter: (params: unknown) => {
            const i = items[(params as { dataIndex?: number }).dataIndex ?? 0];
            return i === undefined ? '' : `${i.actual}${i.unit} / ${i.comparator}${i.target}${i.unit}`;
          },
        },
        markLine: { silent: true, symbol: 'none', lineStyle: { color: theme.text, width: 2, type: 'solid' }, label: { show: false }, data: [{ xAxis: 100 }] },
      },
    ],
  };
}
