import type { TaskRow } from './task-row.ts';
import { formatMonthIndex } from './month-keys.ts';

/** Tasks due per month and region; counts[r][m] is regions[r] in months[m]. */
export interface DeadlineDensity {
  /** Every month from the earliest to the latest due date, "YYYY-MM". */
  months: string[];
  /** Regions in first-seen order. */
  regions: string[];
  counts: number[][];
  /** Sum over regions per month. */
  totals: number[];
}

/** Counts tasks with a due date per due month and region; undated tasks (ongoing only, year unknown) are left out. */
export function deadlinesByMonth(rows: readonly TaskRow[]): DeadlineDensity {
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < rows.length; i++) {
    const month = rows[i]!.dueMonth;
    if (month < first) first = month;
    if (month > last) last = month;
  }
  if (first > last) return { months: [], regions: [], counts: [], totals: [] };
  const span = last - first + 1;
  const regionIndex = new Map<string, number>();
  const counts: number[][] = [];
  const totals = new Array<number>(span).fill(0);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (row.dueMonth !== row.dueMonth) continue;
    let r = regionIndex.get(row.region);
    if (r === undefined) {
      r = counts.length;
      regionIndex.set(row.region, r);
      counts.push(new Array<number>(span).fill(0));
    }
    counts[r]![row.dueMonth - first]!++;
    totals[row.dueMonth - first]!++;
  }
  const months = Array.from({ length: span }, (_, m) => formatMonthIndex(first + m)!);
  return { months, regions: [...regionIndex.keys()], counts, totals };
}
