import type { Task } from '../model/schema.ts';
import type { DeadlineStatus } from './filters.ts';
import { deadlineStatusAt } from './deadline-status.ts';
import { DAY_MS, isoDayToTime } from './iso-day.ts';
import { formatMonthIndex } from './month-keys.ts';
import { createMemoCache, memoised } from './memoised.ts';
import { scratchInt32 } from './scratch-buffers.ts';
import { selectRows } from './select-rows.ts';
import { registerTableWarmer } from './table-warmers.ts';
import type { Dictionary, TaskTable } from './task-table.ts';
import type { TaskRow } from './task-row.ts';
import { unitLabel } from './unit-identity.ts';

export type TimelineLaneKind = 'region' | 'section' | 'lead';

/** A lane and the block of rows its items occupy (items mode). `key` is what the lane's filter takes; '' = no value. */
export interface TimelineLane {
  key: string;
  /** How the lane is named: the key, except lead-unit lanes, named by the unit's label (with its region when several are shown). */
  label: string;
  /** Tasks in the lane (dated and ongoing-only). */
  count: number;
  /** Ongoing-only tasks in the lane (no due date). */
  ongoing: number;
  /** Tasks that run on past the chart's right edge: ongoing-only, or due and then "并长期推进" (the lane's ongoing arrow counts them). */
  runsOn: number;
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
    /**
     * Binned only: the year-unknown tasks' lanes (by the lane kind's value, e.g. their lead unit; '' = none), ordered as
     * the dated lanes are, and their per lane × month counts (laneIndex into these lanes, not the dated ones).
     */
    lanes: Pick<TimelineLane, 'key' | 'label' | 'count'>[];
    laneBins: TimelineBin[];
    /** Year-unknown tasks with no month either ("X年底前" gives 12-31; a bare "X年" gives nothing): counted, not drawn. */
    unplaced: number;
  };
  /** Time extent of the dated lanes (plan starts, due dates, and asOf when near them), whole months. */
  domain: { min: number; max: number };
  /** Where asOf lies when it is far outside the data (drawn as an edge marker); null when it is inside the domain (or invalid). */
  asOfEdge: 'before' | 'after' | null;
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
  return memoised(cache, rows, `${lane}|${asOf}|${maxItems}`, () => buildTimeline(rows, lane, asOf, maxItems));
}

const cache = createMemoCache<TimelineModel>();

function buildTimeline(rows: readonly TaskRow[], lane: TimelineLaneKind, asOf: string, maxItems: number): TimelineModel {
  const { table, ids } = selectRows(rows);
  const { dueMonth } = table;
  const unknownMonth = unknownMonths(table);
  const asOfTime = isoDayToTime(asOf);
  // pass 1, no allocation per row: each row's lane (or -1 undated, -2 year unknown, -3 unplaced), lane counts, the time domain
  const dictionary = lane === 'region' ? table.regions : lane === 'section' ? table.sections : table.units;
  // a row with no lane value goes to the lane of '' (the same lane as a value printed as '', should one exist)
  const noValue = dictionary.ids.get('') ?? dictionary.names.length;
  const pass = assignLanes(table, ids, laneKeyIds(table, lane), table.ongoing, unknownMonth, dictionary, noValue);
  const { rowLane, unknownKey, unknownCount, undated, unplaced, firstMonth, lastMonth, laneKeys, laneCounts, laneOngoing, laneRunsOn } = pass;
  let { min, max } = pass;
  // the axis spans the data; the as-of date joins it when near (within a quarter of the span), else the chart marks it at the edge
  let asOfEdge: TimelineModel['asOfEdge'] = null;
  if (Number.isFinite(asOfTime)) {
    if (min > max) {
      min = asOfTime;
      max = asOfTime;
    } else {
      const reach = Math.max(0.25 * (max - min), 92 * DAY_MS);
      if (asOfTime > max + reach) asOfEdge = 'after';
      else if (asOfTime < min - reach) asOfEdge = 'before';
      else {
        min = Math.min(min, asOfTime);
        max = Math.max(max, asOfTime);
      }
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
  let datedCount = 0;
  for (let l = 0; l < laneCounts.length; l++) datedCount += laneCounts[l]!;
  const mode = datedCount > maxItems ? 'bins' : 'items';

  let manyRegions = false;
  for (let k = 1; k < ids.length && !manyRegions; k++) manyRegions = table.region[ids[k]!] !== table.region[ids[0]!];
  const laneLabel = (l: number): string => labelOfKey(laneKeys[l]!);
  const labelOfKey = (key: string): string => {
    if (lane !== 'lead' || key === '') return key;
    const id = table.units.ids.get(key);
    return id === undefined ? key : unitLabel(table.unitIdentities[id]!, manyRegions);
  };
  const lanes: TimelineLane[] = order.map((l) => ({ key: laneKeys[l]!, label: laneLabel(l), count: laneCounts[l]!, ongoing: laneOngoing[l]!, runsOn: laneRunsOn[l]!, firstRow: 0 }));
  const items: TimelineItem[] = [];
  const bins: TimelineBin[] = [];
  const unknown: TimelineItem[] = [];
  const unknownByMonth = unknownCount > maxItems ? new Array<number>(12).fill(0) : null;
  // binned: year-unknown counts per lane value × month (12 per lane), in first-seen order of the values
  const unknownLaneOf = new Map<number, number>();
  const unknownLaneIds: number[] = [];
  const unknownLaneMonths: number[][] = [];

  if (mode === 'bins' && firstMonth <= lastMonth) {
    // pass 2 (bins): per lane × month counts of due dates; ongoing-only tasks are counted in lane.ongoing
    const span = lastMonth - firstMonth + 1;
    const counts = binCounts(laneKeys.length, span);
    countLaneMonths(rowLane, ids, dueMonth, counts, span, firstMonth);
    // each month's key and bounds once, not once per lane
    const keys: string[] = [];
    const bounds: number[] = [];
    for (let m = 0; m <= span; m++) {
      const month = firstMonth + m;
      keys.push(formatMonthIndex(month)!);
      bounds.push(Date.UTC(Math.floor(month / 12), month % 12, 1));
    }
    order.forEach((l, p) => {
      for (let m = 0; m < span; m++) {
        const count = counts.get(l * span + m);
        if (count !== 0) bins.push({ lane: laneKeys[l]!, laneIndex: p, month: keys[m]!, start: bounds[m]!, end: bounds[m + 1]!, count });
      }
    });
  }

  const perLane: TimelineItem[][] = mode === 'items' ? laneKeys.map(() => []) : [];
  // binned with no year-unknown task placed, no row gives an item: skip the walk over every selected row
  const rowsWithItems = mode === 'items' || unknownCount > 0 ? rows.length : 0;
  for (let i = 0; i < rowsWithItems; i++) {
    const l = rowLane[i]!;
    if (l === -1 || l === -3 || (l >= 0 && mode === 'bins')) continue;
    const row = rows[i]!;
    const task = row.task;
    const deadline = task.deadline;
    if (l === -2) {
      if (unknownByMonth !== null) {
        const month = unknownMonth[ids[i]!]!;
        unknownByMonth[month]!++;
        const id = unknownKey[i]!;
        let u = unknownLaneOf.get(id);
        if (u === undefined) {
          u = unknownLaneIds.length;
          unknownLaneOf.set(id, u);
          unknownLaneIds.push(id);
          unknownLaneMonths.push(new Array<number>(12).fill(0));
        }
        unknownLaneMonths[u]![month]!++;
        continue;
      }
      const time = nominalTime(deadline.monthDay);
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

  // the per-lane strip: lanes ordered as the dated ones (biggest first for lead units), months as the strip's bins
  const unknownKeyOf = (id: number): string => (id === noValue ? '' : dictionary.names[id] ?? '');
  const unknownOrder = unknownLaneIds.map((_, u) => u);
  const unknownTotal = (u: number) => unknownLaneMonths[u]!.reduce((sum, n) => sum + n, 0);
  if (lane === 'lead') unknownOrder.sort((a, b) => unknownTotal(b) - unknownTotal(a) || compare(unknownKeyOf(unknownLaneIds[a]!), unknownKeyOf(unknownLaneIds[b]!)));
  const unknownLanes = unknownOrder.map((u) => {
    const key = unknownKeyOf(unknownLaneIds[u]!);
    return { key, label: labelOfKey(key), count: unknownTotal(u) };
  });
  const unknownLaneBins: TimelineBin[] = [];
  unknownOrder.forEach((u, p) => {
    unknownLaneMonths[u]!.forEach((count, m) => {
      if (count > 0) {
        unknownLaneBins.push({
          lane: unknownLanes[p]!.key, laneIndex: p, month: String(m + 1).padStart(2, '0'),
          start: Date.UTC(NOMINAL_YEAR, m, 1), end: Date.UTC(NOMINAL_YEAR, m + 1, 1), count,
        });
      }
    });
  });

  return {
    laneKind: lane, mode, lanes, items, bins,
    yearUnknown: { items: unknown, bins: unknownBins, lanes: unknownLanes, laneBins: unknownLaneBins, unplaced },
    domain, asOfTime, asOfEdge, undated,
  };
}

/** What pass 1 of the timeline finds: each selected row's lane, the lanes in first-seen order with their counts, the time extent. */
interface LanePass {
  /** Per selected row (the first ids.length entries; a reused buffer): its lane, or -1 undated, -2 year unknown (placed), -3 year unknown with no month. */
  rowLane: Int32Array;
  /** Per year-unknown row (a reused buffer, like rowLane): its lane value's id (or noValue). */
  unknownKey: Int32Array;
  unknownCount: number;
  undated: number;
  unplaced: number;
  min: number;
  max: number;
  firstMonth: number;
  lastMonth: number;
  laneKeys: string[];
  laneCounts: number[];
  laneOngoing: number[];
  laneRunsOn: number[];
}

const UNKNOWN_COUNT = 0;
const UNDATED = 1;
const UNPLACED = 2;
const MIN = 3;
const MAX = 4;
const FIRST_MONTH = 5;
const LAST_MONTH = 6;

function assignLanes(table: TaskTable, ids: Int32Array, keyIdOf: Int32Array, runsOn: Uint8Array, unknownMonth: Int8Array, dictionary: Dictionary, noValue: number): LanePass {
  const pass: LanePass = {
    // per-row working lists, read only by buildTimeline before it returns: reused from one call to the next
    rowLane: scratchInt32(table, 'timeline rowLane', ids.length), unknownKey: scratchInt32(table, 'timeline unknownKey', ids.length), unknownCount: 0, undated: 0, unplaced: 0,
    min: Infinity, max: -Infinity, firstMonth: Infinity, lastMonth: -Infinity, laneKeys: [], laneCounts: [], laneOngoing: [], laneRunsOn: [],
  };
  const scalars = new Float64Array(7);
  scanLanes(table, ids, keyIdOf, runsOn, unknownMonth, dictionary, noValue, pass.rowLane, pass.unknownKey, pass.laneKeys, pass.laneCounts, pass.laneOngoing, pass.laneRunsOn, scalars);
  pass.unknownCount = scalars[UNKNOWN_COUNT]!;
  pass.undated = scalars[UNDATED]!;
  pass.unplaced = scalars[UNPLACED]!;
  pass.min = scalars[MIN]!;
  pass.max = scalars[MAX]!;
  pass.firstMonth = scalars[FIRST_MONTH]!;
  pass.lastMonth = scalars[LAST_MONTH]!;
  return pass;
}

// pass 1 on the columns only, its results written to arrays the caller made. A function of its own with nothing after
// its loop but stores into a typed array: inside the long buildTimeline the optimised loop was thrown away at every
// step (at the first line after it that had not run yet, or when an object it filled changed shape), and the loop then
// ran unoptimised, boxing a number per column read
function scanLanes(
  table: TaskTable, ids: Int32Array, keyIdOf: Int32Array, runsOn: Uint8Array, unknownMonth: Int8Array, dictionary: Dictionary, noValue: number,
  rowLane: Int32Array, unknownKey: Int32Array, laneKeys: string[], laneCounts: number[], laneOngoing: number[], laneRunsOn: number[], scalars: Float64Array,
): void {
  const { dueTime, dueMonth, planStartTime, fixedStatus } = table;
  let min = Infinity;
  let max = -Infinity;
  let firstMonth = Infinity;
  let lastMonth = -Infinity;
  let undated = 0;
  let unplaced = 0;
  let unknownCount = 0;
  const laneOf = scratchInt32(table, 'timeline laneOf', dictionary.names.length + 1).fill(-1, 0, dictionary.names.length + 1);
  for (let k = 0; k < ids.length; k++) {
    const i = ids[k]!;
    const due = dueTime[i]!;
    const dated = due === due;
    const status = fixedStatus[i]!;
    // undated rows: code 3 is 'ongoing' (ongoing only), code 4 'yearUnknown' (see deadlineStatusAt)
    if (dated || status === 3) {
      const keyId = keyIdOf[i]!;
      const id = keyId < 0 ? noValue : keyId;
      let l = laneOf[id]!;
      if (l < 0) {
        l = laneKeys.length;
        laneOf[id] = l;
        laneKeys.push(keyId < 0 ? '' : dictionary.names[keyId]!);
        laneCounts.push(0);
        laneOngoing.push(0);
        laneRunsOn.push(0);
      }
      rowLane[k] = l;
      laneCounts[l]!++;
      if (runsOn[i] === 1) laneRunsOn[l]!++;
      const start = planStartTime[i]!;
      if (start < min) min = start;
      if (start > max) max = start;
      if (dated) {
        if (due > max) max = due;
        if (due < min) min = due;
        const month = dueMonth[i]!;
        if (month < firstMonth) firstMonth = month;
        if (month > lastMonth) lastMonth = month;
      } else {
        laneOngoing[l]!++;
      }
    } else if (status === 4) {
      if (unknownMonth[i]! >= 0) {
        rowLane[k] = -2;
        const keyId = keyIdOf[i]!;
        unknownKey[k] = keyId < 0 ? noValue : keyId;
        unknownCount++;
      } else {
        rowLane[k] = -3;
        unplaced++;
      }
    } else {
      rowLane[k] = -1;
      undated++;
    }
  }
  scalars[UNKNOWN_COUNT] = unknownCount;
  scalars[UNDATED] = undated;
  scalars[UNPLACED] = unplaced;
  scalars[MIN] = min;
  scalars[MAX] = max;
  scalars[FIRST_MONTH] = firstMonth;
  scalars[LAST_MONTH] = lastMonth;
}

// pass 2 of the binned drawing: per lane × month counts of due dates (ongoing-only tasks are counted in lane.ongoing)
function countLaneMonths(rowLane: Int32Array, ids: Int32Array, dueMonth: Float64Array, counts: { add(key: number): void }, span: number, firstMonth: number): void {
  for (let k = 0; k < ids.length; k++) {
    const l = rowLane[k]!;
    const month = dueMonth[ids[k]!]!;
    if (l >= 0 && month === month) counts.add(l * span + month - firstMonth);
  }
}

// the month (0–11) a year-unknown row is drawn in on the nominal year, -1 for none (no month, or not year-unknown);
// a column made on first use, so the timeline reads no task object for these rows
function unknownMonths(table: TaskTable): Int8Array {
  let months = nominalMonths.get(table);
  if (months === undefined) {
    months = new Int8Array(table.rows.length).fill(-1);
    for (let i = 0; i < months.length; i++) {
      if (table.fixedStatus[i] !== 4 || table.dueTime[i] === table.dueTime[i]) continue;
      const time = nominalTime(table.rows[i]!.task.deadline.monthDay);
      if (Number.isFinite(time)) months[i] = new Date(time).getUTCMonth();
    }
    nominalMonths.set(table, months);
  }
  return months;
}

const nominalMonths = new WeakMap<TaskTable, Int8Array>();

// each row's lane value as an id into the lane kind's dictionary, -1 for none: the region, the outermost section, or
// the first lead unit (a task with no lead falls back to its first unit of any role)
function laneKeyIds(table: TaskTable, lane: TimelineLaneKind): Int32Array {
  if (lane === 'region') return table.region;
  if (lane === 'lead') return table.lead;
  let ids = outermostSections.get(table);
  if (ids === undefined) {
    ids = new Int32Array(table.region.length);
    for (let i = 0; i < ids.length; i++) ids[i] = table.sectionStart[i]! < table.sectionStart[i + 1]! ? table.sectionId[table.sectionStart[i]!]! : -1;
    outermostSections.set(table, ids);
  }
  return ids;
}

const outermostSections = new WeakMap<TaskTable, Int32Array>();

// the year-unknown months are read off task objects: built in slices after a load, not in the timeline's first
// render (table-warmers.ts)
registerTableWarmer(function* warmUnknownMonths(table: TaskTable) {
  unknownMonths(table);
});

/** Counts by small integer key: a flat array while lanes × months stays small, else a map (thousands of lead lanes over decades). */
function binCounts(lanes: number, span: number): { add(key: number): void; get(key: number): number } {
  if (lanes * span <= 1 << 22) {
    const counts = new Int32Array(lanes * span);
    return { add: (key) => { counts[key]!++; }, get: (key) => counts[key]! };
  }
  const counts = new Map<number, number>();
  return { add: (key) => { counts.set(key, (counts.get(key) ?? 0) + 1); }, get: (key) => counts.get(key) ?? 0 };
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
