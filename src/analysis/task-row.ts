import type { Dataset, Task } from '../model/schema.ts';
import { isoDayToTime } from './iso-day.ts';
import { monthIndex } from './month-keys.ts';
import { buildTaskTable, type TaskTable } from './task-table.ts';
import { NO_ALIASES, type AliasLookup } from './unit-identity.ts';

/** One task with what every view needs precomputed once at load time. */
export interface TaskRow {
  task: Task;
  datasetId: string;
  region: string;
  /** dataset.published, else Jan 1 of planPeriod's first year, else null. */
  planStart: string | null;
  /** Date.UTC of planStart, NaN when null. */
  planStartTime: number;
  /** Date.UTC of deadline.due, NaN when null. */
  dueTime: number;
  /** Month index of deadline.due (year * 12 + month - 1, see month-keys.ts), NaN when null: cheap monthly binning. */
  dueMonth: number;
  /**
   * Lower-cased no, path, title, text, unitsRaw, unit names, deadline.raw, indicator metrics and region, joined by "\n".
   * Built on first read and kept (not enumerable, like `table`): a province's rows would otherwise copy every task
   * text once more at load, for a search nobody may type.
   */
  readonly searchText: string;
  /** Position in the list toTaskRows returned (the row's slot in `table`). */
  index: number;
  /** The column store of every row toTaskRows returned with this one; inherited, not an own property, so rows print and compare as plain data. */
  readonly table: TaskTable;
}

/** Returns the plan's start: the dataset's publication date, else Jan 1 of the first year in planPeriod ("2021—2022" → 2021-01-01), else null. */
export function planStartOf(dataset: Pick<Dataset, 'published' | 'planPeriod'>): string | null {
  if (dataset.published !== null) return dataset.published;
  const year = dataset.planPeriod?.match(/\d{4}/)?.[0];
  return year === undefined ? null : `${year}-01-01`;
}

/** Builds the search text of one task in one region: every printed field, lower-cased. */
export function searchTextOf(task: Task, region: string): string {
  const parts: string[] = [task.no ?? '', ...task.path, task.title ?? '', task.text, task.unitsRaw];
  for (const unit of task.units) parts.push(unit.name);
  parts.push(task.deadline.raw);
  for (const indicator of task.indicators) parts.push(indicator.metric);
  parts.push(region);
  return parts.join('\n').toLowerCase();
}

/**
 * Flattens datasets into one row per task, in dataset then task order, and builds their column store (see task-table.ts),
 * units keyed by identity (region + name, after the alias table); never throws on valid datasets.
 */
export function toTaskRows(datasets: readonly Dataset[], aliases: AliasLookup = NO_ALIASES): TaskRow[] {
  // every row inherits `table` from one prototype: set once, after the rows exist, and invisible to equality and printing
  const shared = Object.defineProperty({}, 'searchText', {
    get(this: TaskRow) {
      const value = searchTextOf(this.task, this.region);
      Object.defineProperty(this, 'searchText', { value, enumerable: false });
      return value;
    },
  });
  const rows: TaskRow[] = [];
  for (const dataset of datasets) {
    const planStart = planStartOf(dataset);
    const planStartTime = isoDayToTime(planStart);
    for (const task of dataset.tasks) {
      const row = Object.create(shared) as Omit<TaskRow, 'table' | 'searchText'>;
      row.task = task;
      row.datasetId = dataset.id;
      row.region = dataset.region;
      row.planStart = planStart;
      row.planStartTime = planStartTime;
      row.dueTime = isoDayToTime(task.deadline.due);
      row.dueMonth = task.deadline.due === null ? NaN : monthIndex(task.deadline.due.slice(0, 7));
      row.index = rows.length;
      rows.push(row as TaskRow);
    }
  }
  Object.defineProperty(shared, 'table', { value: buildTaskTable(rows, aliases), enumerable: false });
  return rows;
}
