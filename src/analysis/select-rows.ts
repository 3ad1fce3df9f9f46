import { buildTaskTable, type TaskTable } from './task-table.ts';
import type { TaskRow } from './task-row.ts';

/** A list of rows as slots of one column store: rows[k] is table.rows[ids[k]]. */
export interface RowSelection {
  table: TaskTable;
  ids: Int32Array;
}

// Row lists are treated as immutable: a list is resolved once and remembered for as long as it lives.
const selections = new WeakMap<readonly TaskRow[], RowSelection>();

/**
 * Resolves rows to their slots in the column store toTaskRows built for them (one pointer check per row);
 * rows from elsewhere (copies, mixed lists, hand-made rows) get a store of their own, so any list works.
 */
export function selectRows(rows: readonly TaskRow[]): RowSelection {
  const known = selections.get(rows);
  if (known !== undefined) return known;
  let selection: RowSelection | null = null;
  const table = rows.length > 0 ? (rows[0]!.table as TaskTable | undefined) : undefined;
  if (table !== undefined) {
    const ids = new Int32Array(rows.length);
    const own = table.rows;
    let k = 0;
    for (; k < rows.length; k++) {
      const row = rows[k]!;
      const id = row.index;
      if (own[id] !== row) break;
      ids[k] = id;
    }
    if (k === rows.length) selection = { table, ids };
  }
  if (selection === null) {
    const ids = new Int32Array(rows.length);
    for (let k = 0; k < ids.length; k++) ids[k] = k;
    selection = { table: buildTaskTable(rows), ids };
  }
  selections.set(rows, selection);
  return selection;
}

/** Records that rows is the given selection (filterTasks knows the slots it kept), so selectRows need not resolve it again. */
export function rememberSelection(rows: readonly TaskRow[], selection: RowSelection): void {
  selections.set(rows, selection);
}
