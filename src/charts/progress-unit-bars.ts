import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { ProgressRankRow } from '../analysis/progress-ranking.ts';
import type { Rag } from '../analysis/progress-status.ts';
import { chartTheme, type ChartThemeName } from './chart-theme.ts';
import { ragColours } from './progress-colours.ts';

export type ProgressUnitBarsOption = ComposeOption<BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

/** What a click on a segment carries: filter to `unit` (a unit key, unit-identity.ts) and progress colour `rag`. */
export interface ProgressUnitDatum {
  value: number;
  unit: string;
  rag: Rag;
}

const ORDER: readonly Rag[] = ['red', 'amber', 'green', 'grey'];

/** The `top` units with most tasks, in that order. */
export function busiestUnits(rows: readonly ProgressRankRow[], top: number): ProgressRankRow[] {
  return [...rows].sort((a, b) => b.tasks - a.tasks || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).slice(0, top);
}

/** Tasks per unit stacked by 督办 colour (red, amber, green, grey), busiest unit on top; `labels` names the colours in the legend. */
export function buildProgressUnitBarsOption(units: readonly ProgressRankRow[], labels: Readonly<Record<Rag, string>>, settings: { theme?: ChartThemeName } = {}): ProgressUnitBarsOption | null {
  if (units.length === 0) return null;
  const theme = chartTheme(settings.theme);
  const colours = ragColours(settings.theme);
  return {
    backgroundColor: theme.background,
    textStyle: { color: theme.text },
    legend: { top: 0, textStyle: { color: theme.text } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 12, right: 24, top: 32, bottom: 24, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { color: theme.mutedText }, splitLine: { lineStyle: { color: theme.splitLine } } },
    yAxis: { type: 'category', inverse: true, data: units.map((u) => u.name), axisLabel: { color: theme.text, width: 200, overflow: 'truncate' } },
    series: ORDER.map((rag) => ({
      type: 'bar',
      name: labels[rag],
      stack: 'progress',
      barMaxWidth: 20,
      itemStyle: { color: colours[rag] },
      data: units.map((u): ProgressUnitDatum => ({ value: u[rag], unit: u.key, rag })),
    })),
  };
}
