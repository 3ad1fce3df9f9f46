import type { RowSelection } from './select-rows.ts';
import { UNIT_COLLECTIVE, UNIT_FIRST, UNIT_ROLE, type TaskTable } from './task-table.ts';

/**
 * What the key figures, the workload and the heatmap count per unit over one row selection, from a single pass over
 * its unit entries (each of them used to walk every entry of every row on its own).
 */
export interface UnitTally {
  /** roles[unit * 3 + role]: rows naming the unit in that role (an entry is one distinct unit and role of a task). */
  roles: Int32Array;
  /** 1 when any entry of the unit is collective (its first mention in that task was). */
  collective: Uint8Array;
  /** The units with any entry, in first-seen order: touched[0 … touchedCount - 1]. */
  touched: Int32Array;
  touchedCount: number;
  /** Distinct units with at least one entry that is not collective. */
  plainUnits: number;
  /** Rows with a due date whose first entry of the unit is not collective / is collective (the heatmap's totals). */
  datedFirst: Int32Array;
  datedFirstCollective: Int32Array;
  /** Earliest and latest due month of the selection's rows (Infinity / -Infinity when none is dated). */
  firstMonth: number;
  lastMonth: number;
}

interface Scratch {
  tally: UnitTally;
  /** Marks units already counted in plainUnits. */
  plain: Uint8Array;
  /** The selection the tally holds, or null. */
  of: RowSelection | null;
}

const scratches = new WeakMap<TaskTable, Scratch>();

/**
 * Counts the selection's unit entries. The tally lives in buffers kept per table and reused by the next selection
 * (clearing only the units the last one touched), so a filter change allocates nothing here; read it at once and
 * never keep it. Asking again for the same selection returns the same counts without a pass.
 */
export function unitTally(selection: RowSelection): UnitTally {
  const { table, ids } = selection;
  const size = table.units.names.length;
  let scratch = scratches.get(table);
  if (scratch === undefined) {
    scratch = {
      tally: {
        roles: new Int32Array(size * 3), collective: new Uint8Array(size), touched: new Int32Array(size), touchedCount: 0, plainUnits: 0,
        datedFirst: new Int32Array(size), datedFirstCollective: new Int32Array(size), firstMonth: Infinity, lastMonth: -Infinity,
      },
      plain: new Uint8Array(size),
      of: null,
    };
    scratches.set(table, scratch);
  }
  const tally = scratch.tally;
  if (scratch.of === selection) return tally;
  const { roles, collective, touched, datedFirst, datedFirstCollective } = tally;
  const plain = scratch.plain;
  for (let t = 0; t < tally.touchedCount; t++) {
    const u = touched[t]!;
    roles[u * 3] = 0;
    roles[u * 3 + 1] = 0;
    roles[u * 3 + 2] = 0;
    collective[u] = 0;
    plain[u] = 0;
    datedFirst[u] = 0;
    datedFirstCollective[u] = 0;
  }
  scratch.of = null;
  const { unitStart, unitId, unitBits, dueMonth } = table;
  let touchedCount = 0;
  let plainUnits = 0;
  let firstMonth = Infinity;
  let lastMonth = -Infinity;
  for (let k = 0; k < ids.length; k++) {
    const i = ids[k]!;
    const month = dueMonth[i]!;
    const dated = month === month;
    if (dated) {
      if (month < firstMonth) firstMonth = month;
      if (month > lastMonth) lastMonth = month;
    }
    for (let e = unitStart[i]!, end = unitStart[i + 1]!; e < end; e++) {
      const u = unitId[e]!;
      const bits = unitBits[e]!;
      const code = u * 3 + (bits & UNIT_ROLE);
      if (roles[code]!++ === 0 && roles[u * 3]! + roles[u * 3 + 1]! + roles[u * 3 + 2]! === 1) touched[touchedCount++] = u;
      if ((bits & UNIT_COLLECTIVE) !== 0) collective[u] = 1;
      else if (plain[u] === 0) {
        plain[u] = 1;
        plainUnits++;
      }
      if (dated && (bits & UNIT_FIRST) !== 0) {
        if ((bits & UNIT_COLLECTIVE) === 0) datedFirst[u]!++;
        else datedFirstCollective[u]!++;
      }
    }
  }
  tally.touchedCount = touchedCount;
  tally.plainUnits = plainUnits;
  tally.firstMonth = firstMonth;
  tally.lastMonth = lastMonth;
  scratch.of = selection;
  return tally;
}
