import { describe, expect, it } from 'vitest';
import { targetsByCategory } from '../../src/analysis/targets.ts';
import { toTaskRows } from '../../src/analysis/task-row.ts';
import { buildTargetsOption, formatTarget, targetsChartHeight, type TargetDatum } from '../../src/charts/targets.ts';
import { sampleDatasets } from '../analysis/sample-datasets.ts';
import { XSS, callTooltip, hostileRows } from './hostile-rows.ts';

const categories = targetsByCategory(toTaskRows(sampleDatasets()));

describe('charts/targets', () => {
  it('formatTarget({ ≥, 85, % }) → "≥85%"', () => {
    expect(formatTarget({ comparator: '≥', value: 85, unit: '%' })).toBe('≥85%');
  });

  it('buildTargetsOption(网上办理) → one percentage panel on a 0–100 axis, bars carrying task ids', () => {
    const option = buildTargetsOption(categories[1]!, { lang: 'zh' });
    expect(option.xAxis).toMatchObject([{ min: 0, max: 100 }]);
    const data = (option.series as { data: TargetDatum[] }[])[0]!.data;
    expect(data.map((d) => [d.taskId, d.target, d.due])).toMatchInlineSnapshot(`
      [
        [
          "yi-2022/1",
          "≥85%",
          "2022-06-30",
        ],
        [
          "yi-2022/3",
          "=100%",
          "2023-12-31",
        ],
      ]
    `);
  });

  it('buildTargetsOption(办理量) → a panel per count unit with no fixed maximum', () => {
    const option = buildTargetsOption(categories[2]!, { lang: 'en' });
    expect((option.xAxis as { max?: number }[])[0]!.max).toBeUndefined();
    expect((option.title as { text: string }[])[1]!.text).toBe('Target (cases)');
  });

  it('targetsChartHeight(办理量) → title + one panel of rows + its axis, in px', () => {
    const category = categories[2]!;
    const rows = category.percent.length + category.counts.reduce((n, group) => n + group.points.length, 0);
    const panels = (category.percent.length > 0 ? 1 : 0) + category.counts.length;
    expect(targetsChartHeight(category)).toBe(30 + panels * (24 + 30) + rows * 26);
  });

  it('buildTargetsOption: rows read "region · metric" on the category axis', () => {
    const option = buildTargetsOption(categories[1]!, { lang: 'zh' });
    expect((option.yAxis as { data: string[] }[])[0]!.data).toEqual(['乙市 · 全程网办率', '乙市 · 网办率']);
  });

  it('buildTargetsOption: the tooltip escapes metric and region', () => {
    const hostile = buildTargetsOption(targetsByCategory(hostileRows())[0]!, { lang: 'zh' });
    const datum = (hostile.series as { data: TargetDatum[] }[])[0]!.data[0];
    const html = callTooltip(hostile, { data: datum });
    expect(html).not.toContain(XSS);
  });
});
