import type { RowSelection } from './select-rows.ts';
import type { TaskTable } from './task-table.ts';

/** Membership of one selection's slots: marks[i] === mark exactly when slot i is selected. */
export interface SelectionMarks {
  marks: Int32Array;
  mark: number;
}

const byTable = new WeakMap<TaskTable, { marks: Int32Array; mark: number; of: RowSelection | null }>();

/**
 * Marks the selection's slots in one stamp array kept per table, so "is row i selected?" is one comparison while
 * walking another list (a unit's posting list, say). Each call takes a fresh stamp, so nothing is cleared; the
 * answer holds until the table's next selection is marked: use it at once.
 */
export function markSelection(selection: RowSelection): SelectionMarks {
  const { table, ids } = selection;
  let state = byTable.get(table);
  if (state === undefined) {
    state = { marks: new Int32Array(table.region.length), mark: 0, of: null };
    byTable.set(table, state);
  }
  if (state.of !== selection) {
    if (state.mark === 0x7fffffff) {
      state.marks.fill(0);
      state.mark = 0;
    }
    const mark = ++state.mark;
    const marks = state.marks;
    for (let k = 0; k < ids.length; k++) marks[ids[k]!] = mark;
    state.of = selection;
  }
  return { marks: state.marks, mark: state.mark };
}
