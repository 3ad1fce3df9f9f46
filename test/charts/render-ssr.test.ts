import * as echarts from 'echarts';
import type { EChartsCoreOption } from 'echarts/core';
import { describe, expect, it } from 'vitest';
import { deadlinesByMonth, type DeadlineDensity } from '../../src/analysis/deadline-density.ts';
import { timelineItems } from '../../src/analysis/timeline-items.ts';
import { toTaskRows } from '../../src/analysis/task-row.ts';
import { unitMonthHeatmap } from '../../src/analysis/unit-month-heatmap.ts';
import { workloadByUnit } from '../../src/analysis/workload.ts';
import { buildDeadlineDensityOption } from '../../src/charts/deadline-density.ts';
import { buildTimelineOption } from '../../src/charts/timeline.ts';
import { buildUnitMonthHeatmapOption } from '../../src/charts/unit-month-heatmap.ts';
import { buildWorkloadBarOption } from '../../src/charts/workload-bar.ts';
import { targetMatrix, targetsByCategory } from '../../src/analysis/targets.ts';
import { buildTargetsOption } from '../../src/charts/targets.ts';
import { buildTargetMatrixOption } from '../../src/charts/target-matrix.ts';
import { SAMPLE_AS_OF, sampleDatasets } from '../analysis/sample-datasets.ts';

const rows = toTaskRows(sampleDatasets());
const unitGroups = Object.fromEntries(sampleDatasets().map((d) => [d.id, d.unitGroups]));

function renderSvg(option: EChartsCoreOption): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 800, height: 400 });
  try {
    chart.setOption({ ...option, animation: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

// 30 regions over 60 months: past DENSITY_LARGE_BARS, so drawn in ECharts' large mode
function largeDensity(): DeadlineDensity {
  const months = Array.from({ length: 60 }, (_, m) => `${2021 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`);
  const regions = Array.from({ length: 30 }, (_, r) => `地区${r + 1}`);
  const counts = regions.map((_, r) => months.map((_, m) => (r * 7 + m) % 5));
  return { months, regions, counts, totals: months.map((_, m) => counts.reduce((n, row) => n + row[m]!, 0)) };
}

const cases: [string, () => EChartsCoreOption][] = [
  ['workload bar', () => buildWorkloadBarOption(workloadByUnit(rows, { topN: 2, split: 'region', expandGroups: false, unitGroups }), { lang: 'zh' })],
  ['workload bar, compact dark', () => buildWorkloadBarOption(workloadByUnit(rows, { topN: 3, split: 'all', expandGroups: true, unitGroups }), { lang: 'en', theme: 'dark', compact: true })],
  ['unit × month heatmap', () => buildUnitMonthHeatmapOption(unitMonthHeatmap(rows, { topN: 5 }), { lang: 'zh' })],
  ['deadline density', () => buildDeadlineDensityOption(deadlinesByMonth(rows), { lang: 'zh', asOf: SAMPLE_AS_OF })],
  ['deadline density, large mode', () => buildDeadlineDensityOption(largeDensity(), { lang: 'zh', asOf: '2023-06-30' })],
  ['deadline density, compact', () => buildDeadlineDensityOption(deadlinesByMonth(rows), { lang: 'en', asOf: SAMPLE_AS_OF, compact: true, theme: 'dark' })],
  ['timeline items', () => buildTimelineOption(timelineItems(rows, 'region', SAMPLE_AS_OF), { lang: 'zh' })],
  ['timeline bins', () => buildTimelineOption(timelineItems(rows, 'lead', SAMPLE_AS_OF, { maxItems: 2 }), { lang: 'en', theme: 'dark' })],
  ['timeline, compact, empty', () => buildTimelineOption(timelineItems([], 'section', SAMPLE_AS_OF), { lang: 'zh', compact: true })],
  ['targets (percent + counts)', () => buildTargetsOption(targetsByCategory(rows).find((c) => c.counts.length > 0) ?? targetsByCategory(rows)[0]!, { lang: 'zh' })],
  ['targets, compact', () => buildTargetsOption(targetsByCategory(rows)[0]!, { lang: 'en', compact: true, theme: 'dark' })],
  ['target matrix', () => buildTargetMatrixOption(targetMatrix(rows), { lang: 'zh' })],
  ['target matrix, compact, empty', () => buildTargetMatrixOption(targetMatrix([]), { lang: 'en', compact: true })],
];

describe('charts (ECharts SSR smoke test)', () => {
  it.each(cases)('%s renders to an SVG string', (_name, build) => {
    const svg = renderSvg(build());
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.length).toBeGreaterThan(500);
  });
});
