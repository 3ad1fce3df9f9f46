import { describe, expect, it } from 'vitest';
import { toTaskRows } from '../../src/analysis/task-row.ts';
import { timelineItems } from '../../src/analysis/timeline-items.ts';
import { buildTimelineOption, laneLabel, ongoingMarkers, unknownStack, type TimelineDatum } from '../../src/charts/timeline.ts';
import { laneRows } from '../../src/charts/timeline-lane-fit.ts';
import type { TimelineItem } from '../../src/analysis/timeline-items.ts';
import { SAMPLE_AS_OF, sampleDatasets } from '../analysis/sample-datasets.ts';
import { XSS, callTooltip, hostileRows } from './hostile-rows.ts';

const rows = toTaskRows(sampleDatasets());

type Axis = { type: string; data?: string[]; min?: number; max?: number; axisLabel?: { formatter?: unknown } };

describe('charts/timeline', () => {
  const option = buildTimelineOption(timelineItems(rows, 'region', SAMPLE_AS_OF), { lang: 'zh' });
  const series = option.series as { name: string; data: TimelineDatum[]; markLine?: { data: unknown[] } }[];
  const xAxes = option.xAxis as Axis[];
  const yAxes = option.yAxis as Axis[];

  it('buildTimelineOption → a main grid with one row per task and a separate year-unknown strip', () => {
    // the 'lanes' series shades alternate lanes (one datum per lane); '长期推进' draws one arrow per lane with ongoing tasks
    expect(series.map((s) => [s.name, s.data.length])).toEqual([['完成时限', 5], ['lanes', 2], ['长期推进', 1], ['年份不详（仅按月日）', 1]]);
    expect(yAxes[0]!.data).toEqual(['jia-2021/1', 'jia-2021/2', 'jia-2021/3', 'yi-2022/1', 'yi-2022/3']);
    expect(series[0]!.markLine!.data).toEqual([{ xAxis: Date.UTC(2022, 4, 1) }]);
  });

  it('buildTimelineOption: lane labels sit in the middle of each lane', () => {
    const format = yAxes[0]!.axisLabel!.formatter as (value: string, index: number) => string;
    expect([0, 1, 2, 3, 4].map((i) => format('', i))).toEqual(['', '甲市 (3)', '', '乙市 (2)', '']);
  });

  it('laneRows: a one-task lane is padded to a label\'s height, so labels never overprint; many rows shrink to fit the plot', () => {
    const single = timelineItems(rows, 'lead', SAMPLE_AS_OF);
    const layout = laneRows(single);
    expect(layout.rowPx).toBe(12);
    expect(layout.span.every((n) => n * layout.rowPx >= 14)).toBe(true);
    const labels = (buildTimelineOption(single, { lang: 'zh' }).yAxis as Axis[])[0]!;
    const format = labels.axisLabel!.formatter as (value: string, index: number) => string;
    const at = labels.data!.map((_, i) => i).filter((i) => format('', i) !== '');
    for (let k = 1; k < at.length; k++) expect((at[k]! - at[k - 1]!) * layout.rowPx).toBeGreaterThanOrEqual(14);
  });

  it('an as-of date far after the data → the axis keeps to the data and an edge marker names the as-of date', () => {
    const far = timelineItems(rows, 'region', '2030-06-30');
    expect(far.asOfEdge).toBe('after');
    expect(far.domain.max).toBeLessThan(Date.UTC(2024, 0, 1));
    const option = buildTimelineOption(far, { lang: 'zh' });
    expect((option.series as { markLine?: unknown }[])[0]!.markLine).toBeUndefined();
    expect(JSON.stringify(option.graphic)).toContain('截至 2030-06-30 →');
  });

  it('buildTimelineOption: the year-unknown axis prints months only, never the nominal year', () => {
    const format = xAxes[1]!.axisLabel!.formatter as (value: number) => string;
    expect(format(Date.UTC(2000, 5, 30))).toBe('6月');
    expect(format(Date.UTC(2000, 0, 1))).not.toContain('2000');
  });

  it('buildTimelineOption: click data → task id, lane and ongoing code (0 none, 1 after due, 2 ongoing only)', () => {
    expect(series[0]!.data.map((d) => [d.taskId, d.lane, d.value[3]])).toMatchInlineSnapshot(`
      [
        [
          "jia-2021/1",
          "甲市",
          0,
        ],
        [
          "jia-2021/2",
          "甲市",
          1,
        ],
        [
          "jia-2021/3",
          "甲市",
          2,
        ],
        [
          "yi-2022/1",
          "乙市",
          0,
        ],
        [
          "yi-2022/3",
          "乙市",
          0,
        ],
      ]
    `);
  });

  it('buildTimelineOption(bins) → lanes as rows, cells carry the month\'s due range', () => {
    const binned = buildTimelineOption(timelineItems(rows, 'region', SAMPLE_AS_OF, { maxItems: 1 }), { lang: 'en' });
    expect((binned.yAxis as Axis[])[0]!.data).toEqual(['甲市', '乙市']);
    const first = (binned.series as { data: TimelineDatum[] }[])[0]!.data[0]!;
    expect(first).toMatchObject({ kind: 'bin', lane: '甲市', dueFrom: '2021-06-01', dueTo: '2021-06-30' });
  });

  it('buildTimelineOption(compact) → no dataZoom', () => {
    expect(buildTimelineOption(timelineItems(rows, 'region', SAMPLE_AS_OF), { lang: 'zh', compact: true }).dataZoom).toEqual([]);
  });

  it('buildTimelineOption: the tooltip escapes the task label, lane and printed deadline', () => {
    const hostile = buildTimelineOption(timelineItems(hostileRows(), 'section', SAMPLE_AS_OF), { lang: 'zh' });
    const datum = (hostile.series as { data: TimelineDatum[] }[])[0]!.data[0];
    const html = callTooltip(hostile, { data: datum });
    expect(html).not.toContain(XSS);
    expect(html.match(/&lt;img/g)).toHaveLength(3);
  });

  it('ongoingMarkers: one arrow per lane with ongoing tasks, spanning their rows and counting them, drawn outside the plot', () => {
    const model = timelineItems(rows, 'region', SAMPLE_AS_OF);
    expect(ongoingMarkers(model, laneRows(model))).toEqual([{ lane: '甲市', first: 1, last: 2, count: 2 }]);
    const markers = series.find((s) => s.name === '长期推进') as unknown as { clip: boolean; data: number[][]; encode: unknown };
    // x spans the domain (so the time zoom never filters the arrow away); the count is the fifth value
    expect(markers.clip).toBe(false);
    expect(markers.encode).toEqual({ x: [0, 1], y: [2, 3] });
    expect(markers.data[0]!.slice(2, 5)).toEqual([1, 2, 2]);
  });

  it('the lane shading spans the whole time domain, so zooming the time axis never filters it away', () => {
    const lanes = series.find((s) => s.name === 'lanes') as unknown as { data: number[][]; encode: unknown };
    expect(lanes.encode).toEqual({ x: [0, 1], y: [2, 3] });
    expect(lanes.data.map((d) => d.slice(0, 2))).toEqual([[xAxes[0]!.min, xAxes[0]!.max], [xAxes[0]!.min, xAxes[0]!.max]]);
  });

  it('unknownStack: year-unknown tasks due on the same day stack in rows, so each keeps a readable mark', () => {
    const at = (start: number) => ({ start }) as TimelineItem;
    expect(unknownStack([at(1), at(1), at(2), at(3), at(3), at(3)])).toEqual({ rowOf: [0, 1, 0, 0, 1, 2], height: 3 });
    expect(unknownStack([])).toEqual({ rowOf: [], height: 0 });
  });

  it('the year-unknown strip is labelled with its task count on its top row, its stacks growing upwards', () => {
    const strip = yAxes[1] as Axis & { inverse?: boolean };
    const format = strip.axisLabel!.formatter as (value: string, index: number) => string;
    expect(strip.inverse).toBe(false);
    expect(format('', strip.data!.length - 1)).toBe('年份不详 (1)');
  });

  it('laneLabel: a long lane name is cut with "…" and keeps its task count; a short one is whole', () => {
    expect(laneLabel('汕尾市', 80, 160)).toBe('汕尾市 (80)');
    expect(laneLabel('市政务服务数据管理局（汕尾市）', 53, 220)).toBe('市政务服务数据管理局（汕尾市） (53)');
    // cut, the unit's region stays: two same-name units remain apart
    expect(laneLabel('市政务服务数据管理局（汕尾市）', 53, 160)).toBe('市政务服…（汕尾市） (53)');
    expect(laneLabel('推进政务服务标准化规范化便利化建设', 10, 160)).toBe('推进政务服务标准化… (10)');
  });

  it('laneLabel never cuts inside a number: a folded lane "其他 195 个" is never shown as "其他 19…"', () => {
    // 120 px leaves room for "其他 19": the cut backs off to before the number
    expect(laneLabel('其他 195 个', 173582, 120)).toBe('其他… (173582)');
    // the overview's compact width (140) holds it whole
    expect(laneLabel('其他 195 个', 173582, 140)).toBe('其他 195 个 (173582)');
    expect(laneLabel('第一百二十中学附属第12345号分校', 7, 120)).not.toMatch(/\d…/);
  });
});
