import { progressRates, type ProgressRates } from './progress-rates.ts';
import type { TaskProgress } from './progress-status.ts';
import type { TaskRow } from './task-row.ts';
import { rowUnits } from './row-units.ts';
import { unitLabel } from './unit-identity.ts';

export interface ProgressRankRow extends ProgressRates {
  /** What filters and the 催办单 link take: the unit key ("region/name", or the bare name of a province-level unit), or the region. */
  key: string;
  /** How the row is shown: the unit's name, "name（region）" when several regions are in view; the region's name. */
  name: string;
}

/**
 * 红黄榜: units (those leading or responsible for a task) or regions with their counts and rates,
 * most red first, then most amber, then lowest completion rate, then name; only those with at
 * least one reported task. A unit is its name within its region (unit-identity.ts): 汕尾市's and
 * 东莞市's 市政务服务数据管理局 are two rows, a province-level unit is one row across regions.
 */
export function progressRanking(rows: readonly TaskRow[], progress: ReadonlyMap<string, TaskProgress>, by: 'unit' | 'region'): ProgressRankRow[] {
  const groups = new Map<string, { name: string; items: TaskProgress[] }>();
  const add = (key: string, name: () => string, p: TaskProgress) => {
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { name: name(), items: [p] });
    else group.items.push(p);
  };
  const manyRegions = new Set(rows.map((r) => r.region)).size > 1;
  for (const row of rows) {
    const p = progress.get(row.task.id);
    if (p === undefined) continue;
    if (by === 'region') add(row.region, () => row.region, p);
    else
      for (const { key, identity } of rowUnits(row, { support: false })) add(key, () => unitLabel(identity, manyRegions), p);
  }
  const ranked: ProgressRankRow[] = [];
  for (const [key, { name, items }] of groups) {
    const rates = progressRates(items);
    if (rates.reported > 0) ranked.push({ key, name, ...rates });
  }
  return ranked.sort(
    (a, b) =>
      b.red - a.red ||
      b.amber - a.amber ||
      (a.completionRate ?? 0) - (b.completionRate ?? 0) ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}
