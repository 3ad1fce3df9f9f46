import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toTaskRows } from '../../src/analysis/task-row.ts';
import { timelineItems } from '../../src/analysis/timeline-items.ts';
import { buildTimelineOption, timelineChartHeight } from '../../src/charts/timeline.ts';
import {
  NARROW_WINDOW_MS, OVERVIEW_LANE_PX, READABLE_ROW_PX, TIMELINE_PLOT_PX, laneRows, overviewLanes, taskRowsFit, timelineRowMode, zoomedRowMode,
} from '../../src/charts/timeline-lane-fit.ts';
import type { Dataset } from '../../src/model/schema.ts';
import { makeDataset, makeDeadline, makeTask } from '../analysis/make-task.ts';

const AS_OF = '2026-11-30';

/** `perUnit[i]` tasks led by unit i, all in one region, due in the months of 2022. */
function unitsDataset(perUnit: readonly number[]): Dataset {
  let no = 0;
  const tasks = perUnit.flatMap((n, unit) => Array.from({ length: n }, () => {
    no++;
    const month = String((no % 12) + 1).padStart(2, '0');
    return makeTask({
      id: `lead-2022/${no}`, no: String(no), units: [{ name: `单位${unit + 1}`, role: 'lead' }],
      deadline: makeDeadline({ raw: `2022年${month}月底前`, due: `2022-${month}-28`, monthDay: `${month}-28` }),
    });
  }));
  return makeDataset({ id: 'lead-2022', region: '甲市', tasks });
}

/** Three regions of `perRegion` tasks each. */
function regionsDatasets(perRegion: number): Dataset[] {
  return ['甲市', '乙市', '丙市'].map((region, r) => makeDataset({
    id: `r${r}-2022`, region,
    tasks: Array.from({ length: perRegion }, (_, i) => makeTask({ id: `r${r}-2022/${i + 1}`, no: String(i + 1) })),
  }));
}

// the bundled seed set's shape by lead unit: a few big lanes, most with one task — 27 lanes, 217 tasks
const SEED_LIKE = [61, 30, 14, 12, 11, 10, 23, 3, 3, 3, 2, ...Array.from({ length: 15 }, () => 1), 30];

describe('charts/timeline-lane-fit: one row per task, or monthly counts per lane', () => {
  it('27 lead-unit lanes × 217 tasks do not fit readable rows at 1080p → the whole-lanes overview, every lane one row', () => {
    expect(SEED_LIKE.length).toBe(27);
    expect(SEED_LIKE.reduce((a, b) => a + b, 0)).toBe(217);
    const model = timelineItems(toTaskRows([unitsDataset(SEED_LIKE)]), 'lead', AS_OF);
    expect(model.lanes.length).toBe(27);
    expect(taskRowsFit(model)).toBe(false);
    expect(timelineRowMode(model, 'auto')).toBe('months');
    // today's rows would shrink below a readable height and page through lanes with the row slider
    const layout = laneRows(model);
    expect(layout.rowPx).toBeLessThan(READABLE_ROW_PX);
    // the overview: all 27 lanes at once, each at least a readable cell's height, within the plot's budget
    const overview = overviewLanes(27);
    expect(overview.visible).toBe(27);
    expect(overview.lanePx).toBeGreaterThanOrEqual(OVERVIEW_LANE_PX.min);
    expect(27 * overview.lanePx).toBeLessThanOrEqual(TIMELINE_PLOT_PX);
  });

  it('3 regions of 30 tasks fit readable rows → one row per task', () => {
    const model = timelineItems(toTaskRows(regionsDatasets(30)), 'region', AS_OF);
    expect(model.lanes.map((lane) => lane.count)).toEqual([30, 30, 30]);
    expect(taskRowsFit(model)).toBe(true);
    expect(timelineRowMode(model, 'auto')).toBe('items');
    expect(laneRows(model).rowPx).toBeGreaterThanOrEqual(READABLE_ROW_PX);
  });

  it('the rule: every lane\'s rows (a label\'s height at least) × READABLE_ROW_PX within the plot', () => {
    // 93 tasks × 6 px = 558 px fit 560; 94 do not
    expect(taskRowsFit(timelineItems(toTaskRows([unitsDataset([93])]), 'lead', AS_OF))).toBe(true);
    expect(taskRowsFit(timelineItems(toTaskRows([unitsDataset([94])]), 'lead', AS_OF))).toBe(false);
    // one-task lanes still take a label's height (3 rows of 6 px): 186 lanes fit, 187 do not
    expect(taskRowsFit(timelineItems(toTaskRows([unitsDataset(Array.from({ length: 31 }, () => 1))]), 'lead', AS_OF))).toBe(true);
    expect(taskRowsFit(timelineItems(toTaskRows([unitsDataset(Array.from({ length: 32 }, () => 1))]), 'lead', AS_OF))).toBe(false);
    // a taller plot fits more
    expect(taskRowsFit(timelineItems(toTaskRows([unitsDataset([94])]), 'lead', AS_OF), 600)).toBe(true);
  });

  it('the link decides when it says so (rows=items / rows=months); too many tasks to draw singly stay monthly', () => {
    const seed = timelineItems(toTaskRows([unitsDataset(SEED_LIKE)]), 'lead', AS_OF);
    const small = timelineItems(toTaskRows(regionsDatasets(3)), 'region', AS_OF);
    expect(timelineRowMode(seed, 'items')).toBe('items');
    expect(timelineRowMode(small, 'months')).toBe('months');
    const binnedForSize = timelineItems(toTaskRows(regionsDatasets(3)), 'region', AS_OF, { maxItems: 1 });
    expect(timelineRowMode(binnedForSize, 'items')).toBe('months');
  });

  it('zoomedRowMode: a zoom window gives single tasks once they fit, or once it is narrower than about three months', () => {
    const many = timelineItems(toTaskRows([unitsDataset(SEED_LIKE)]), 'lead', AS_OF);
    const wide = { from: Date.UTC(2022, 0, 1), to: Date.UTC(2022, 11, 31) };
    const narrow = { from: Date.UTC(2022, 5, 1), to: Date.UTC(2022, 5, 1) + NARROW_WINDOW_MS - 1 };
    expect(zoomedRowMode(many, 'auto', wide)).toBe('months');
    expect(zoomedRowMode(many, 'auto', narrow)).toBe('items');
    expect(zoomedRowMode(many, 'months', narrow)).toBe('months');
    expect(zoomedRowMode(timelineItems(toTaskRows(regionsDatasets(30)), 'region', AS_OF), 'auto', wide)).toBe('items');
  });

  it('the monthly overview splits the year-unknown strip by lane: units whose tasks all lack a year still have a row', () => {
    const unknown = makeDataset({
      id: 'u-2022', region: '甲市',
      tasks: [1, 2, 3].map((no) => makeTask({
        id: `u-2022/${no}`, no: String(no), units: [{ name: no === 3 ? '单位乙' : '单位甲', role: 'lead' }],
        deadline: makeDeadline({ raw: 'X年11月底前', due: null, monthDay: '11-30', yearKnown: false }),
      })),
    });
    const months = timelineItems(toTaskRows([unitsDataset([2]), unknown]), 'lead', AS_OF, { maxItems: 0 });
    const option = buildTimelineOption(months, { lang: 'zh' });
    const strip = (option.yAxis as { data: string[]; inverse: boolean; axisLabel: { formatter: (v: string, i: number) => string } }[])[1]!;
    // lead lanes are keyed by the unit within its region, named by the unit
    expect(strip.data).toEqual(['甲市/单位甲', '甲市/单位乙']);
    expect(strip.inverse).toBe(true);
    expect(strip.data.map((v, i) => strip.axisLabel.formatter(v, i))).toEqual(['单位甲 (2)', '单位乙 (1)']);
    expect((option.xAxis as { name?: string }[])[1]!.name).toBe('年份不详（仅按月日） (3)');
    // the overview's small chart keeps one lane-less row
    const compact = buildTimelineOption(months, { lang: 'zh', compact: true });
    expect((compact.yAxis as { data: string[] }[])[1]!.data).toEqual(['年份不详']);
  });

  it('overviewLanes: few lanes get taller rows, many lanes page beyond the overview\'s maximum height', () => {
    expect(overviewLanes(3)).toEqual({ lanePx: OVERVIEW_LANE_PX.max, visible: 3 });
    expect(overviewLanes(31).lanePx).toBe(OVERVIEW_LANE_PX.min);
    expect(overviewLanes(40).visible).toBe(40);
    expect(overviewLanes(100).visible).toBe(40);
  });

  it('the monthly overview option: every lane a row, lanes shaded, an ongoing arrow per lane, no row slider when all fit', () => {
    const rows = toTaskRows([unitsDataset(SEED_LIKE)]);
    const months = timelineItems(rows, 'lead', AS_OF, { maxItems: 0 });
    const option = buildTimelineOption(months, { lang: 'zh' });
    expect((option.yAxis as { data: string[] }[])[0]!.data).toHaveLength(27);
    const series = option.series as { name: string; data: unknown[] }[];
    expect(series.find((s) => s.name === 'lanes')?.data).toHaveLength(27);
    const zooms = option.dataZoom as { yAxisIndex?: number }[];
    expect(zooms.filter((zoom) => zoom.yAxisIndex === 0)).toEqual([]);
    // the chart is as tall as its lanes need
    expect(timelineChartHeight(months)).toBeLessThanOrEqual(40 + 27 * overviewLanes(27).lanePx + 40);
    // one-row-per-task drawing that does not fit keeps its row slider
    const items = buildTimelineOption(timelineItems(rows, 'lead', AS_OF), { lang: 'zh' });
    expect((items.dataZoom as { yAxisIndex?: number }[]).filter((zoom) => zoom.yAxisIndex === 0)).toHaveLength(2);
  });
});

describe('the bundled datasets (data/): every lane mode shows every lane at once at 1080p', () => {
  const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/manifest.json'), 'utf8')) as { datasets: { file: string }[] };
  const rows = toTaskRows(manifest.datasets.map((entry) => JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data', entry.file), 'utf8')) as Dataset));

  for (const lane of ['region', 'section', 'lead'] as const) {
    it(`by ${lane}: one row per task does not fit readably (165 dated tasks) → monthly counts, all lanes within the plot`, () => {
      const model = timelineItems(rows, lane, AS_OF);
      expect(timelineRowMode(model, 'auto')).toBe('months');
      const { lanePx, visible } = overviewLanes(model.lanes.length);
      expect(visible).toBe(model.lanes.length);
      expect(visible * lanePx).toBeLessThanOrEqual(TIMELINE_PLOT_PX);
    });
  }

  it('one lane (a unit clicked in the overview) → one row per task', () => {
    const unit = timelineItems(rows, 'lead', AS_OF).lanes[0]!.key;
    const lane = rows.filter((row) => row.task.units.some((u) => u.role === 'lead') && timelineItems([row], 'lead', AS_OF).lanes[0]?.key === unit);
    expect(timelineRowMode(timelineItems(lane, 'lead', AS_OF), 'auto')).toBe('items');
  });
});
