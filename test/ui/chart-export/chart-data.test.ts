import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { deadlinesByMonth } from '../../../src/analysis/deadline-density.ts';
import { toTaskRows } from '../../../src/analysis/task-row.ts';
import { unitMonthHeatmap } from '../../../src/analysis/unit-month-heatmap.ts';
import { workloadByUnit } from '../../../src/analysis/workload.ts';
import { buildDeadlineDensityOption } from '../../../src/charts/deadline-density.ts';
import { buildUnitMonthHeatmapOption } from '../../../src/charts/unit-month-heatmap.ts';
import { buildWorkloadBarOption } from '../../../src/charts/workload-bar.ts';
import { chartTable, largestPoints } from '../../../src/ui/chart-export/chart-data.ts';
import { formatChartCsv } from '../../../src/ui/chart-export/chart-data-csv.ts';
import { chartSummary, pointText } from '../../../src/ui/chart-export/chart-summary.ts';
import { sampleDatasets } from '../../analysis/sample-datasets.ts';

const rows = toTaskRows(sampleDatasets());
const words = { category: '类别', lane: '分组', from: '起', to: '止', count: '数量' };

describe('ui/chart-export/chart-data', () => {
  it('deadline density (months × regions, stacked bars) → one row per month, one column per region, the counts drawn', () => {
    const density = deadlinesByMonth(rows);
    const table = chartTable(buildDeadlineDensityOption(density, { lang: 'zh', asOf: '2021-06-01' }), words);
    expect(table.columns).toEqual(density.regions);
    expect(table.rows.map((r) => r.label)).toEqual(density.months);
    table.rows.forEach((row, m) => expect(row.values).toEqual(density.regions.map((_, r) => density.counts[r]![m]!)));
    expect(table.points).toHaveLength(density.months.length * density.regions.length);
    expect(table.points[0]).toMatchObject({ seriesIndex: 0, dataIndex: 0, category: density.months[0], series: density.regions[0] });
  });

  it('workload (horizontal stacked bars by role) → unit rows × role columns, and the datum a click handler reads', () => {
    const groups = workloadByUnit(rows, { topN: 2, split: 'all', expandGroups: false, unitGroups: {} });
    const option = buildWorkloadBarOption(groups, { lang: 'en' });
    const table = chartTable(option, words);
    expect(table.columns).toEqual(['Lead', 'Responsible', 'Support', 'Other units (distinct tasks)']);
    const series = option.series as { data: { value: number }[] }[];
    expect(table.rows[0]).toEqual({ label: '公共服务办（甲市）', values: series.map((s) => s.data[0]!.value) });
    expect(table.points[0]!.datum).toMatchObject({ unit: '甲市/公共服务办', role: 'lead' });
  });

  it('heatmap (unit × month) → unit rows, month columns, null where no cell is drawn', () => {
    const heatmap = unitMonthHeatmap(rows, { topN: 5 });
    const table = chartTable(buildUnitMonthHeatmapOption(heatmap, { lang: 'zh' }), words);
    expect(table.columns).toEqual(heatmap.months);
    expect(table.rows.map((r) => r.label)).toEqual(heatmap.labels);
    for (const [m, u, n] of heatmap.cells) expect(table.rows[u]!.values[m]).toBe(n);
    expect(table.points).toHaveLength(heatmap.cells.length);
  });

  it('formatChartCsv → BOM, header, one line per category; the CSV equals the table', () => {
    const table = chartTable(buildDeadlineDensityOption(deadlinesByMonth(rows), { lang: 'zh', asOf: '2021-06-01' }), words);
    const csv = formatChartCsv(table);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' }).data;
    expect(parsed[0]).toEqual(['类别', ...table.columns]);
    expect(parsed.slice(1)).toEqual(table.rows.map((r) => [r.label, ...r.values.map((v) => (v === null ? '' : String(v)))]));
  });

  it('a category label starting with "=" is escaped in the CSV', () => {
    const csv = formatChartCsv({ corner: 'c', columns: ['n'], rows: [{ label: '=HYPERLINK("x")', values: [1] }], points: [] });
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('largestPoints and chartSummary name the largest values in both languages', () => {
    const table = { corner: 'c', columns: ['n'], rows: [], points: [
      { seriesIndex: 0, dataIndex: 0, category: '甲', series: '', value: 3, datum: 3 },
      { seriesIndex: 0, dataIndex: 1, category: '乙', series: '', value: 9, datum: 9 },
      { seriesIndex: 0, dataIndex: 2, category: '丙', series: '', value: 0, datum: 0 },
    ] };
    expect(largestPoints(table, 3).map((p) => p.category)).toEqual(['乙', '甲']);
    expect(chartSummary('zh', '图', table)).toBe('图。0 个类别，1 个系列。最大值：乙：9；甲：3。');
    expect(chartSummary('en', 'Chart', table)).toBe('Chart. 0 categories, 1 series. Largest: 乙: 9; 甲: 3.');
    expect(pointText('en', { ...table.points[0]!, series: 'Lead', value: 1200 })).toBe('甲 · Lead: 1,200');
    expect(chartSummary('zh', '图', { ...table, points: [] })).toBe('图。没有数据。');
  });
});
