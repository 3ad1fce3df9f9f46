/** ECharts parts that load only when an option asks for them (see echarts-setup.ts for the ones always there). */
export type ChartPart = 'line' | 'custom' | 'heatmap' | 'marks';

/**
 * The parts `option` needs beyond the base set: from its series types, and from a visualMap, markArea / markLine or
 * graphic anywhere in it. Over-asking only costs a download; a missing part would draw nothing, so when unsure ask.
 */
export function optionParts(option: object): ChartPart[] {
  const o = option as { series?: unknown; visualMap?: unknown; graphic?: unknown };
  const series = (Array.isArray(o.series) ? o.series : o.series === undefined ? [] : [o.series]) as { type?: unknown; markArea?: unknown; markLine?: unknown }[];
  const parts = new Set<ChartPart>();
  for (const s of series) {
    if (s === null || typeof s !== 'object') continue;
    if (s.type === 'line') parts.add('line');
    if (s.type === 'custom') parts.add('custom');
    if (s.type === 'heatmap') parts.add('heatmap');
    if (s.markArea !== undefined || s.markLine !== undefined) parts.add('marks');
  }
  if (o.visualMap !== undefined) parts.add('heatmap');
  if (o.graphic !== undefined) parts.add('marks');
  return [...parts].sort();
}
