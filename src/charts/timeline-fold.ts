import type { TimelineBin, TimelineLane, TimelineModel } from '../analysis/timeline-items.ts';
import { drawsYearUnknownStrip } from './timeline.ts';

/**
 * The most lanes the overview's small timeline draws. Its plot is about 160 px high: past ten lanes the rows shrink
 * below a label's height and the labels print over each other (a province's 200 regions drew as one black smear).
 */
export const COMPACT_MAX_LANES = 10;

/**
 * The most lanes when the year-unknown strip sits under the small timeline: the plot then keeps about 100 px, and ten
 * lanes of 10 px overprinted their labels (seen at 200,000 tasks, 2026-12-02); six get 16 px each.
 */
export const COMPACT_MAX_LANES_WITH_UNKNOWN = 6;

/** How many lanes the overview's small timeline can label without overlap, given whether it draws the year-unknown strip. */
export function compactMaxLanes(model: TimelineModel): number {
  return drawsYearUnknownStrip(model) ? COMPACT_MAX_LANES_WITH_UNKNOWN : COMPACT_MAX_LANES;
}

/** The key of the lane the folded lanes are drawn in; no data value starts with NUL (row keys use the same mark). */
export const FOLDED_LANE_KEY = '\u0000folded';

/** A model with its smallest lanes drawn as one, and the keys of the lanes so folded (in the model's lane order). */
export interface FoldedTimeline {
  model: TimelineModel;
  folded: string[];
}

/**
 * Monthly-count models with more than `max` lanes keep the max − 1 lanes with the most tasks (ties: the model's order)
 * and sum the rest, month by month, into one last lane keyed FOLDED_LANE_KEY and labelled `label(count of lanes)`;
 * nothing is dropped, every total stays. One-row-per-task models and models that fit are returned as they are.
 */
export function foldTimelineLanes(model: TimelineModel, max: number, label: (lanes: number) => string): FoldedTimeline {
  if (model.mode !== 'bins' || model.lanes.length <= max) return { model, folded: [] };
  const ranked = model.lanes.map((lane, index) => ({ lane, index })).sort((a, b) => b.lane.count - a.lane.count || a.index - b.index);
  const kept = new Set(ranked.slice(0, Math.max(0, max - 1)).map((entry) => entry.index));
  const newIndex = new Map<number, number>();
  const lanes: TimelineLane[] = [];
  const foldedLanes: TimelineLane[] = [];
  model.lanes.forEach((lane, index) => {
    if (kept.has(index)) {
      newIndex.set(index, lanes.length);
      lanes.push(lane);
    } else {
      foldedLanes.push(lane);
    }
  });
  const foldIndex = lanes.length;
  lanes.push({
    key: FOLDED_LANE_KEY,
    label: label(foldedLanes.length),
    count: sum(foldedLanes, (lane) => lane.count),
    ongoing: sum(foldedLanes, (lane) => lane.ongoing),
    runsOn: sum(foldedLanes, (lane) => lane.runsOn),
    firstRow: 0,
  });
  const bins: TimelineBin[] = [];
  const foldedByMonth = new Map<string, TimelineBin>();
  for (const bin of model.bins) {
    const index = newIndex.get(bin.laneIndex);
    if (index !== undefined) {
      bins.push({ ...bin, laneIndex: index });
      continue;
    }
    const month = foldedByMonth.get(bin.month);
    if (month === undefined) foldedByMonth.set(bin.month, { ...bin, lane: FOLDED_LANE_KEY, laneIndex: foldIndex });
    else month.count += bin.count;
  }
  bins.push(...[...foldedByMonth.values()].sort((a, b) => a.start - b.start));
  return { model: { ...model, lanes, bins }, folded: foldedLanes.map((lane) => lane.key) };
}

function sum<T>(list: readonly T[], of: (item: T) => number): number {
  return list.reduce((total, item) => total + of(item), 0);
}
