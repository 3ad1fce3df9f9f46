import type { TaskRow } from '../../analysis/task-row.ts';

/** A zoomed time window of the timeline, UTC ms, both ends inclusive. */
export interface TimeWindow {
  from: number;
  to: number;
}

/**
 * Picks the rows a zoomed timeline window shows: tasks due inside it, year-unknown and undated tasks (drawn apart),
 * then ongoing-only tasks that started by its end while the total stays within maxItems; an empty window gives them only.
 */
export function rowsInTimeWindow(rows: readonly TaskRow[], window: TimeWindow, maxItems = 3000): TaskRow[] {
  const picked: TaskRow[] = [];
  const ongoing: TaskRow[] = [];
  let dated = 0;
  for (const row of rows) {
    if (row.dueTime === row.dueTime) {
      if (row.dueTime >= window.from && row.dueTime <= window.to) {
        picked.push(row);
        dated++;
      }
    } else if (row.task.deadline.ongoing && row.task.deadline.due === null) {
      if (!(row.planStartTime > window.to)) ongoing.push(row);
    } else {
      picked.push(row);
    }
  }
  // ongoing-only rows would tip a narrow window back into monthly bins, so they come in only while there is room
  return dated + ongoing.length <= maxItems ? [...picked, ...ongoing] : picked;
}

/** Reads the time window of an ECharts dataZoom state ({ startValue, endValue } in ms); null when absent or not finite. */
export function timeWindowOf(zoom: { startValue?: unknown; endValue?: unknown } | undefined): TimeWindow | null {
  const from = Number(zoom?.startValue);
  const to = Number(zoom?.endValue);
  return Number.isFinite(from) && Number.isFinite(to) && from < to ? { from, to } : null;
}
