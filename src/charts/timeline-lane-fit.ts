import type { TimelineModel } from '../analysis/timeline-items.ts';

/** The plot height (px) the timeline's lanes aim to fit in: with the view's header, a 1080p screen shows all of it. */
export const TIMELINE_PLOT_PX = 560;
/** A lane label's height: no lane is drawn narrower, so labels never overprint. */
export const LABEL_PX = 14;
/** Task rows shown before the user zooms or scrolls the row slider (one-row-per-task drawing that does not fit). */
export const VISIBLE_ROWS = 60;
/** The lowest task row height (px) at which a task's bar can still be told apart, hovered and clicked. */
export const READABLE_ROW_PX = 6;

/** How the full timeline draws its lanes: 'items' one row per task, 'months' one row per lane of monthly due counts. */
export type TimelineRowMode = 'items' | 'months';
/** What the URL asks for (`rows=items|months`); 'auto' lets timelineRowMode decide. */
export type TimelineRowPreference = 'auto' | TimelineRowMode;

/**
 * Rows of the items layout: each lane spans max(its tasks, the rows a label needs) display rows; the row height shrinks
 * (down to 3 px) so every lane fits TIMELINE_PLOT_PX when it can; beyond that the row slider pages (visible rows).
 */
export function laneRows(model: TimelineModel, compact = false): { rowPx: number; first: number[]; span: number[]; total: number; visible: number; displayRow: (item: { row: number; lane: string }) => number } {
  const counts = laneTaskRows(model);
  // the largest row height (12 px down to 3 px) at which every lane fits the plot
  let rowPx = 12;
  while (!compact && rowPx > 3 && rowsHeight(counts, rowPx) > TIMELINE_PLOT_PX) rowPx -= 0.5;
  const span = spansAt(counts, rowPx);
  const first: number[] = [];
  let at = 0;
  for (const n of span) {
    first.push(at);
    at += n;
  }
  const laneIndex = new Map(model.lanes.map((lane, i) => [lane.key, i]));
  return {
    rowPx, first, span, total: at,
    visible: Math.min(at, Math.max(VISIBLE_ROWS, Math.floor(TIMELINE_PLOT_PX / rowPx))),
    displayRow: (item) => {
      const l = laneIndex.get(item.lane) ?? 0;
      return first[l]! + item.row - model.lanes[l]!.firstRow;
    },
  };
}

/**
 * Whether one row per task shows every lane at once at a readable row height (READABLE_ROW_PX) within `plotPx`: each
 * lane takes its tasks' rows, or a label's height when it has fewer. A binned model (too many tasks to draw singly) never fits.
 */
export function taskRowsFit(model: TimelineModel, plotPx = TIMELINE_PLOT_PX): boolean {
  return model.mode === 'items' && rowsHeight(laneTaskRows(model), READABLE_ROW_PX) <= plotPx;
}

/**
 * The full timeline's drawing: what the link asks for, else one row per task when every lane fits readably
 * (taskRowsFit), else the whole-lanes overview of monthly counts. `model` is the one-row-per-task model (timelineItems
 * with its default maxItems); a model binned for its size is always drawn as months.
 */
export function timelineRowMode(model: TimelineModel, preference: TimelineRowPreference, plotPx = TIMELINE_PLOT_PX): TimelineRowMode {
  if (model.mode === 'bins' || preference === 'months') return 'months';
  if (preference === 'items') return 'items';
  return taskRowsFit(model, plotPx) ? 'items' : 'months';
}

/** A zoom window narrower than this (ms, about three months) holds too few months for monthly counts to say more than single tasks. */
export const NARROW_WINDOW_MS = 92 * 86_400_000;

/**
 * The drawing of a timeline recomputed for a zoom window (`model`: the window's tasks, one row per task): as
 * timelineRowMode, and one row per task also when the window is narrower than NARROW_WINDOW_MS — zoomed that far,
 * the user asks for single tasks, and a month's cell would fill the plot — with the row slider if they do not fit.
 */
export function zoomedRowMode(model: TimelineModel, preference: TimelineRowPreference, window: { from: number; to: number }, plotPx = TIMELINE_PLOT_PX): TimelineRowMode {
  if (model.mode === 'items' && preference !== 'months' && window.to - window.from < NARROW_WINDOW_MS) return 'items';
  return timelineRowMode(model, preference, plotPx);
}

/** The lowest and highest lane height (px) of the monthly overview: a cell with its count stays readable, a few lanes stay compact. */
export const OVERVIEW_LANE_PX = { min: 18, max: 32 } as const;
/** The monthly overview's plot grows to this height (px) before its row slider pages lanes. */
export const OVERVIEW_MAX_PX = 720;

/**
 * The monthly overview's lanes: the height of each (as many as fit TIMELINE_PLOT_PX, within OVERVIEW_LANE_PX) and how
 * many are shown at once (all of them up to OVERVIEW_MAX_PX; beyond, the row slider pages).
 */
export function overviewLanes(laneCount: number): { lanePx: number; visible: number } {
  const lanePx = Math.max(OVERVIEW_LANE_PX.min, Math.min(OVERVIEW_LANE_PX.max, Math.floor(TIMELINE_PLOT_PX / Math.max(1, laneCount))));
  return { lanePx, visible: Math.min(laneCount, Math.floor(OVERVIEW_MAX_PX / lanePx)) };
}

// tasks per lane (dated and ongoing-only), from the lanes' first rows
function laneTaskRows(model: TimelineModel): number[] {
  return model.lanes.map((lane, i) => (i + 1 < model.lanes.length ? model.lanes[i + 1]!.firstRow : model.items.length) - lane.firstRow);
}

function spansAt(counts: readonly number[], rowPx: number): number[] {
  return counts.map((n) => Math.max(n, Math.ceil(LABEL_PX / rowPx)));
}

function rowsHeight(counts: readonly number[], rowPx: number): number {
  return spansAt(counts, rowPx).reduce((sum, n) => sum + n, 0) * rowPx;
}
