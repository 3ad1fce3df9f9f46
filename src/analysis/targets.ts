import type { Comparator } from '../model/schema.ts';
import { INDICATOR_CATEGORIES, OTHER_CATEGORY } from '../model/indicator-categories.ts';
import { createMemoCache, memoised } from './memoised.ts';
import { selectRows, type RowSelection } from './select-rows.ts';
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

function pointStoreOf(table: TaskTable): PointStore {
  let store = stores.get(table);
  if (store !== undefined) return store;
  const points: TargetPoint[] = [];
  const start = new Int32Array(table.rows.length + 1);
  const category: number[] = [];
  const region: number[] = [];
  const percent: number[] = [];
  const unit: number[] = [];
  const units = createDictionary();
  table.rows.forEach((row, i) => {
    for (const indicator of row.task.indicators) {
      points.push({
        taskId: row.task.id,
        region: row.region,
        metric: indicator.metric,
        category: indicator.category,
        comparator: indicator.comparator,
        value: indicator.value,
        unit: indicator.unit,
        due: indicator.due ?? row.task.deadline.due,
      });
      category.push(table.categories.ids.get(indicator.category)!);
      region.push(table.region[i]!);
      percent.push(indicator.unit === '%' ? 1 : 0);
      unit.push(intern(units, indicator.unit));
    }
    start[i + 1] = points.length;
  });
  store = {
    points, start, units,
    category: Int32Array.from(category), region: Int32Array.from(region), percent: Uint8Array.from(percent), unit: Int32Array.from(unit),
  };
  stores.set(table, store);
  return store;
}

/** Calls visit with each point index of the selected rows, in row order. */
function forEachPoint({ table, ids }: RowSelection, store: PointStore, visit: (p: number) => void): void {
  const start = store.start;
  for (let k = 0; k < ids.length; k++) {
    const i = ids[k]!;
    for (let p = start[i]!, end = start[i + 1]!; p < end; p++) visit(p);
  }
}

const pointsCache = createMemoCache<TargetPoint[]>();
const categoriesCache = createMemoCache<TargetCategory[]>();
const matrixCache = createMemoCache<TargetMatrix>();

/** Lists every indicator of the rows as a target point, in row order (point objects are made once per row and shared). */
export function targetPoints(rows: readonly TaskRow[]): TargetPoint[] {
  return memoised(pointsCache, rows, '', () => {
    const selection = selectRows(rows);
    const store = pointStoreOf(selection.table);
    const points: TargetPoint[] = [];
    forEachPoint(selection, store, (p) => { points.push(store.points[p]!); });
    return points;
  });
}

/** Groups the rows' targets by indicator category (in the fixed category list's order, unknown ones after by name); tasks without indicators add nothing. */
export function targetsByCategory(rows: readonly TaskRow[]): TargetCategory[] {
  return memoised(categoriesCache, rows, '', () => {
    const selection = selectRows(rows);
    const { table } = selection;
    const store = pointStoreOf(table);
    const byCategory: (number[] | undefined)[] = [];
    forEachPoint(selection, store, (p) => { (byCategory[store.category[p]!] ??= []).push(p); });
    const present: string[] = [];
    byCategory.forEach((list, c) => { if (list !== undefined) present.push(table.categories.names[c]!); });
    const seenRegion = new Int32Array(table.regions.names.length).fill(-1);
    return sortCategories(present).map((category, position) => {
      const list = byCategory[table.categories.ids.get(category)!]!;
      const regions: string[] = [];
      const percent: TargetPoint[] = [];
      const byUnit = new Map<number, TargetPoint[]>();
      for (const p of list) {
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
    const regionSlot = new Int32Array(regionCount).fill(-1);
    const regionOrder: number[] = [];
    const categoryPresent = new Uint8Array(table.categories.names.length);
    // per cell (category id × region id): percentages and the rest apart, so percentages come first without a sort
    // a dense array over category × region (tens × hundreds of slots) rather than a map: one index per point
    const cells = new Array<{ percent: TargetPoint[]; other: TargetPoint[] } | undefined>(table.categories.names.length * regionCount);
    const { start, region, category, percent, points } = store;
    const ids = selection.ids;
    for (let k = 0; k < ids.length; k++) {
      const i = ids[k]!;
      for (let p = start[i]!, end = start[i + 1]!; p < end; p++) {
        const r = region[p]!;
        const c = category[p]!;
        if (regionSlot[r]! < 0) {
          regionSlot[r] = regionOrder.length;
          regionOrder.push(r);
        }
        categoryPresent[c] = 1;
        const key = c * regionCount + r;
        let cell = cells[key];
        if (cell === undefined) {
          cell = { percent: [], other: [] };
          cells[key] = cell;
        }
        (percent[p] === 1 ? cell.percent : cell.other).push(points[p]!);
      }
    }
    const categories = sortCategories(table.categories.names.filter((_, c) => categoryPresent[c] === 1));
    const regions = regionOrder.map((r) => table.regions.names[r]!);
    const list: TargetMatrixCell[] = [];
    categories.forEach((category, categoryIndex) => {
      const c = table.categories.ids.get(category)!;
      regionOrder.forEach((r, regionIndex) => {
        const cell = cells[c * regionCount + r];
        if (cell === undefined) return;
        const points = cell.other.length === 0 ? cell.percent : cell.percent.concat(cell.other);
        list.push({ category, region: regions[regionIndex]!, categoryIndex, regionIndex, points });
      });
    });
    return { categories, regions, cells: list };
  });
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
