import { formatMonthIndex, monthIndex } from './month-keys.ts';
import type { TaskRow } from './task-row.ts';

/** Tasks due in each of the months from the as-of month on, and what lies outside that window. */
export interface DeadlinesAhead {
  /** "YYYY-MM" keys, the as-of month first. */
  months: string[];
  /** Tasks due in each month (the as-of month counts its whole month, days before the as-of day included). */
  counts: number[];
  /** Tasks due before the as-of month. */
  before: number;
  /** Tasks due after the last month shown. */
  after: number;
  /** The latest due month of any task ("YYYY-MM"), null when no task has a due date. */
  lastDue: string | null;
}

/** Counts due dates by month over `months` months starting at the as-of month. */
export function deadlinesAhead(rows: readonly TaskRow[], asOf: string, months = 12): DeadlinesAhead {
  const first = monthIndex(asOf.slice(0, 7));
  const counts = new Array<number>(months).fill(0);
  let before = 0;
  let after = 0;
  let last = -Infinity;
  for (const row of rows) {
    const m = row.dueMonth;
    if (m !== m) continue;
    if (m > last) last = m;
    if (m < first) before++;
    else if (m >= first + months) after++;
    else counts[m - first]!++;
  }
  const keys = Array.from({ length: months }, (_, i) => formatMonthIndex(first + i) ?? '');
  return { months: keys, counts, before, after, lastDue: Number.isFinite(last) ? formatMonthIndex(last) : null };
}
