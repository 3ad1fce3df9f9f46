import type { HeatmapSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TooltipComponentOption, VisualMapComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { TargetMatrix } from '../analysis/targets.ts';
import { chartMessage, type ChartLang } from '../i18n/chart-messages.ts';
import { categoryLabel } from './category-label.ts';
import { chartTheme, type ChartThemeName } from './chart-theme.ts';
import { escapeHtml } from './escape-html.ts';
import { labelColourOn, rampColour } from './ramp-colour.ts';
import { formatTarget } from './targets.ts';
import { safeLabel } from './safe-label.ts';

export type TargetMatrixOption = ComposeOption<HeatmapSeriesOption | GridComponentOption | TooltipComponentOption | VisualMapComponentOption>;

export interface TargetMatrixSettings {
  lang: ChartLang;
  theme?: ChartThemeName;
  /** Overview mini: no cell labels, no axis labels. */
  compact?: boolean;
}

/**
 * What params.data carries on a cell click: open task data.taskId (the cell's first target; data.taskIds lists all
 * when a region has several targets in the category), or filter region = [data.region] and category = [data.category].
 */
export interface TargetMatrixDatum {
  /** [region index, category index, number of targets]. */
  value: [number, number, number];
  taskId: string;
  taskIds: string[];
  region: string;
  category: string;
  /** The first target with its indicator, e.g. "全程网办率 ≥85%", plus " +N" when there are more (the tooltip lists them all). */
  target: string;
  due: string | null;
}

/**
 * Builds the category × region matrix as a heatmap (regions on x, categories on y), each cell labelled with its first
 * target and shaded by how many targets it holds (label colour by the cell's luminance); an empty matrix gives empty axes. Click: see TargetMatrixDatum.
 */
export function buildTargetMatrixOption(matrix: TargetMatrix, settings: TargetMatrixSettings): TargetMatrixOption {
  const { lang, compact = false } = settings;
  const theme = chartTheme(settings.theme);
  const data: TargetMatrixDatum[] = matrix.cells.map((cell) => {
    const first = cell.points[0]!;
    const more = cell.points.length - 1;
    return {
      value: [cell.regionIndex, cell.categoryIndex, cell.points.length],
      taskId: first.taskId,
      taskIds: [...new Set(cell.points.map((point) => point.taskId))],
      region: cell.region,
      category: cell.category,
      target: `${first.metric} ${formatTarget(first)}${more > 0 ? ` +${more}` : ''}`,
      due: first.due,
    };
  });
  const max = Math.max(1, ...data.map((datum) => datum.value[2]));
  // the light theme stops short of the ramp's darkest blue; each label's colour follows its cell's luminance
  const ramp: [string, string] = [theme.ramp[0], theme.name === 'dark' ? theme.ramp[1] : rampColour(theme.ramp, 0.8)];
  const styled = data.map((datum) => {
    // the visualMap below interpolates linearly in RGB from 0 to max, so this is the cell's own fill
    const text = labelColourOn(rampColour(ramp, datum.value[2] / max));
    return { ...datum, label: { color: text } };
  });
  return {
    backgroundColor: theme.background,
    textStyle: { color: theme.text },
    grid: compact ? { left: 8, right: 8, top: 8, bottom: 8, containLabel: true } : { left: 16, right: 24, top: 16, bottom: 48, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (params: unknown) => {
        const datum = (params as { data?: TargetMatrixDatum }).data;
        if (datum === undefined) return '';
        const cell = matrix.cells.find((c) => c.regionIndex === datum.value[0] && c.categoryIndex === datum.value[1]);
        const lines = (cell?.points ?? []).map((point) =>
          `${escapeHtml(point.metric)} ${escapeHtml(formatTarget(point))}${point.due === null ? '' : ` (${point.due})`}`);
        return [`<b>${escapeHtml(datum.region)} · ${escapeHtml(categoryLabel(datum.category, lang))}</b>`, ...lines].join('<br/>');
      },
    },
    xAxis: {
      type: 'category',
      position: 'top',
      data: matrix.regions,
      axisLabel: { show: !compact, color: theme.text, interval: 0, formatter: safeLabel },
      splitArea: { show: true },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: matrix.categories.map((category) => categoryLabel(category, lang)),
      axisLabel: { show: !compact, color: theme.text, interval: 0, formatter: safeLabel },
      splitArea: { show: true },
    },
    // the scale is explained: a darker cell holds more targets
    visualMap: {
      type: 'continuous', show: !compact, min: 0, max, dimension: 2, inRange: { color: ramp },
      orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 120, calculable: false,
      text: [`${max}`, `0 ${chartMessage(lang, 'targetCount')}`], textStyle: { color: theme.mutedText },
    },
    series: [{
      type: 'heatmap',
      name: chartMessage(lang, 'indicator'),
      data: styled,
      label: {
        show: !compact,
        lineHeight: 16,
        width: 200,
        overflow: 'truncate',
        formatter: (params: unknown) => {
          const datum = (params as { data?: TargetMatrixDatum }).data;
          return datum === undefined ? '' : datum.due === null ? datum.target : `${datum.target}\n${datum.due}`;
        },
      },
      itemStyle: { borderColor: theme.name === 'dark' ? '#0d1117' : '#ffffff', borderWidth: 2 },
    }],
  };
}
