import type { LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { CompletionOverTime } from '../analysis/progress-over-time.ts';
import { chartTheme, type ChartThemeName } from './chart-theme.ts';
import { regionStyle, regionStyles } from './region-colour.ts';

export type CompletionLineOption = ComposeOption<LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

/**
 * Builds one line per region of completion rate (0–100 %) at each reporting date; null when there is
 * no date to show. A region has its colour of every other chart (region-colour.ts, by `allRegions`,
 * the loaded regions); past the palette's first round the line is dashed instead of hatched.
 */
export function buildCompletionLineOption(data: CompletionOverTime, settings: { theme?: ChartThemeName; allRegions?: readonly string[] } = {}): CompletionLineOption | null {
  if (data.dates.length === 0 || data.series.length === 0) return null;
  const theme = chartTheme(settings.theme);
  const styles = regionStyles(settings.allRegions ?? data.series.map((s) => s.region), theme);
  return {
    backgroundColor: theme.background,
    textStyle: { color: theme.text },
    tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? `${v.toFixed(0)}%` : '—') },
    legend: { top: 0, type: 'scroll', textStyle: { color: theme.text } },
    grid: { left: 48, right: 24, top: 36, bottom: 32 },
    xAxis: { type: 'category', data: data.dates, axisLine: { lineStyle: { color: theme.axisLine } }, axisLabel: { color: theme.mutedText } },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { color: theme.mutedText, formatter: '{value}%' }, splitLine: { lineStyle: { color: theme.splitLine } } },
    series: data.series.map((s) => {
      const style = regionStyle(styles, s.region, theme);
      return {
        type: 'line' as const,
        name: s.region,
        connectNulls: false,
        symbolSize: 8,
        showSymbol: true,
        itemStyle: { color: style.color },
        lineStyle: { color: style.color, type: style.decal === null ? ('solid' as const) : ('dashed' as const) },
        data: s.values.map((v) => (v === null ? null : Math.round(v * 1000) / 10)),
      };
    }),
  };
}
