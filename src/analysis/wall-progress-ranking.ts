import type { TaskProgress } from './progress-status.ts';
import type { TaskRow } from './task-row.ts';
import { unitIdentity, unitKey, type UnitIdentity } from './unit-identity.ts';

/** One bar of the wall's 红黄榜: a region, or a unit (its name within its region). */
export interface WallProgressEntry {
  /** The region, or the unit key (unit-identity.ts: "region/name", the bare name for a unit that is one body everywhere). */
  key: string;
  /** The region, or the unit's name. */
  name: string;
  /** The region; null for a unit that is one body across regions (省…, 国家…). */
  region: string | null;
  /** Distinct tasks 逾期未完成 (red) / 临期 or 滞后 and not done (amber) / done or on track (green). */
  red: number;
  amber: number;
  green: number;
  /** Distinct tasks with a report at or before the as-of date (不再推进 included). */
  reported: number;
  /** Distinct tasks in total. */
  total: number;
}

/**
 * Ranks regions, or units, by red count, then amber count, then name (then region), over the tasks that have a
 * progress status; only those with at least one reported task are listed. A unit is keyed by its identity —
 * the region it is printed in plus its normalised, aliased name (the rows' alias table) — so 汕尾市's and
 * 东莞市's 市政务服务数据管理局 are two bars; supporting and collective units are left out, and a unit named
 * twice in one task counts the task once.
 */
export function wallProgressRanking(rows: readonly TaskRow[], progress: ReadonlyMap<string, TaskProgress>, by: 'region' | 'unit'): WallProgressEntry[] {
  const entries = new Map<string, WallProgressEntry>();
  const add = (key: string, name: string, region: string | null, p: TaskProgress) => {
    let entry = entries.get(key);
    if (entry === undefined) {
      entry = { key, name, region, red: 0, amber: 0, green: 0, reported: 0, total: 0 };
      entries.set(key, entry);
    }
    entry.total++;
    if (p.state !== 'unreported') entry.reported++;
    if (p.rag === 'red') entry.red++;
    else if (p.rag === 'amber') entry.amber++;
    else if (p.rag === 'green') entry.green++;
  };
  for (const row of rows) {
    const p = progress.get(row.task.id);
    if (p === undefined) continue;
    if (by === 'region') {
      add(row.region, row.region, row.region, p);
      continue;
    }
    const aliases = row.table?.aliases;
    const seen = new Set<string>();
    for (const unit of row.task.units) {
      if (unit.role === 'support' || unit.collective === true) continue;
      const identity: UnitIdentity = unitIdentity(row.region, unit.name, aliases);
      const key = unitKey(identity);
      if (seen.has(key)) continue;
      seen.add(key);
      add(key, identity.name, identity.region, p);
    }
  }
  return [...entries.values()].filter((e) => e.reported > 0).sort(byRedThenAmber);
}

function byRedThenAmber(a: WallProgressEntry, b: WallProgressEntry): number {
  if (a.red !== b.red) return b.red - a.red;
  if (a.amber !== b.amber) return b.amber - a.amber;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  const ra = a.region ?? '';
  const rb = b.region ?? '';
  return ra < rb ? -1 : ra > rb ? 1 : 0;
}
