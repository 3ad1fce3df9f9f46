import { describe, expect, it } from 'vitest';
import { regionOfSeries } from '../../src/charts/region-series.ts';
import { targetsByCategory } from '../../src/analysis/targets.ts';
import { toTaskRows } from '../../src/analysis/task-row.ts';
import { buildTargetsOption, formatTarget, targetsChartHeight, type TargetDatum } from '../../src/charts/targets.ts';
import { makeDataset, makeTask } from '../analysis/make-task.ts';
import { sampleDatasets } from '../analysis/sample-datasets.ts';
import { XSS, callTooltip, hostileRows } from './hostile-rows.ts';

const categories = targetsByCategory(toTaskRows(sampleDatasets()));
type Series = { name: string; stack: string; xAxisIndex: number; itemStyle: { color: string }; data: (TargetDatum | '-')[] };
const seriesOf = (option: ReturnType<typeof buildTargetsOption>) => option.series as Series[];

/** Two towns with one indicator each in the same category, one of them a ceiling with two due dates. */
function mixed() {
  const indicator = (metric: string, comparator: '≥' | '≤' | '=', value: number, unit: string, due: string) => ({ metric, category: '办理时限', comparator, value, unit, due });
  return targetsByCategory(toTaskRows([
    makeDataset({ id: 'a-2021', region: '甲镇', tasks: [makeTask({ id: 'a-2021/1', indicators: [indicator('秒批事项占比', '≥', 30, '%', '2021-12-31'), indicator('承诺时限', '≤', 15, '个工作日', '2021-12-31')] })] }),
    makeDataset({ id: 'b-2021', region: '乙镇', tasks: [makeTask({ id: 'b-2021/1', indicators: [indicator('行政许可即办率', '≥', 50, '%', '2022-06-30'), indicator('承诺时限', '≤', 10, '个工作日', '2022-06-30')] })] }),
  ]))[0]!;
}

describe('charts/targets', () => {
  it('formatTarget({ ≥, 85, % }) → "≥85%"', () => {
    expect(formatTarget({ comparator: '≥', value: 85, unit: '%' })).toBe('≥85%');
  });

  it('buildTargetsOption(网上办理) → one panel per indicator, each on a 0–100 axis, bars carrying task ids and due dates', () => {
    const option = buildTargetsOption(categories[1]!, { lang: 'zh' });
    expect(option.xAxis).toMatchObject([{ min: 0, max: 100 }, { min: 0, max: 100 }]);
    expect((option.title as { text: string }[]).slice(1).map((t) => t.text)).toEqual(['全程网办率（%）', '网办率（%）']);
    const bars = seriesOf(option).flatMap((s) => s.data.filter((d): d is TargetDatum => d !== '-'));
    expect(bars.map((d) => [d.taskId, d.target, d.due])).toEqual([['yi-2022/1', '≥85%', '2022-06-30'], ['yi-2022/3', '=100%', '2023-12-31']]);
  });

  it('different indicators of one category are separate panels, never one axis; the same indicator is one panel across regions', () => {
    const option = buildTargetsOption(mixed(), { lang: 'zh', allRegions: ['甲镇', '乙镇'] });
    expect((option.title as { text: string }[]).slice(1).map((t) => t.text)).toEqual(['承诺时限（个工作日）', '秒批事项占比（%）', '行政许可即办率（%）'].sort((a, b) => Number(b.includes('%')) - Number(a.includes('%')) || (a < b ? -1 : 1)));
    const limit = seriesOf(option).filter((s) => s.stack === `panel${(option.title as { text: string }[]).slice(1).findIndex((t) => t.text.startsWith('承诺时限'))}`);
    expect(limit.map((s) => regionOfSeries(s.name)).sort()).toEqual(['乙镇', '甲镇']);
  });

  it('buildTargetsOption(办理量, en) → count panels name their unit of measure in English, with no fixed maximum', () => {
    const option = buildTargetsOption(categories[2]!, { lang: 'en' });
    expect((option.xAxis as { max?: number }[])[0]!.max).toBeUndefined();
    expect((option.title as { text: string }[])[1]!.text).toMatch(/（cases）$/);
  });

  it('≤ targets are marked as ceilings, counts get whole-number ticks, rows read "region · due date"', () => {
    const option = buildTargetsOption(mixed(), { lang: 'zh' });
    const titles = (option.title as { text: string }[]).slice(1).map((t) => t.text);
    const at = titles.findIndex((t) => t.startsWith('承诺时限'));
    const bars = seriesOf(option).filter((s) => s.xAxisIndex === at).flatMap((s) => s.data.filter((d): d is TargetDatum => d !== '-'));
    expect(bars.map((d) => [d.target, d.ceiling])).toEqual([['≤10个工作日（上限）', true], ['≤15个工作日（上限）', true]]);
    expect((option.xAxis as { minInterval?: number }[])[at]!.minInterval).toBe(1);
    expect((option.yAxis as { data: string[] }[])[at]!.data).toEqual(['乙镇 · 2022-06-30', '甲镇 · 2021-12-31']);
  });

  it('a region keeps its colour in every panel and whatever else is shown', () => {
    const all = ['甲镇', '乙镇', '丙镇'];
    const colours = (option: ReturnType<typeof buildTargetsOption>) => new Set(seriesOf(option).filter((s) => regionOfSeries(s.name) === '甲镇').map((s) => s.itemStyle.color));
    const one = colours(buildTargetsOption(mixed(), { lang: 'zh', allRegions: all }));
    expect(one.size).toBe(1);
    expect(colours(buildTargetsOption(mixed(), { lang: 'zh', allRegions: [...all].reverse() }))).toEqual(one);
  });

  it('targetsChartHeight → title, legend, then per panel its title, rows and axis, in px', () => {
    const category = mixed();
    expect(targetsChartHeight(category)).toBe(30 + 3 * (24 + 30) + 4 * 26 + 24);
  });

  it('buildTargetsOption: the tooltip escapes metric and region', () => {
    const hostile = buildTargetsOption(targetsByCategory(hostileRows())[0]!, { lang: 'zh' });
    const datum = seriesOf(hostile)[0]!.data.find((d) => d !== '-');
    const html = callTooltip(hostile, { data: datum });
    expect(html).not.toContain(XSS);
  });
});
