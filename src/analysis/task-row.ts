import type { Dataset, Task } from '../model/schema.ts';
import { isoDayToTime } from './iso-day.ts';
import { monthIndex } from './month-keys.ts';
import { runToEnd, type Steps } from './steps.ts';
import { createTaskTableBuilder, type TaskTable } from './task-table.ts';
import { NO_ALIASES, type AliasLookup } from './unit-identity.ts';

/**
 * One task with what every view needs precomputed once at load time. Rows from toTaskRows hold only `task` and
 * `index` as own properties and read the rest from their column store, so `{ ...row }` keeps just those two: a copy
 * names the fields it needs.
 */
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
 *
 * A row object holds only its task and index: every other field is read from the column store through getters on
 * the rows' shared prototype (not own properties, so rows print and compare as their task and index). A province
 * loads 200,000 rows, and each own field — two of them boxed numbers — was an allocation the garbage collector then
 * had to walk. Due dates are parsed once per distinct string.
 */
export function toTaskRows(datasets: readonly Dataset[], aliases: AliasLookup = NO_ALIASES): TaskRow[] {
  return runToEnd(taskRowSteps(datasets, aliases));
}

/** Tasks added between two pauses of taskRowSteps: a few milliseconds of work on an office PC. */
const TASKS_PER_STEP = 4096;

/**
 * toTaskRows as steps: the generator pauses (yields) after every few thousand tasks, at a dataset's end, and returns
 * the rows when done, so a caller can spread a province's load over many short tasks (run-in-slices.ts) and the page
 * keeps answering. Nothing it has built is visible before it returns.
 */
export function* taskRowSteps(datasets: readonly Dataset[], aliases: AliasLookup = NO_ALIASES): Steps<TaskRow[]> {
  let total = 0;
  for (const dataset of datasets) total += dataset.tasks.length;
  const builder = createTaskTableBuilder(total, aliases);
  const dates = new Map<string, number>();
  const dueMonths: number[] = [];
  const dueTimes: number[] = [];
  const planStarts: (string | null)[] = [];
  const Row = rowClass();
  const rows = new Array<TaskRow>(total);
  // each row's dataset by position (two datasets may share an id, so the table's dataset slot cannot say whose plan start)
  const source = new Int32Array(total);
  let index = 0;
  let sincePause = 0;
  for (let d = 0; d < datasets.length; d++) {
    const dataset = datasets[d]!;
    const planStart = planStartOf(dataset);
    planStarts.push(planStart);
    const planStartTime = isoDayToTime(planStart);
    for (const task of dataset.tasks) {
      const due = task.deadline.due;
      let dueTime = NaN;
      let dueMonth = NaN;
      if (due !== null) {
        let slot = dates.get(due);
        if (slot === undefined) {
          slot = dueTimes.length;
          dueTimes.push(isoDayToTime(due));
          dueMonths.push(monthIndex(due.slice(0, 7)));
          dates.set(due, slot);
        }
        dueTime = dueTimes[slot]!;
        dueMonth = dueMonths[slot]!;
      }
      builder.add(task, dataset.region, dataset.id, dueTime, dueMonth, planStartTime);
      source[index] = d;
      rows[index] = new Row(task, index++);
    }
    sincePause += dataset.tasks.length;
    if (sincePause >= TASKS_PER_STEP) {
      sincePause = 0;
      yield;
    }
  }
  defineRowFields(Row.prototype, builder.finish(rows), (i) => planStarts[source[i]!]!);
  return rows;
}

interface RowObject {
  task: Task;
  index: number;
}

/** A fresh class per load, so each load's rows share a prototype that knows that load's column store. */
function rowClass(): new (task: Task, index: number) => RowObject & TaskRow {
  return class Row {
    task: Task;
    index: number;
    constructor(task: Task, index: number) {
      this.task = task;
      this.index = index;
    }
  } as unknown as new (task: Task, index: number) => RowObject & TaskRow;
}

function defineRowFields(prototype: object, table: TaskTable, planStartAt: (index: number) => string | null): void {
  const { regions, region, datasets, dataset, dueTime, dueMonth, planStartTime } = table;
  const field = (get: (this: RowObject & TaskRow) => unknown): PropertyDescriptor => ({ get, enumerable: false, configurable: true });
  Object.defineProperties(prototype, {
    table: { value: table, enumerable: false },
    region: field(function () { return regions.names[region[this.index]!]; }),
    datasetId: field(function () { return datasets.names[dataset[this.index]!]; }),
    planStart: field(function () { return planStartAt(this.index); }),
    planStartTime: field(function () { return planStartTime[this.index]; }),
    dueTime: field(function () { return dueTime[this.index]; }),
    dueMonth: field(function () { return dueMonth[this.index]; }),
    searchText: field(function (this: RowObject & TaskRow) {
      const value = searchTextOf(this.task, this.region);
      Object.defineProperty(this, 'searchText', { value, enumerable: false });
      return value;
    }),
  });
}
