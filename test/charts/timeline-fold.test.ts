import { describe, expect, it } from 'vitest';
import type { TimelineBin, TimelineModel } from '../../src/analysis/timeline-items.ts';
import { buildTimelineOption } from '../../src/charts/timeline.ts';
import { COMPACT_MAX_LANES, COMPACT_MAX_LANES_WITH_UNKNOWN, compactMaxLanes, FOLDED_LANE_KEY, foldTimelineLanes } from '../../src/charts/timeline-fold.ts';

const JAN = Date.UTC(2024, 0, 1);
const FEB = Date.UTC(2024, 1, 1);
const MAR = Date.UTC(2024, 2, 1);

/** A monthly-count model of `n` region lanes L0…; lane i has i + 1 tasks due in January and one in February. */
function binnedModel(n: number): TimelineModel {
  const lanes = Array.from({ length: n }, (_, i) => ({ key: `L${i}`, label: `L${i}`, count: i + 2, ongoing: i % 2, runsOn: 1, firstRow: 0 }));
  const bins: TimelineBin[] = lanes.flatMap((lane, i) => [
    { lane: lane.key, laneIndex: i, month: '2024-01', start: JAN, end: FEB, count: i + 1 },
    { lane: lane.key, laneIndex: i, month: '2024-02', start: FEB, end: MAR, count: 1 },
  ]);
  return {
    laneKind: 'region', mode: 'bins', lanes, items: [], bins,
    yearUnknown: { items: [], bins: [], lanes: [], laneBins: [], unplaced: 0 },
    domain: { min: JAN, max: MAR }, asOfEdge: null, asOfTime: FEB, undated: 0,
  };
}

const label = (n: number) => `其他（${n} 个地区）`;

describe('charts/timeline-fold', () => {
  it('the small timeline keeps ten lanes, or six when the year-unknown strip takes part of its height', () => {
    const model = binnedModel(30);
    expect(compactMaxLanes(model)).toBe(COMPACT_MAX_LANES);
    const unknownBin = { lane: 'L0', laneIndex: 0, month: '2024-01', start: JAN, end: FEB, count: 3 };
    expect(compactMaxLanes({ ...model, yearUnknown: { ...model.yearUnknown, bins: [unknownBin] } })).toBe(COMPACT_MAX_LANES_WITH_UNKNOWN);
    const withItems = { ...model, yearUnknown: { ...model.yearUnknown, items: binnedModel(1).items.concat([{} as never]) } };
    expect(compactMaxLanes(withItems)).toBe(COMPACT_MAX_LANES_WITH_UNKNOWN);
    expect(COMPACT_MAX_LANES_WITH_UNKNOWN).toBeLessThan(COMPACT_MAX_LANES);
  });

  it('leaves a model that fits, or one drawn one row per task, as it is', () => {
    const model = binnedModel(4);
    expect(foldTimelineLanes(model, 4, label)).toEqual({ model, folded: [] });
    const items = { ...binnedModel(20), mode: 'items' as const };
    expect(foldTimelineLanes(items, 4, label).model).toBe(items);
  });

  it('keeps the max − 1 largest lanes in their order and sums the rest month by month into one last lane, every total kept', () => {
    const model = binnedModel(12);
    const { model: folded, folded: keys } = foldTimelineLanes(model, 4, label);
    expect(folded.lanes.map((lane) => lane.key)).toEqual(['L9', 'L10', 'L11', FOLDED_LANE_KEY]);
    expect(keys).toEqual(['L0', 'L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L7', 'L8']);
    const other = folded.lanes[3]!;
    expect(other.label).toBe('其他（9 个地区）');
    expect(other.count).toBe(model.lanes.slice(0, 9).reduce((s, l) => s + l.count, 0));
    expect(other.ongoing).toBe(model.lanes.slice(0, 9).reduce((s, l) => s + l.ongoing, 0));
    const otherBins = folded.bins.filter((bin) => bin.laneIndex === 3);
    expect(otherBins.map((bin) => [bin.month, bin.count, bin.lane])).toEqual([['2024-01', 45, FOLDED_LANE_KEY], ['2024-02', 9, FOLDED_LANE_KEY]]);
    // kept lanes' bins point at their new rows
    expect(folded.bins.filter((bin) => bin.lane === 'L11').map((bin) => bin.laneIndex)).toEqual([2, 2]);
    const total = (m: TimelineModel) => m.bins.reduce((s, bin) => s + bin.count, 0);
    expect(total(folded)).toBe(total(model));
    // the input is not changed
    expect(model.lanes).toHaveLength(12);
  });

  it('the compact chart of a folded model draws max rows, the last one labelled with the folded count', () => {
    const { model } = foldTimelineLanes(binnedModel(30), 10, label);
    const option = buildTimelineOption(model, { lang: 'zh', compact: true });
    const yAxis = (Array.isArray(option.yAxis) ? option.yAxis[0] : option.yAxis) as { data: string[]; axisLabel: { formatter: (value: string, index: number) => string } };
    expect(yAxis.data).toHaveLength(10);
    expect(yAxis.axisLabel.formatter(yAxis.data[9]!, 9)).toContain('21 个地区');
  });
});
