/** ECharts parts that load only when an option asks for them (see echarts-setup.ts for the ones always there). */
export type ChartPart = 'line' | 'custom' | 'heatmap' | 'marks' | 'graphic' | 'title';

/** Whether a component option (one object or a list of them) would draw anything: an empty list draws nothing. */
function drawsComponent(value: unknown): boolean {
  if (Array.isArray(value)) return value.some((item) => item !== null && typeof item === 'object');
  return value !== null && typeof value === 'object';
}

/**
 * The parts `option` needs beyond the base set: from its series types, and from a visualMap, markArea / markLine,
 * graphic elements or a title anywhere in it. Over-asking only costs a download; a missing part would draw nothing,
 * so when unsure ask. An absent or empty graphic or title list needs no part: ECharts skips a component type it does
 * not know, and with none of its elements there would be nothing to draw either way.
 */
export function optionParts(option: object): ChartPart[] {
  const o = option as { series?: unknown; visualMap?: unknown; graphic?: unknown; title?: unknown };
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
  if (drawsComponent(o.graphic)) parts.add('graphic');
  if (drawsComponent(o.title)) parts.add('title');
  return [...parts].sort();
}
