import { progressRates, type ProgressRates } from './progress-rates.ts';
import type { TaskProgress } from './progress-status.ts';
import type { TaskRow } from './task-row.ts';

export interface ProgressRankRow extends ProgressRates {
  name: string;
}

/**
 * 红黄榜: units (those leading or responsible for a task) or regions with their counts and rates,
 * most red first, then most amber, then lowest completion rate, then name; only names with at
 * least one reported task.
 */
export function progressRanking(rows: readonly TaskRow[], progress: ReadonlyMap<string, TaskProgress>, by: 'unit' | 'region'): ProgressRankRow[] {
  const groups = new Map<string, TaskProgress[]>();
  const add = (name: string, p: TaskProgress) => {
    const list = groups.get(name);
    if (list === undefined) groups.set(name, [p]);
    else list.push(p);
  };
  for (const row of rows) {
    const p = progress.get(row.task.id);
    if (p === undefined) continue;
    if (by === 'region') add(row.region, p);
    else for (const name of new Set(row.task.units.filter((u) => u.role !== 'support').map((u) => u.name))) add(name, p);
  }
  const ranked: ProgressRankRow[] = [];
  for (const [name, items] of groups) {
    const rates = progressRates(items);
    if (rates.reported > 0) ranked.push({ name, ...rates });
  }
  return ranked.sort(
    (a, b) =>
      b.red - a.red ||
      b.amber - a.amber ||
      (a.completionRate ?? 0) - (b.completionRate ?? 0) ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
}
