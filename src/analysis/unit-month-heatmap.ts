import type { TaskRow } from './task-row.ts';
import { formatMonthIndex } from './month-keys.ts';

/** Tasks due per unit and month; cells hold [monthIndex, unitIndex, count] for non-zero counts only. */
export interface UnitMonthHeatmap {
  /** Units, most dated tasks first, then by name. */
  units: string[];
  /** Every month from the earliest to the latest due date, "YYYY-MM". */
  months: string[];
  cells: [number, number, number][];
  /** Largest cell count (0 when empty). */
  max: number;
}

export interface UnitMonthHeatmapOptions {
  /** How many units to keep (the busiest by dated tasks). */
  topN: number;
  /** Keep collective units (各有关单位 …); default false. */
  includeCollective?: boolean;
}

/** Counts tasks with a due date per unit (any role, once per task) and due month, for the top N units; undated tasks are left out. */
export function unitMonthHeatmap(rows: readonly TaskRow[], options: UnitMonthHeatmapOptions): UnitMonthHeatmap {
  const byUnit = new Map<string, Map<number, number>>();
  const totals = new Map<string, number>();
  let first = Infinity;
  let last = -Infinity;
  for (const row of rows) {
    const month = row.dueMonth;
    if (month !== month) continue;
    if (month < first) first = month;
    if (month > last) last = month;
    const units = row.task.units;
    for (let i = 0; i < units.length; i++) {
      const unit = units[i]!;
      if (unit.collective === true && options.includeCollective !== true) continue;
      // a unit named twice in one task (two roles) counts once
      if (units.findIndex((other) => other.name === unit.name) !== i) continue;
      let months = byUnit.get(unit.name);
      if (months === undefined) {
        months = new Map();
        byUnit.set(unit.name, months);
      }
      months.set(month, (months.get(month) ?? 0) + 1);
      totals.set(unit.name, (totals.get(unit.name) ?? 0) + 1);
    }
  }
  const units = [...totals]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, Math.max(0, Math.floor(options.topN)))
    .map(([unit]) => unit);
  const months = first > last ? [] : Array.from({ length: last - first + 1 }, (_, m) => formatMonthIndex(first + m)!);
  const cells: [number, number, number][] = [];
  let max = 0;
  units.forEach((unit, u) => {
    for (const [month, count] of byUnit.get(unit)!) {
      cells.push([month - first, u, count]);
      if (count > max) max = count;
    }
  });
  cells.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
  return { units, months, cells, max };
}
