import { regionOfSeries } from '../../src/charts/region-series.ts';
import { describe, expect, it } from 'vitest';
import { deadlinesByMonth, densityWithAsOf } from '../../src/analysis/deadline-density.ts';
import { toTaskRows } from '../../src/analysis/task-row.ts';
import { brushToDueRange, buildDeadlineDensityOption, DENSITY_LARGE_BARS } from '../../src/charts/deadline-density.ts';
import type { DeadlineDensity } from '../../src/analysis/deadline-density.ts';
import { SAMPLE_AS_OF, sampleDatasets } from '../analysis/sample-datasets.ts';
import { XSS, callTooltip } from './hostile-rows.ts';

const density = deadlinesByMonth(toTaskRows(sampleDatasets()));

describe('charts/deadline-density', () => {
  const option = buildDeadlineDensityOption(density, { lang: 'zh', asOf: SAMPLE_AS_OF });
  const series = option.series as { name: string; stack: string; data: number[]; markLine?: { data: unknown[] } }[];

  it('buildDeadlineDensityOption → one stacked series per region, the as-of month marked, a lineX brush', () => {
    expect(series.map((s) => [s.name, s.stack, s.data.reduce((a, b) => a + b, 0)])).toEqual([['region:甲市', 'due', 2], ['region:乙市', 'due', 2]]);
    expect(series[0]!.markLine).toMatchInlineSnapshot(`
      {
        "data": [
          {
            "xAxis": "2022-05",
          },
        ],
        "label": {
          "align": "left",
          "color": "#D55E00",
          "formatter": "截至 2022-05-01",
          "position": "end",
        },
        "lineStyle": {
          "color": "#D55E00",
          "type": "dashed",
          "width": 2,
        },
        "silent": true,
        "symbol": [
          "none",
          "none",
        ],
      }
    `);
    expect(option.brush).toMatchObject({ xAxisIndex: 0, brushType: 'lineX' });
  });

  it('buildDeadlineDensityOption(compact) → no brush but still a legend; an as-of date far after the months → an edge marker, every month shaded as past', () => {
    const far = densityWithAsOf(density, '2030-01-01');
    expect(far.asOfEdge).toBe('after');
    const compact = buildDeadlineDensityOption(far, { lang: 'en', asOf: '2030-01-01', compact: true });
    expect(compact.brush).toBeUndefined();
    expect(compact.legend).toMatchObject({ show: true });
    const first = (compact.series as { markLine?: unknown; markArea?: { data: { xAxis: string }[][] } }[])[0]!;
    expect(first.markLine).toBeUndefined();
    expect(first.markArea!.data[0]!.map((end) => end.xAxis)).toEqual(['2021-06', '2023-03']);
    expect(JSON.stringify(compact.graphic)).toContain('As of 2030-01-01 →');
  });

  it('densityWithAsOf: an as-of month within a year after the data extends the axis, so the line is drawn', () => {
    const near = densityWithAsOf(density, '2023-11-30');
    expect(near.asOfEdge).toBeNull();
    expect(near.months.at(-1)).toBe('2023-11');
    expect(near.totals.slice(-9)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0]);
    const option = buildDeadlineDensityOption(near, { lang: 'zh', asOf: '2023-11-30' });
    expect((option.series as { markLine?: { data: unknown[] } }[])[0]!.markLine!.data).toEqual([{ xAxis: '2023-11' }]);
  });

  it('region colours are fixed by the sorted list of all regions, whatever is filtered or in what order', () => {
    const all = ['乙市', '甲市', '丙市'];
    const colourOf = (option: ReturnType<typeof buildDeadlineDensityOption>, region: string) =>
      (option.series as { name: string; itemStyle: { color: string } }[]).find((s) => regionOfSeries(s.name) === region)?.itemStyle.color;
    const both = buildDeadlineDensityOption(density, { lang: 'zh', asOf: '2022-05-01', allRegions: all });
    const onlyYi = buildDeadlineDensityOption({ ...density, regions: ['乙市'], counts: [density.counts[1]!] }, { lang: 'zh', asOf: '2022-05-01', allRegions: [...all].reverse() });
    expect(colourOf(onlyYi, '乙市')).toBe(colourOf(both, '乙市'));
    expect(colourOf(both, '甲市')).not.toBe(colourOf(both, '乙市'));
  });

  it.each([
    [[{ coordRange: [0, 6] }], { from: '2021-06-01', to: '2021-12-31' }],
    [[{ coordRange: [12.4, 11.6] }], { from: '2022-06-01', to: '2022-06-30' }],
    [[{ coordRange: [-5, 100] }], { from: '2021-06-01', to: '2023-03-31' }],
    [[], null],
    [undefined, null],
    [[{ coordRange: ['a', 1] }], null],
  ])('brushToDueRange(months, %o) → %o', (areas, expected) => {
    expect(brushToDueRange(density.months, areas)).toEqual(expected);
  });

  it('buildDeadlineDensityOption: the tooltip escapes region names', () => {
    const html = callTooltip(option, [{ name: '2021-06', seriesName: XSS, value: 1, marker: '' }]);
    expect(html).not.toContain(XSS);
    expect(html).toContain('&lt;img');
  });

  it(`a density of more than ${DENSITY_LARGE_BARS} bars is drawn in ECharts' large mode, every series the same (the folded one too); a smaller one bar by bar`, () => {
    const plain = series as { large?: boolean }[];
    expect(plain.every((s) => s.large === undefined)).toBe(true);
    // 20 regions over 48 months: 12 stacked series (11 + "other") × 48 = 576 bars
    const months = Array.from({ length: 48 }, (_, m) => `${2021 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`);
    const regions = Array.from({ length: 20 }, (_, r) => `地区${r + 1}`);
    const counts = regions.map((_, r) => months.map((_, m) => (r + m) % 3));
    const big: DeadlineDensity = { months, regions, counts, totals: months.map((_, m) => counts.reduce((n, row) => n + row[m]!, 0)) };
    const drawn = buildDeadlineDensityOption(big, { lang: 'zh', asOf: '2022-06-30' }).series as { id: string; large?: boolean; largeThreshold?: number; data: number[] }[];
    expect(drawn).toHaveLength(12);
    expect(drawn.at(-1)!.id).toBe('regions-other');
    for (const s of drawn) {
      expect(s.large).toBe(true);
      // ECharts draws a series large from largeThreshold data items on: each series holds one per month
      expect(s.data.length).toBeGreaterThanOrEqual(s.largeThreshold!);
    }
    // the counts themselves are not changed by the drawing mode
    expect(drawn[0]!.data).toEqual(counts[0]);
  });
});
