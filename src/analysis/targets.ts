import type { Comparator } from '../model/schema.ts';
import { INDICATOR_CATEGORIES, OTHER_CATEGORY } from '../model/indicator-categories.ts';
import { createMemoCache, memoised } from './memoised.ts';
import { scratchInt32 } from './scratch-buffers.ts';
import { selectRows } from './select-rows.ts';
import { runToEnd, type Steps } from './steps.ts';
import { registerTableWarmer } from './table-warmers.ts';
import { createDictionary, intern, type Dictionary, type TaskTable } from './task-table.ts';
import type { TaskRow } from './task-row.ts';

/** One quantitative target with where it comes from. */
export interface TargetPoint {
  taskId: string;
  region: string;
  metric: string;
  category: string;
  comparator: Comparator;
  value: number;
  unit: string;
  /** The value's own date (indicator.due), else the task's due date, else null. */
  due: string | null;
}

/** The targets of one indicator category: percentages together, counts grouped by their unit. */
export interface TargetCategory {
  category: string;
  /** Regions with a target in this category, in first-seen order. */
  regions: string[];
  /** unit "%": comparable on one axis. */
  percent: TargetPoint[];
  /** Other units, each its own group (件, 个, 天 …), most targets first. */
  counts: { unit: string; points: TargetPoint[] }[];
}

/** One cell of the category × region matrix: every target of the category in the region, percentages first. */
export interface TargetMatrixCell {
  category: string;
  region: string;
  categoryIndex: number;
  regionIndex: number;
  points: TargetPoint[];
}

export interface TargetMatrix {
  categories: string[];
  regions: string[];
  /** Only non-empty cells, by category then region. */
  cells: TargetMatrixCell[];
}

/** The target points of every row of a table, made once: row i's are points[start[i]] … points[start[i + 1] - 1]. */
interface PointStore {
  points: TargetPoint[];
  start: Int32Array;
  /** Per point: its category's id in table.categories, its region's id, 1 for unit "%", its unit's id in units. */
  category: Int32Array;
  region: Int32Array;
  percent: Uint8Array;
  unit: Int32Array;
  units: Dictionary;
}

const stores = new WeakMap<TaskTable, PointStore>();

/** Rows whose indicators become points between two pauses of pointStoreSteps. */
const ROWS_PER_STEP = 8192;

function pointStoreOf(table: TaskTable): PointStore {
  return runToEnd(pointStoreSteps(table));
}

/** Builds (once) and keeps the table's point store, pausing every few thousand rows (see steps.ts). */
function* pointStoreSteps(table: TaskTable): Steps<PointStore> {
  let store = stores.get(table);
  if (store !== undefined) return store;
  const { rows } = table;
  let total = 0;
  for (let i = 0; i < rows.length; i++) total += table.indicators[i]!;
  const points: TargetPoint[] = new Array(total);
  const start = new Int32Array(rows.length + 1);
  const category = new Int32Array(total);
  const region = new Int32Array(total);
  const percent = new Uint8Array(total);
  const unit = new Int32Array(total);
  const units = createDictionary();
  const regionNames = table.regions.names;
  let p = 0;
  for (let i = 0; i < rows.length; i++) {
    if (i % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield;
    const task = rows[i]!.task;
    const regionId = table.region[i]!;
    for (const indicator of task.indicators) {
      points[p] = {
        taskId: task.id,
        region: regionNames[regionId]!,
        metric: indicator.metric,
        category: indicator.category,
        comparator: indicator.comparator,
        value: indicator.value,
        unit: indicator.unit,
        due: indicator.due ?? task.deadline.due,
      };
      category[p] = table.categories.ids.get(indicator.category)!;
      region[p] = regionId;
      percent[p] = indicator.unit === '%' ? 1 : 0;
      unit[p] = intern(units, indicator.unit);
      p++;
    }
    start[i + 1] = p;
  }
  store = { points, start, units, category, region, percent, unit };
  stores.set(table, store);
  return store;
}

// built in slices after a load, not in the targets' first render (table-warmers.ts)
registerTableWarmer(pointStoreSteps);

const pointsCache = createMemoCache<TargetPoint[]>();
const categoriesCache = createMemoCache<TargetCategory[]>();
const matrixCache = createMemoCache<TargetMatrix>();

/** Lists every indicator of the rows as a target point, in row order (point objects are made once per row and shared). */
export function targetPoints(rows: readonly TaskRow[]): TargetPoint[] {
  return memoised(pointsCache, rows, '', () => {
    const selection = selectRows(rows);
    const { points: all, start } = pointStoreOf(selection.table);
    const ids = selection.ids;
    const points: TargetPoint[] = [];
    for (let k = 0; k < ids.length; k++) {
      const i = ids[k]!;
      for (let p = start[i]!, end = start[i + 1]!; p < end; p++) points.push(all[p]!);
    }
    return points;
  });
}

/** Groups the rows' targets by indicator category (in the fixed category list's order, unknown ones after by name); tasks without indicators add nothing. */
export function targetsByCategory(rows: readonly TaskRow[]): TargetCategory[] {
  return memoised(categoriesCache, rows, '', () => {
    const selection = selectRows(rows);
    const { table } = selection;
    const store = pointStoreOf(table);
    const categoryCount = table.categories.names.length;
    // the selection's points grouped by category, row order kept within each (a counting sort on the columns)
    const { order, start: groupStart } = groupPoints(table, selection.ids, store.start, store.category, categoryCount);
    const present: string[] = [];
    for (let c = 0; c < categoryCount; c++) if (groupStart[c + 1]! > groupStart[c]!) present.push(table.categories.names[c]!);
    const seenRegion = new Int32Array(table.regions.names.length).fill(-1);
    return sortCategories(present).map((category, position) => {
      const c = table.categories.ids.get(category)!;
      const regions: string[] = [];
      const percent: TargetPoint[] = [];
      const byUnit = new Map<number, TargetPoint[]>();
      for (let g = groupStart[c]!, end = groupStart[c + 1]!; g < end; g++) {
        const p = order[g]!;
        const r = store.region[p]!;
        if (seenRegion[r] !== position) {
          seenRegion[r] = position;
          regions.push(table.regions.names[r]!);
        }
        const point = store.points[p]!;
        if (store.percent[p] === 1) {
          percent.push(point);
          continue;
        }
        const u = store.unit[p]!;
        const points = byUnit.get(u);
        if (points === undefined) byUnit.set(u, [point]);
        else points.push(point);
      }
      const counts = [...byUnit].map(([u, points]) => ({ unit: store.units.names[u]!, points }));
      counts.sort((a, b) => b.points.length - a.points.length || compare(a.unit, b.unit));
      return { category, regions, percent, counts };
    });
  });
}

/** Builds the category × region matrix of targets (categories in the fixed list's order, regions first-seen); no targets gives empty lists. */
export function targetMatrix(rows: readonly TaskRow[]): TargetMatrix {
  return memoised(matrixCache, rows, '', () => {
    const selection = selectRows(rows);
    const { table } = selection;
    const store = pointStoreOf(table);
    const regionCount = table.regions.names.length;
    const regionOrder = firstSeenRegions(selection.ids, store.start, store.region, regionCount);
    // per cell (category id × region id) its points, percentages first and row order within each: a counting sort over
    // the keys (category × regions + region) × 2 + (1 unless %), so every cell's list is one slice, made at its size
    const { order, start: groupStart } = groupPoints(table, selection.ids, store.start, cellKeysOf(store, regionCount), table.categories.names.length * regionCount * 2);
    const categoryPresent = new Uint8Array(table.categories.names.length);
    for (let c = 0; c < categoryPresent.length; c++) categoryPresent[c] = groupStart[(c + 1) * regionCount * 2]! > groupStart[c * regionCount * 2]! ? 1 : 0;
    const categories = sortCategories(table.categories.names.filter((_, c) => categoryPresent[c] === 1));
    const regions = Array.from(regionOrder, (r) => table.regions.names[r]!);
    const list: TargetMatrixCell[] = [];
    const points = store.points;
    categories.forEach((category, categoryIndex) => {
      const c = table.categories.ids.get(category)!;
      regionOrder.forEach((r, regionIndex) => {
        const key = (c * regionCount + r) * 2;
        const from = groupStart[key]!;
        const to = groupStart[key + 2]!;
        if (from === to) return;
        const cellPoints = new Array<TargetPoint>(to - from);
        for (let g = from; g < to; g++) cellPoints[g - from] = points[order[g]!]!;
        list.push({ category, region: regions[regionIndex]!, categoryIndex, regionIndex, points: cellPoints });
      });
    });
    return { categories, regions, cells: list };
  });
}

/**
 * The selection's point indices grouped by key, in row order within each group (a stable counting sort): group g is
 * order[start[g]] … order[start[g + 1] - 1]; order is a buffer reused per table, longer than the points: read it at once.
 * Typed arrays only, in a function of its own so its loops stay optimised from one filter step to the next.
 */
function groupPoints(table: TaskTable, ids: Int32Array, pointStart: Int32Array, keyOf: Int32Array, groups: number): { order: Int32Array; start: Int32Array } {
  const start = new Int32Array(groups + 1);
  let total = 0;
  for (let k = 0; k < ids.length; k++) {
    const i = ids[k]!;
    for (let p = pointStart[i]!, end = pointStart[i + 1]!; p < end; p++) start[keyOf[p]! + 1]!++;
    total += pointStart[i + 1]! - pointStart[i]!;
  }
  for (let g = 0; g < groups; g++) start[g + 1]! += start[g]!;
  const next = start.slice(0, groups);
  // read by the caller before it returns (targetsByCategory and targetMatrix never run inside each other): a buffer reused per table
  const order = scratchInt32(table, 'targets order', total);
  for (let k = 0; k < ids.length; k++) {
    const i = ids[k]!;
    for (let p = pointStart[i]!, end = pointStart[i + 1]!; p < end; p++) order[next[keyOf[p]!]!++] = p;
  }
  return { order, start };
}

/** The regions of the selection's points (rows without points do not count), in first-seen order. */
function firstSeenRegions(ids: Int32Array, pointStart: Int32Array, region: Int32Array, regionCount: number): number[] {
  const seen = new Uint8Array(regionCount);
  const order: number[] = [];
  for (let k = 0; k < ids.length; k++) {
    const i = ids[k]!;
    for (let p = pointStart[i]!, end = pointStart[i + 1]!; p < end; p++) {
      const r = region[p]!;
      if (seen[r] === 0) {
        seen[r] = 1;
        order.push(r);
      }
    }
  }
  return order;
}

const cellKeys = new WeakMap<PointStore, Int32Array>();

/** Each point's matrix key, (category × regions + region) × 2 + (0 for a percentage, else 1); made once per table. */
function cellKeysOf(store: PointStore, regionCount: number): Int32Array {
  let keys = cellKeys.get(store);
  if (keys === undefined) {
    keys = new Int32Array(store.points.length);
    for (let p = 0; p < keys.length; p++) keys[p] = (store.category[p]! * regionCount + store.region[p]!) * 2 + (store.percent[p] === 1 ? 0 : 1);
    cellKeys.set(store, keys);
  }
  return keys;
}

const CATEGORY_ORDER = new Map(INDICATOR_CATEGORIES.map((category, i) => [category.zh, i]));

function sortCategories(categories: string[]): string[] {
  return categories.sort((a, b) => {
    const ia = rank(a);
    const ib = rank(b);
    return ia === ib ? compare(a, b) : ia - ib;
  });
}

// the fixed list first, then names outside it, then 其他 last
function rank(category: string): number {
  if (category === OTHER_CATEGORY.zh) return 2e9;
  return CATEGORY_ORDER.get(category) ?? 1e9;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
