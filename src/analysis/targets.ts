import type { Comparator } from '../model/schema.ts';
import { INDICATOR_CATEGORIES, OTHER_CATEGORY } from '../model/indicator-categories.ts';
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

/** Lists every indicator of the rows as a target point, in row order. */
export function targetPoints(rows: readonly TaskRow[]): TargetPoint[] {
  const points: TargetPoint[] = [];
  for (const row of rows) {
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
    }
  }
  return points;
}

/** Groups the rows' targets by indicator category (in the fixed category list's order, unknown ones after by name); tasks without indicators add nothing. */
export function targetsByCategory(rows: readonly TaskRow[]): TargetCategory[] {
  const byCategory = new Map<string, TargetPoint[]>();
  for (const point of targetPoints(rows)) {
    let list = byCategory.get(point.category);
    if (list === undefined) {
      list = [];
      byCategory.set(point.category, list);
    }
    list.push(point);
  }
  return sortCategories([...byCategory.keys()]).map((category) => {
    const points = byCategory.get(category)!;
    const units = new Map<string, TargetPoint[]>();
    for (const point of points) {
      if (point.unit === '%') continue;
      let list = units.get(point.unit);
      if (list === undefined) {
        list = [];
        units.set(point.unit, list);
      }
      list.push(point);
    }
    return {
      category,
      regions: [...new Set(points.map((point) => point.region))],
      percent: points.filter((point) => point.unit === '%'),
      counts: [...units].map(([unit, list]) => ({ unit, points: list })).sort((a, b) => b.points.length - a.points.length || compare(a.unit, b.unit)),
    };
  });
}

/** Builds the category × region matrix of targets (categories in the fixed list's order, regions first-seen); no targets gives empty lists. */
export function targetMatrix(rows: readonly TaskRow[]): TargetMatrix {
  const points = targetPoints(rows);
  const regions = [...new Set(points.map((point) => point.region))];
  const categories = sortCategories([...new Set(points.map((point) => point.category))]);
  const categoryIndex = new Map(categories.map((category, i) => [category, i]));
  const regionIndex = new Map(regions.map((region, i) => [region, i]));
  const cells = new Map<string, TargetMatrixCell>();
  for (const point of points) {
    const c = categoryIndex.get(point.category)!;
    const r = regionIndex.get(point.region)!;
    const key = `${c}:${r}`;
    let cell = cells.get(key);
    if (cell === undefined) {
      cell = { category: point.category, region: point.region, categoryIndex: c, regionIndex: r, points: [] };
      cells.set(key, cell);
    }
    cell.points.push(point);
  }
  const list = [...cells.values()].sort((a, b) => a.categoryIndex - b.categoryIndex || a.regionIndex - b.regionIndex);
  for (const cell of list) cell.points.sort((a, b) => Number(b.unit === '%') - Number(a.unit === '%'));
  return { categories, regions, cells: list };
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
