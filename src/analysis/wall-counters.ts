import { DAY_MS, isoDayToTime } from './iso-day.ts';
import { unitKey } from './attention-ranking.ts';
import type { TaskRow } from './task-row.ts';

/** The wall's row of counters. */
export interface WallCounters {
  tasks: number;
  regions: number;
  /** Distinct units, a unit being its name within its region; collective units (各有关单位 …) not counted. */
  units: number;
  /** Tasks due from the as-of day to 30 / 90 days after it (each includes the shorter window). */
  due30: number;
  due90: number;
  /** Tasks whose due date lies before the as-of day. */
  passed: number;
}

/** Counts the wall's headline numbers at the ISO as-of date; rows without a due date count only in tasks, regions and units. */
export function wallCounters(rows: readonly TaskRow[], asOf: string): WallCounters {
  const asOfTime = isoDayToTime(asOf);
  const regions = new Set<string>();
  const units = new Set<string>();
  let due30 = 0;
  let due90 = 0;
  let passed = 0;
  for (const row of rows) {
    regions.add(row.region);
    for (const unit of row.task.units) if (unit.collective !== true) units.add(unitKey(row.region, unit.name));
    const due = row.dueTime;
    if (due !== due || asOfTime !== asOfTime) continue;
    if (due < asOfTime) passed++;
    else {
      const days = (due - asOfTime) / DAY_MS;
      if (days <= 30) due30++;
      if (days <= 90) due90++;
    }
  }
  return { tasks: rows.length, regions: regions.size, units: units.size, due30, due90, passed };
}
