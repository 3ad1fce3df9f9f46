import { describe, expect, it } from 'vitest';
import { deadlinesByMonth } from '../../src/analysis/deadline-density.ts';
import { toTaskRows } from '../../src/analysis/task-row.ts';
import { brushToDueRange, buildDeadlineDensityOption } from '../../src/charts/deadline-density.ts';
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

  it('buildDeadlineDensityOption(compact) → no brush, no legend; an as-of date outside the months → no marker', () => {
    const compact = buildDeadlineDensityOption(density, { lang: 'en', asOf: '2030-01-01', compact: true });
    expect(compact.brush).toBeUndefined();
    expect(compact.legend).toMatchObject({ show: false });
    expect((compact.series as { markLine?: unknown }[])[0]!.markLine).toBeUndefined();
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
});
