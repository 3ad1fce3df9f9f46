import type { TaskProgress } from './progress-status.ts';
import { rowUnits } from './row-units.ts';
import type { TaskRow } from './task-row.ts';

export interface RemindableUnit {
  /** Unit key (unit-identity.ts), what `remind=` takes. */
  key: string;
  /** Red and amber tasks the unit leads, is responsible for or supports. */
  count: number;
}

/**
 * The units a 催办单 can be sent to: every unit named on a red or amber task in any role (a
 * supporting unit too, though the 红黄榜 ranks only lead and responsible units), most such tasks
 * first, then by key.
 */
export function remindableUnits(rows: readonly TaskRow[], progress: ReadonlyMap<string, TaskProgress>): RemindableUnit[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const p = progress.get(row.task.id);
    if (p === undefined || (p.rag !== 'red' && p.rag !== 'amber')) continue;
    for (const { key } of rowUnits(row, { support: true })) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
