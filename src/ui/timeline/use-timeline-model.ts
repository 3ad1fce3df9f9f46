import { useMemo } from 'react';
import type { TimelineModel } from '../../analysis/timeline-items.ts';
import { timelineItems } from '../../analysis/timeline-items.ts';
import { timelineRowMode, zoomedRowMode, type TimelineRowMode } from '../../charts/timeline-lane-fit.ts';
import type { AppState } from '../../state/app-state.ts';
import { rowsInTimeWindow, type TimeWindow } from './timeline-window.ts';
import type { ViewProps } from '../view-props.ts';

/** The timeline a view draws: the model, the zoom window it opens on and how its lanes are drawn. */
export interface TimelineShown {
  model: TimelineModel;
  /** The URL's zoom window (null: the whole time span; always null for the compact chart). */
  zoomWindow: TimeWindow | null;
  /** True when the model was recomputed for the tasks inside the zoom window. */
  zoomed: boolean;
  /** 'items' one row per task, 'months' one row per lane of monthly counts. */
  shown: TimelineRowMode;
  /** One row per task was asked for but there are too many tasks to draw singly (monthly counts instead). */
  tooMany: boolean;
}

/**
 * Picks the timeline to draw. The overview's compact chart always shows monthly counts (one row per lane). The full
 * chart follows `rows=` in the link, else timelineRowMode: one row per task when every lane fits readably, else the
 * whole-lanes overview of monthly counts. Zooming an overview into a time window recomputes it for the tasks inside
 * the window, so single tasks appear once they fit, or once the window is narrower than a few months (zoomedRowMode).
 * `enabled` false skips the work (a parent already picked).
 */
export function useTimelineModel({ state, filtered, asOf }: Pick<ViewProps, 'state' | 'filtered' | 'asOf'>, compact: boolean, enabled = true): TimelineShown | null {
  const { lane, rows: preference } = state;
  const zoomWindow = useMemo(() => (compact ? null : windowOfZoom(state.zoom)), [compact, state.zoom]);
  const full = useMemo(
    () => (!enabled ? null : compact ? timelineItems(filtered, lane, asOf, { maxItems: 0 }) : pick(filtered, lane, asOf, preference)),
    [enabled, compact, filtered, lane, asOf, preference],
  );
  const zoomed = useMemo(
    () => (full !== null && zoomWindow !== null && full.mode === 'bins' && preference !== 'months' ? pick(rowsInTimeWindow(filtered, zoomWindow), lane, asOf, preference, zoomWindow) : null),
    [full, zoomWindow, filtered, lane, asOf, preference],
  );
  return useMemo(() => {
    if (full === null) return null;
    const model = zoomed ?? full;
    const shown: TimelineRowMode = model.mode === 'bins' ? 'months' : 'items';
    return { model, zoomWindow, zoomed: zoomed !== null, shown, tooMany: preference === 'items' && shown === 'months' };
  }, [full, zoomed, zoomWindow, preference]);
}

// one row per task when the link, the fit or a narrow zoom window says so, else monthly counts per lane (maxItems 0 bins every task)
function pick(rows: ViewProps['filtered'], lane: AppState['lane'], asOf: string, preference: AppState['rows'], window?: TimeWindow): TimelineModel {
  const items = timelineItems(rows, lane, asOf);
  const mode = window === undefined ? timelineRowMode(items, preference) : zoomedRowMode(items, preference, window);
  return mode === 'items' ? items : timelineItems(rows, lane, asOf, { maxItems: 0 });
}

function windowOfZoom(zoom: AppState['zoom']): TimeWindow | null {
  if (zoom === null) return null;
  const from = Date.parse(`${zoom.from}T00:00:00Z`);
  const to = Date.parse(`${zoom.to}T00:00:00Z`);
  return Number.isFinite(from) && Number.isFinite(to) && from < to ? { from, to } : null;
}
