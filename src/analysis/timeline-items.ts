import type { Task } from '../model/schema.ts';
import type { DeadlineStatus } from './filters.ts';
import { deadlineStatusAt } from './deadline-status.ts';
import { DAY_MS, isoDayToTime } from './iso-day.ts';
import { formatMonthIndex } from './month-keys.ts';
import type { TaskRow } from './task-row.ts';

export type TimelineLaneKind = 'region' | 'section' | 'lead';

/** A lane and the block of rows its items occupy (items mode). `key` is what the lane's filter takes; '' = no value. */
export interface TimelineLane {
  key: string;
  /** Tasks in the lane (dated and ongoing-only). */
  count: number;
  /** Ongoing-only tasks in the lane (no due date). */
  ongoing: number;
  /** First row index of the lane in items mode (lanes follow each other). */
  firstRow: number;
}

/** One task drawn as a bar: times are UTC ms; for year-unknown items they lie in the nominal year 2000. */
export interface TimelineItem {
  taskId: string;
  lane: string;
  /** Row index, lanes one after another, within a lane by start then end. */
  row: number;
  /** Plan start, or the due date when the plan start is unknown or later (a point). */
  start: number;
  /** Due date; for ongoing-only tasks the domain's right end (the bar runs off the edge). */
  end: number;
  /** Ongoing: ongoing-only (no due date), or due date followed by "并长期推进". */
  ongoing: boolean;
  /** True only for items in the year-unknown lane. */
  yearUnknown: boolean;
  /** "MM-DD" as printed for year-unknown items, else deadline.monthDay. */
  monthDay: string | null;
  label: string;
  /** Deadline as printed, for the tooltip. */
  raw: string;
  status: DeadlineStatus | null;
}

/** Due counts per lane and month when there are too many tasks to draw one by one. */
export interface TimelineBin {
  lane: string;
  laneIndex: number;
  /** "YYYY-MM" (year-unknown bins: "MM"). */
  month: string;
  /** Month start and end (exclusive) in UTC ms; nominal year 2000 for year-unknown bins. */
  start: number;
  end: number;
  count: number;
}

export interface TimelineModel {
  laneKind: TimelineLaneKind;
  /** 'items': one bar per task; 'bins': per lane × month counts (more than maxItems dated tasks). */
  mode: 'items' | 'bins';
  lanes: TimelineLane[];
  items: TimelineItem[];
  bins: TimelineBin[];
  /** Tasks whose year is unknown, placed by month/day on the nominal year 2000 — never a real year. */
  yearUnknown: {
    items: TimelineItem[];
    bins: TimelineBin[];
    /** Year-unknown tasks with no month either ("X年底前" gives 12-31; a bare "X年" gives nothing): counted, not drawn. */
    unplaced: number;
  };
  /** Time extent of the dated lanes (plan starts, due dates and asOf), whole months. */
  domain: { min: number; max: number };
  asOfTime: number;
  /** Tasks with no usable deadline at all: counted, not drawn. */
  undated: number;
}

export interface TimelineItemsOptions {
  /** Above this many dated tasks the model switches to bins (default 3000). */
  maxItems?: number;
}

/** Nominal leap year for month/day-only placement, so 02-29 fits; the chart prints month and day only. */
export const NOMINAL_YEAR = 2000;

/**
 * Groups rows into timeline lanes and bars (or per lane × month bins beyond maxItems, so no more marks are drawn than a
 * screen can show), year-unknown tasks in their own lane; an invalid asOf gives status null everywhere.
 */
export function timelineItems(rows: readonly TaskRow[], lane: TimelineLaneKind, asOf: string, options: TimelineItemsOptions = {}): TimelineModel {
  const maxItems = options.maxItems ?? 3000;
  const asOfTime = isoDayToTime(asOf);
  let min = Number.isFinite(asOfTime) ? asOfTime : Infinity;
  let max = Number.isFinite(asOfTime) ? asOfTime : -Infinity;
  let undated = 0;
  let unplaced = 0;
  // pass 1, no allocation per row: each row's lane (or -1 undated, -2 year unknown), lane counts, the time domain
  const laneIndex = new Map<string, number>();
  const laneKeys: string[] = [];
  const laneCounts: number[] = [];
  const laneOngoing: number[] = [];
  const rowLane = new Int32Array(rows.length);
  let unknownCount = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const deadline = row.task.deadline;
    const dated = row.dueTime === row.dueTime;
    if (dated || (deadline.ongoing && deadline.due === null)) {
      const key = laneKey(row, lane);
      let l = laneIndex.get(key);
      if (l === undefined) {
        l = laneKeys.length;
        laneIndex.set(key, l);
        laneKeys.push(key);
        laneCounts.push(0);
        laneOngoing.push(0);
      }
      rowLane[i] = l;
      laneCounts[l]!++;
      if (!dated) laneOngoing[l]!++;
      const start = row.planStartTime;
      if (start < min) min = start;
      if (start > max) max = start;
      if (dated && row.dueTime > max) max = row.dueTime;
      if (dated && row.dueTime < min) min = row.dueTime;
    } else if (deadlineStatusAt(deadline, row.dueTime, asOfTime) === 'yearUnknown') {
      if (Number.isFinite(nominalTime(deadline.monthDay))) {
        rowLane[i] = -2;
        unknownCount++;
      } else {
        rowLane[i] = -3;
        unplaced++;
      }
    } else {
      rowLane[i] = -1;
      undated++;
    }
  }
  if (min > max) {
    min = Date.UTC(NOMINAL_YEAR, 0, 1);
    max = Date.UTC(NOMINAL_YEAR + 1, 0, 1);
  }
  const domain = { min: monthStart(min), max: monthStart(max + 31 * DAY_MS) };

  // lanes: first-seen order for regions and sections, biggest first for lead units
  const order = laneKeys.map((_, l) => l);
  if (lane === 'lead') order.sort((a, b) => laneCounts[b]! - laneCounts[a]! || compare(laneKeys[a]!, laneKeys[b]!));
  const position = new Int32Array(laneKeys.length);
  order.forEach((l, p) => { position[l] = p; });
  let datedCount = 0;
  for (const count of laneCounts) datedCount += count;
  const mode = datedCount > maxItems ? 'bins' : 'items';

  const lanes: TimelineLane[] = order.map((l) => ({ key: laneKeys[l]!, count: laneCounts[l]!, ongoing: laneOngoing[l]!, firstRow: 0 }));
  const items: TimelineItem[] = [];
  const bins: TimelineBin[] = [];
  const unknown: TimelineItem[] = [];
  const unknownByMonth = unknownCount > maxItems ? new Array<number>(12).fill(0) : null;

  if (mode === 'bins') {
    // pass 2 (bins): per lane × month counts of due dates; ongoing-only tasks are counted in lane.ongoing
    const byLane = laneKeys.map(() => new Map<number, number>());
    for (let i = 0; i < rows.length; i++) {
      const l = rowLane[i]!;
      const row = rows[i]!;
      if (l >= 0 && row.dueMonth === row.dueMonth) {
        const counts = byLane[l]!;
        counts.set(row.dueMonth, (counts.get(row.dueMonth) ?? 0) + 1);
      }
    }
    order.forEach((l, p) => {
      const months = [...byLane[l]!].sort((a, b) => a[0] - b[0]);
      for (const [month, count] of months) {
        const year = Math.floor(month / 12);
        const start = Date.UTC(year, month % 12, 1);
        bins.push({ lane: laneKeys[l]!, laneIndex: p, month: formatMonthIndex(month)!, start, end: Date.UTC(year, (month % 12) + 1, 1), count });
      }
    });
  }

  const perLane: TimelineItem[][] = mode === 'items' ? laneKeys.map(() => []) : [];
  for (let i = 0; i < rows.length; i++) {
    const l = rowLane[i]!;
    if (l === -1 || l === -3 || (l >= 0 && mode === 'bins')) continue;
    const row = rows[i]!;
    const task = row.task;
    const deadline = task.deadline;
    if (l === -2) {
      const time = nominalTime(deadline.monthDay);
      if (unknownByMonth !== null) {
        unknownByMonth[new Date(time).getUTCMonth()]!++;
        continue;
      }
      unknown.push({
        taskId: task.id, lane: '', row: 0, start: time, end: time, ongoing: deadline.ongoing, yearUnknown: true,
        monthDay: deadline.monthDay, label: labelOf(task), raw: deadline.raw, status: 'yearUnknown',
      });
      continue;
    }
    const dated = row.dueTime === row.dueTime;
    const end = dated ? row.dueTime : domain.max;
    const plan = row.planStartTime;
    // a plan start after the due date (deadline before publication) leaves a point at the due date
    const start = plan === plan && plan <= end ? plan : dated ? row.dueTime : domain.min;
    perLane[l]!.push({
      taskId: task.id, lane: laneKeys[l]!, row: 0, start, end, ongoing: deadline.ongoing, yearUnknown: false,
      monthDay: deadline.monthDay, label: labelOf(task), raw: deadline.raw,
      status: deadlineStatusAt(deadline, row.dueTime, asOfTime),
    });
  }
  if (mode === 'items') {
    order.forEach((l, p) => {
      const list = perLane[l]!;
      list.sort((a, b) => a.start - b.start || a.end - b.end || compare(a.taskId, b.taskId));
      lanes[p]!.firstRow = items.length;
      for (const item of list) {
        item.row = items.length;
        items.push(item);
      }
    });
  }

  unknown.sort((a, b) => a.start - b.start || compare(a.taskId, b.taskId));
  unknown.forEach((item, i) => { item.row = i; });
  const unknownBins: TimelineBin[] = [];
  unknownByMonth?.forEach((count, m) => {
    if (count > 0) {
      unknownBins.push({
        lane: '', laneIndex: 0, month: String(m + 1).padStart(2, '0'),
        start: Date.UTC(NOMINAL_YEAR, m, 1), end: Date.UTC(NOMINAL_YEAR, m + 1, 1), count,
      });
    }
  });

  return {
    laneKind: lane, mode, lanes, items, bins,
    yearUnknown: { items: unknown, bins: unknownBins, unplaced },
    domain, asOfTime, undated,
  };
}

function laneKey(row: TaskRow, lane: TimelineLaneKind): string {
  if (lane === 'region') return row.region;
  if (lane === 'section') return row.task.path[0] ?? '';
  // the first lead unit; a task with no lead falls back to its first unit of any role
  const units = row.task.units;
  return (units.find((unit) => unit.role === 'lead') ?? units[0])?.name ?? '';
}

function labelOf(task: Task): string {
  const name = task.title ?? (task.text.length > 40 ? `${task.text.slice(0, 40)}…` : task.text);
  return task.no === null ? name : `${task.no} ${name}`;
}

function nominalTime(monthDay: string | null): number {
  if (monthDay === null) return NaN;
  return isoDayToTime(`${NOMINAL_YEAR}-${monthDay}`);
}

function monthStart(time: number): number {
  const date = new Date(time);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
