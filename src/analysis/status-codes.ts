import { DUE_SOON_DAYS } from './deadline-status.ts';
import { DAY_MS } from './iso-day.ts';
import type { TaskTable } from './task-table.ts';

/** The last status column made per table, with the asOf it is for. */
const columns = new WeakMap<TaskTable, { asOfTime: number; codes: Int8Array }>();

/**
 * Every row's deadline status code at asOf (see STATUSES; -1 for no status), as a column made once per table and asOf:
 * the status filter and the key figures read one byte per row instead of working the status out on every filter step
 * (asOf stays the same while a person filters). deadlineStatusAt on the columns: a dated row is passed before asOf,
 * due90 within DUE_SOON_DAYS after it, else later; an undated row keeps its fixed status.
 */
export function statusCodes(table: TaskTable, asOfTime: number): Int8Array {
  const known = columns.get(table);
  if (known !== undefined && Object.is(known.asOfTime, asOfTime)) return known.codes;
  const codes = fillStatusCodes(table.dueTime, table.fixedStatus, asOfTime, DUE_SOON_DAYS * DAY_MS);
  columns.set(table, { asOfTime, codes });
  return codes;
}

function fillStatusCodes(dueTime: Float64Array, fixedStatus: Int8Array, asOfTime: number, soon: number): Int8Array {
  const codes = new Int8Array(dueTime.length);
  for (let i = 0; i < codes.length; i++) {
    const due = dueTime[i]!;
    // NaN compares false both ways
    codes[i] = due === due ? (due < asOfTime ? 0 : due - asOfTime <= soon ? 1 : 2) : fixedStatus[i]!;
  }
  return codes;
}
