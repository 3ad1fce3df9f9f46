import type { Role } from '../model/schema.ts';
import type { DeadlineStatus, Filters } from './filters.ts';
import { deadlineStatusAt } from './deadline-status.ts';
import { isoDayToTime } from './iso-day.ts';
import type { TaskRow } from './task-row.ts';

/**
 * Returns the rows that pass every filter (fields AND-ed, values within one field OR-ed), in input order.
 * region: the row's region; section: any level of the path; unit (+ role): one unit with one of the
 * names holding one of the roles (role alone: any unit holding one of the roles); due: deadline.due in
 * the inclusive range (rows without a due date fail); status: deadlineStatus at asOf; category: any
 * indicator in one of the categories; q: every whitespace-separated term, lower-cased, occurs in
 * searchText. An invalid asOf makes every dated row fail a status filter; unknown values simply match nothing.
 */
export function filterTasks(rows: readonly TaskRow[], filters: Filters, asOf: string): TaskRow[] {
  const region = filters.region.length > 0 ? new Set(filters.region) : null;
  const section = filters.section.length > 0 ? new Set(filters.section) : null;
  const unit = filters.unit.length > 0 ? new Set(filters.unit) : null;
  const role: ReadonlySet<Role> | null = filters.role.length > 0 ? new Set(filters.role) : null;
  const status: ReadonlySet<DeadlineStatus> | null = filters.status.length > 0 ? new Set(filters.status) : null;
  const category = filters.category.length > 0 ? new Set(filters.category) : null;
  const terms = filters.q.toLowerCase().split(/\s+/).filter((term) => term !== '');
  const dueFrom = filters.due?.from ? isoDayToTime(filters.due.from) : -Infinity;
  const dueTo = filters.due?.to ? isoDayToTime(filters.due.to) : Infinity;
  const hasDue = filters.due !== null && (filters.due.from !== null || filters.due.to !== null);
  const asOfTime = isoDayToTime(asOf);
  if (!region && !section && !unit && !role && !status && !category && terms.length === 0 && !hasDue) return rows.slice();

  const out: TaskRow[] = [];
  rowLoop: for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    if (region !== null && !region.has(row.region)) continue;
    // NaN compares false both ways, so an undated row fails any due range
    if (hasDue && !(row.dueTime >= dueFrom && row.dueTime <= dueTo)) continue;
    const task = row.task;
    if (status !== null) {
      const s = deadlineStatusAt(task.deadline, row.dueTime, asOfTime);
      if (s === null || !status.has(s)) continue;
    }
    if (section !== null && !someIn(task.path, section)) continue;
    if (unit !== null || role !== null) {
      let found = false;
      for (const u of task.units) {
        if ((unit === null || unit.has(u.name)) && (role === null || role.has(u.role))) {
          found = true;
          break;
        }
      }
      if (!found) continue;
    }
    if (category !== null) {
      let found = false;
      for (const indicator of task.indicators) {
        if (category.has(indicator.category)) {
          found = true;
          break;
        }
      }
      if (!found) continue;
    }
    for (let t = 0; t < terms.length; t++) if (!row.searchText.includes(terms[t]!)) continue rowLoop;
    out.push(row);
  }
  return out;
}

function someIn(values: readonly string[], set: ReadonlySet<string>): boolean {
  for (let i = 0; i < values.length; i++) if (set.has(values[i]!)) return true;
  return false;
}
