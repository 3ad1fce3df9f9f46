import * as echarts from 'echarts';
import type { EChartsCoreOption } from 'echarts/core';
import { describe, expect, it } from 'vitest';
import { actualsAgainstTargets } from '../../src/analysis/progress-actuals.ts';
import { progressByTask } from '../../src/analysis/progress-by-task.ts';
import { mergeProgressReports } from '../../src/analysis/progress-reports.ts';
import { toTaskRows } from '../../src/analysis/task-row.ts';
import { buildCompletionLineOption } from '../../src/charts/progress-completion-line.ts';
import { buildActualsOption } from '../../src/charts/progress-actuals.ts';
import { makeDataset, makeTask } from '../analysis/make-task.ts';

function renderSvg(option: EChartsCoreOption): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 800, height: 400 });
  try {
    chart.setOption({ ...option, animation: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

const dataset = makeDataset({
  tasks: [
    makeTask({ no: '1', indicators: [{ metric: '全程网办率', category: '网办', comparator: '≥', value: 90, unit: '%', due: null }] }),
    makeTask({ no: '2', indicators: [{ metric: '办理时限', category: '时限', comparator: '≤', value: 5, unit: '个工作日', due: null }] }),
  ],
});
const rows = toTaskRows([dataset]);
const report = (taskId: string, metric: string, value: number) => ({
  taskId, reportDate: '2021-06-01', status: 'inProgress' as const, statusRaw: '推进中', completedOn: null, percent: null, note: '', problems: '', actuals: [{ metric, value, raw: String(value) }], row: 7,
});
const merged = mergeProgressReports([
  { version: 1, id: 'progress-a', source: 'a.xlsx', unit: null, reportDate: '2021-06-01', datasetIds: ['x-2021'], reports: [report('x-2021/1', '全程网办率', 85), report('x-2021/2', '办理时限', 3)], warnings: [] },
]);
const progress = progressByTask(rows, merged.byTask, '2021-06-10', 30);

describe('actualsAgainstTargets', () => {
  it('pairs each reported actual with its target; a ceiling (≤) is met below the target', () => {
    expect(actualsAgainstTargets(rows, progress).map((a) => [a.metric, a.actual, a.target, a.ceiling, a.met])).toEqual([
      ['全程网办率', 85, 90, false, false],
      ['办理时限', 3, 5, true, true],
    ]);
  });
});

describe('buildActualsOption', () => {
  it('one bar per target at actual ÷ target, coloured by met, with the target mark at 100 %; renders in SSR', () => {
    const option = buildActualsOption(actualsAgainstTargets(rows, progress))!;
    const bars = (option.series as { data: { value: number; itemStyle: { color: string } }[] }[])[0]!.data;
    expect(bars.map((b) => b.value)).toEqual([94.4, 60]);
    expect(bars.map((b) => b.itemStyle.color)).toEqual(['#d1242f', '#1a7f37']);
    expect(renderSvg(option as EChartsCoreOption)).toContain('<svg');
  });
  it('null without actuals', () => {
    expect(buildActualsOption([])).toBeNull();
  });
});

describe('buildCompletionLineOption', () => {
  it('one line per region in percent; renders in SSR; null without dates', () => {
    const option = buildCompletionLineOption({ dates: ['2021-03-31', '2021-06-30'], series: [{ region: '甲市', values: [0.25, null] }] })!;
    expect((option.series as { data: unknown[] }[])[0]!.data).toEqual([25, null]);
    expect(renderSvg(option as EChartsCoreOption)).toContain('<svg');
    expect(buildCompletionLineOption({ dates: [], series: [] })).toBeNull();
  });

  it('a region keeps its colour of the other charts, whichever regions have reports', () => {
    const all = ['乙市', '甲市', '丙市'];
    const colour = (regions: string[]) => {
      const option = buildCompletionLineOption({ dates: ['2021-03-31'], series: regions.map((region) => ({ region, values: [0.5] })) }, { allRegions: all })!;
      return Object.fromEntries((option.series as { name: string; itemStyle: { color: string } }[]).map((s) => [s.name, s.itemStyle.color]));
    };
    expect(colour(['甲市'])['甲市']).toBe(colour(['乙市', '甲市'])['甲市']);
    expect(colour(['乙市', '甲市'])['乙市']).not.toBe(colour(['乙市', '甲市'])['甲市']);
  });
});
