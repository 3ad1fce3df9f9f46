import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../../src/analysis/filters.ts';
import { exportFileName } from '../../../src/ui/chart-export/export-file-name.ts';
import { cappedPixelRatio, MAX_CANVAS_PIXELS, MAX_CANVAS_SIDE } from '../../../src/ui/chart-export/png-canvas-limit.ts';
import { hiddenLegend, pngContextLines } from '../../../src/ui/chart-export/png-context-lines.ts';
import { filterWords } from '../../../src/ui/filters/filter-words.ts';

const filters = { ...EMPTY_FILTERS, region: ['汕尾市'], status: ['passed' as const], category: ['网络覆盖'], due: { from: '2021-01-01', to: null } };

describe('ui/chart-export: file names, filter words, PNG context and canvas limit', () => {
  it('exportFileName says what, which filters and which date; no filter → 全部', () => {
    const values = filterWords('zh', filters).map((w) => w.value);
    expect(exportFileName({ what: '任务清单', filters: values, asOf: '2026-11-30', ext: 'csv' }, '全部')).toBe('督办-任务清单-汕尾市-2021-01-01~-期限已过-网络覆盖-2026-11-30.csv');
    expect(exportFileName({ what: '每月到期任务数', filters: [], asOf: '2026-11-30', suffix: 'x2', ext: 'png' }, '全部')).toBe('督办-每月到期任务数-全部-2026-11-30-x2.png');
  });

  it('exportFileName: characters file systems refuse become "-", a long filter list is cut with its count', () => {
    expect(exportFileName({ what: 'a/b:c', filters: ['x*y', 'p?q'], asOf: '2026-01-01', ext: 'csv' }, 'all')).toBe('督办-a-b-c-x-y-p-q-2026-01-01.csv');
    const many = Array.from({ length: 30 }, (_, i) => `单位${i}`);
    const name = exportFileName({ what: 't', filters: many, asOf: '2026-01-01', ext: 'csv' }, 'all');
    expect(name).toMatch(/…\(30\)-2026-01-01\.csv$/);
    expect(name.length).toBeLessThan(100);
  });

  it('filterWords in English: category and status names translated, data values kept', () => {
    expect(filterWords('en', filters).map((w) => w.label)).toEqual(['Region: 汕尾市', 'Deadline: 2021-01-01 – …', 'Deadline passed', 'Indicator category: Network coverage']);
  });

  it('pngContextLines: filters in words, as-of date and the source datasets (first three named)', () => {
    const lines = pngContextLines('zh', '图', { filters, asOf: '2026-11-30', datasets: ['甲', '乙', '丙', '丁', '戊'] });
    expect(lines).toEqual({
      title: '图',
      filters: '筛选：地区：汕尾市；完成时限：2021-01-01 – …；期限已过；指标类别：网络覆盖',
      asOf: '截至 2026-11-30',
      source: '数据来源：督办 · 甲、乙、丙 等 2 个数据集',
    });
    expect(pngContextLines('en', 'C', { filters: EMPTY_FILTERS, asOf: '2026-11-30', datasets: ['A'] }).filters).toBe('Filters: none (all tasks)');
    expect(pngContextLines('en', 'C', null)).toEqual({ title: 'C', filters: '', asOf: null, source: null });
  });

  it('hiddenLegend: drawn only when the chart hides its own legend and has two or more bar series', () => {
    const series = [{ type: 'bar', name: '甲', itemStyle: { color: '#111' } }, { type: 'bar', name: '乙', itemStyle: { color: '#222' } }];
    expect(hiddenLegend({ legend: { show: false }, series })).toEqual([{ name: '甲', colour: '#111' }, { name: '乙', colour: '#222' }]);
    expect(hiddenLegend({ legend: { show: true }, series })).toEqual([]);
    expect(hiddenLegend({ series: series.slice(0, 1) })).toEqual([]);
  });

  it('cappedPixelRatio keeps the asked ratio when it fits, else the largest that fits both limits', () => {
    expect(cappedPixelRatio(800, 400, 3)).toEqual({ ratio: 3, capped: false });
    const tall = cappedPixelRatio(1200, 20_000, 3);
    expect(tall.capped).toBe(true);
    expect(20_000 * tall.ratio).toBeLessThanOrEqual(MAX_CANVAS_SIDE + 1e-6);
    const wide = cappedPixelRatio(5000, 5000, 3);
    expect(5000 * 5000 * wide.ratio ** 2).toBeLessThanOrEqual(MAX_CANVAS_PIXELS + 1);
    expect(cappedPixelRatio(0, 100, 2)).toEqual({ ratio: 2, capped: false });
  });
});
