import { describe, expect, it } from 'vitest';
import { toTaskRows } from '../../src/analysis/task-row.ts';
import { unitMonthHeatmap } from '../../src/analysis/unit-month-heatmap.ts';
import { buildUnitMonthHeatmapOption, type UnitMonthCellDatum } from '../../src/charts/unit-month-heatmap.ts';
import { sampleDatasets } from '../analysis/sample-datasets.ts';
import { XSS, callTooltip, hostileRows } from './hostile-rows.ts';

describe('charts/unit-month-heatmap', () => {
  const option = buildUnitMonthHeatmapOption(unitMonthHeatmap(toTaskRows(sampleDatasets()), { topN: 3 }), { lang: 'zh' });
  const data = (option.series as { data: UnitMonthCellDatum[] }[])[0]!.data;

  it('buildUnitMonthHeatmapOption → one cell per unit and month; a click carries unit and the month\'s due range', () => {
    expect(data).toHaveLength(3);
    expect(data[0]).toMatchInlineSnapshot(`
      {
        "dueFrom": "2022-06-01",
        "dueTo": "2022-06-30",
        "month": "2022-06",
        "unit": "乙市/公安局",
        "unitLabel": "公安局（乙市）",
        "value": [
          12,
          0,
          1,
        ],
      }
    `);
  });

  it('buildUnitMonthHeatmapOption: the colour scale runs from 0 to the largest cell', () => {
    expect(option.visualMap).toMatchObject({ min: 0, max: 1, dimension: 2 });
  });

  it('buildUnitMonthHeatmapOption: the tooltip escapes unit names', () => {
    const hostile = buildUnitMonthHeatmapOption(unitMonthHeatmap(hostileRows(), { topN: 3 }), { lang: 'en' });
    const datum = (hostile.series as { data: UnitMonthCellDatum[] }[])[0]!.data[0];
    const html = callTooltip(hostile, { data: datum });
    expect(html).not.toContain(XSS);
    expect(html).toContain('1 tasks');
  });
});
