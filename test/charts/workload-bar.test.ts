import { describe, expect, it } from 'vitest';
import { toTaskRows } from '../../src/analysis/task-row.ts';
import { workloadByUnit } from '../../src/analysis/workload.ts';
import { buildWorkloadBarOption, type WorkloadBarDatum } from '../../src/charts/workload-bar.ts';
import { sampleDatasets } from '../analysis/sample-datasets.ts';
import { XSS, callTooltip, hostileRows } from './hostile-rows.ts';

const rows = toTaskRows(sampleDatasets());
const options = { topN: 2, split: 'all' as const, expandGroups: false, unitGroups: {} };

describe('charts/workload-bar', () => {
  const option = buildWorkloadBarOption(workloadByUnit(rows, options), { lang: 'zh' });
  const series = option.series as { name: string; data: WorkloadBarDatum[] }[];

  it('buildWorkloadBarOption(top 2) → three role series and the other line\'s own; lines: top units (with region), 其他, collective (marked)', () => {
    expect(series.map((s) => s.name)).toEqual(['牵头', '责任', '配合', '其他单位（不重复任务）']);
    const yAxis = option.yAxis as { data: (string | { value: string })[] };
    expect(yAxis.data.map((d) => (typeof d === 'string' ? d : d.value))).toMatchInlineSnapshot(`
      [
        "公共服务办（甲市）",
        "公共服务办（乙市）",
        "其他（5 个单位）",
        "〔集体〕各有关单位（乙市）",
        "〔集体〕各有关单位（甲市）",
      ]
    `);
  });

  it('buildWorkloadBarOption: a click on a bar carries unit, role and region; the "other" line carries unit null', () => {
    expect(series[0]!.data[0]).toEqual({ value: 1, unit: '甲市/公共服务办', region: null, role: 'lead', collective: false });
    // the other line: no role share, its own series carries the distinct tasks and opens the unit list
    expect(series[0]!.data[2]).toMatchObject({ unit: null, value: 0 });
    expect(series[3]!.data[2]).toMatchObject({ unit: null, role: null, value: 5, other: { group: 0 } });
  });

  it('buildWorkloadBarOption(lang en, split region) → English role names, labels "unit · region"', () => {
    const en = buildWorkloadBarOption(workloadByUnit(rows, { ...options, split: 'region' }), { lang: 'en' });
    expect((en.series as { name: string }[]).map((s) => s.name)).toEqual(['Lead', 'Responsible', 'Support', 'Other units (distinct tasks)']);
    expect((en.yAxis as { data: unknown[] }).data[0]).toBe('公共服务办 · 甲市');
  });

  it('buildWorkloadBarOption: the tooltip escapes unit names', () => {
    const hostile = buildWorkloadBarOption(workloadByUnit(hostileRows(), options), { lang: 'zh' });
    const html = callTooltip(hostile, [{ dataIndex: 0 }]);
    expect(html).toContain('&lt;img');
    expect(html).not.toContain(XSS);
  });
});
