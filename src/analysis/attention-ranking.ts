import { DUE_SOON_DAYS } from './deadline-status.ts';
import { DAY_MS, isoDayToTime } from './iso-day.ts';
import type { TaskRow } from './task-row.ts';

/** One bar of a wall ranking: a region, or a unit within its region. */
export interface RankedEntry {
  /** Stable identity: the region, or region + U+0000 + unit name (a unit is its name within its region). */
  key: string;
  /** What the bar is labelled with: the region, or the unit's name. */
  name: string;
  region: string;
  /** Distinct tasks whose deadline has passed. */
  passed: number;
  /** Distinct tasks due within the soon window (as-of day included). */
  dueSoon: number;
  /** Distinct tasks in total. */
  total: number;
}

export interface RankingOptions {
  soonDays?: number;
}

/** The key that keeps same-name units of different regions apart. */
export function unitKey(region: string, name: string): string {
  return `${region}\u0000${name}`;
}

/**
 * Ranks regions by the tasks that need attention (passed + due soon), then by all tasks, then by name.
 * Regions with nothing that needs attention are listed too, after the others, so every region in view appears.
 */
export function rankRegions(rows: readonly TaskRow[], asOf: string, options: RankingOptions = {}): RankedEntry[] {
  const entries = new Map<string, RankedEntry>();
  const classify = classifier(asOf, options.soonDays ?? DUE_SOON_DAYS);
  for (const row of rows) {
    let entry = entries.get(row.region);
    if (entry === undefined) {
      entry = { key: row.region, name: row.region, region: row.region, passed: 0, dueSoon: 0, total: 0 };
      entries.set(row.region, entry);
    }
    count(entry, classify(row.dueTime));
  }
  return [...entries.values()].sort(byAttention);
}

/**
 * Ranks the units that lead or are responsible for tasks (supporting units and collective units such as 各有关单位
 * are left out), each unit keyed by its region and name so 汕尾市's and 东莞市's 市政务服务数据管理局 stay apart;
 * a unit named twice in one task counts the task once.
 */
export function rankUnits(rows: readonly TaskRow[], asOf: string, options: RankingOptions = {}): RankedEntry[] {
  const entries = new Map<string, RankedEntry>();
  const classify = classifier(asOf, options.soonDays ?? DUE_SOON_DAYS);
  for (const row of rows) {
    const status = classify(row.dueTime);
    const seen = new Set<string>();
    for (const unit of row.task.units) {
      if (unit.role === 'support' || unit.collective === true) continue;
      const key = unitKey(row.region, unit.name);
      if (seen.has(key)) continue;
      seen.add(key);
      let entry = entries.get(key);
      if (entry === undefined) {
        entry = { key, name: unit.name, region: row.region, passed: 0, dueSoon: 0, total: 0 };
        entries.set(key, entry);
      }
      count(entry, status);
    }
  }
  return [...entries.values()].sort(byAttention);
}

type Status = 'passed' | 'dueSoon' | null;

function classifier(asOf: string, soonDays: number): (dueTime: number) => Status {
  const asOfTime = isoDayToTime(asOf);
  const soon = soonDays * DAY_MS;
  return (dueTime) => {
    if (dueTime !== dueTime || asOfTime !== asOfTime) return null;
    if (dueTime < asOfTime) return 'passed';
    return dueTime - asOfTime <= soon ? 'dueSoon' : null;
  };
}

function count(entry: RankedEntry, status: Status): void {
  entry.total++;
  if (status === 'passed') entry.passed++;
  else if (status === 'dueSoon') entry.dueSoon++;
}

function byAttention(a: RankedEntry, b: RankedEntry): number {
  const need = b.passed + b.dueSoon - (a.passed + a.dueSoon);
  if (need !== 0) return need;
  if (a.total !== b.total) return b.total - a.total;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.region < b.region ? -1 : a.region > b.region ? 1 : 0;
}
