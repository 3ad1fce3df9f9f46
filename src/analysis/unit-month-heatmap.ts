import { formatMonthIndex } from './month-keys.ts';
import { createMemoCache, memoised } from './memoised.ts';
import { scratchInt32 } from './scratch-buffers.ts';
import { selectRows, type RowSelection } from './select-rows.ts';
import { topByCount } from './top-by-count.ts';
import { unitTally } from './unit-tally.ts';
import { markSelection } from './selection-marks.ts';
import { postingsOf } from './postings.ts';
import { nameRanks, UNIT_COLLECTIVE, UNIT_FIRST } from './task-table.ts';
import type { TaskRow } from './task-row.ts';
import { unitLabel } from './unit-identity.ts';

/** Tasks due per unit and month; cells hold [monthIndex, unitIndex, count] for non-zero counts only. */
export interface UnitMonthHeatmap {
  /** Unit keys (unit-identity.ts), most dated tasks first, then by key. */
  units: string[];
  /** How each unit is shown: its name, with "（region）" when the rows span several regions. */
  labels: string[];
  /** Every month from the earliest to the latest due date, "YYYY-MM". */
  months: string[];
  cells: [number, number, number][];
  /** Largest cell count (0 when empty). */
  max: number;
}

export interface UnitMonthHeatmapOptions {
  /** How many units to keep (the busiest by dated tasks). */
  topN: number;
  /** Keep collective units (各有关单位 …); default false. */
  includeCollective?: boolean;
}

const cache = createMemoCache<UnitMonthHeatmap>();

/** Counts tasks with a due date per unit (any role, once per task) and due month, for the top N units; undated tasks are left out. */
export function unitMonthHeatmap(rows: readonly TaskRow[], options: UnitMonthHeatmapOptions): UnitMonthHeatmap {
  const topN = Math.max(0, Math.floor(options.topN));
  const include = options.includeCollective === true;
  return memoised(cache, rows, `${topN}|${include}`, () => countHeatmap(selectRows(rows), topN, include));
}

function countHeatmap(selection: RowSelection, topN: number, includeCollective: boolean): UnitMonthHeatmap {
  const { table, ids } = selection;
  const { dueMonth, unitStart, unitId, unitBits } = table;
  // a unit's first entry in a task stands for the unit, so it counts once; its first mention decides collective
  const skip = includeCollective ? UNIT_FIRST : UNIT_FIRST | UNIT_COLLECTIVE;
  // per-unit totals of dated rows come from the pass the key figures and the workload share
  const tally = unitTally(selection);
  const { datedFirst, datedFirstCollective } = tally;
  const total = includeCollective ? (u: number) => datedFirst[u]! + datedFirstCollective[u]! : (u: number) => datedFirst[u]!;
  const touched = scratchInt32(table, 'heatmap touched', tally.touchedCount);
  let touchedCount = 0;
  for (let t = 0; t < tally.touchedCount; t++) if (total(tally.touched[t]!) > 0) touched[touchedCount++] = tally.touched[t]!;
  const first = tally.firstMonth;
  const last = tally.lastMonth;
  const rank = nameRanks(table.units);
  const top = topByCount(touched, touchedCount, total, rank, topN);
  const months = first > last ? [] : Array.from({ length: last - first + 1 }, (_, m) => formatMonthIndex(first + m)!);
  const cells: [number, number, number][] = [];
  if (top.length === 0) return { units: [], labels: [], months, cells, max: 0 };

  const span = months.length;
  const counts = new Int32Array(top.length * span);
  // the cells: walk the top units' posting lists (rows listing them, checked against the selection) when they are
  // shorter than the selection, else every selected row once more
  const postings = postingsOf(table, 'unit');
  let listed = 0;
  for (const u of top) listed += postings.start[u + 1]! - postings.start[u]!;
  if (listed < ids.length) {
    const { marks, mark } = markSelection(selection);
    top.forEach((u, position) => {
      for (let p = postings.start[u]!, end = postings.start[u + 1]!; p < end; p++) {
        const i = postings.rows[p]!;
        const month = dueMonth[i]!;
        if (marks[i] !== mark || month !== month) continue;
        // the posting stands for the unit's first entry in the row
        for (let e = unitStart[i]!, last = unitStart[i + 1]!; e < last; e++) {
          if (unitId[e] !== u || (unitBits[e]! & UNIT_FIRST) === 0) continue;
          if ((unitBits[e]! & skip) === UNIT_FIRST) counts[position * span + month - first]!++;
          break;
        }
      }
    });
  } else {
    // each top unit's position, -1 for the rest (the buffer is all -1 between calls)
    const slot = scratchInt32(table, 'heatmap slot', table.units.names.length + 1);
    if (slot[table.units.names.length] !== -1) slot.fill(-1);
    top.forEach((u, position) => { slot[u] = position; });
    for (let k = 0; k < ids.length; k++) {
      const i = ids[k]!;
      const month = dueMonth[i]!;
      if (month !== month) continue;
      for (let e = unitStart[i]!, end = unitStart[i + 1]!; e < end; e++) {
        const position = slot[unitId[e]!]!;
        if (position >= 0 && (unitBits[e]! & skip) === UNIT_FIRST) counts[position * span + month - first]!++;
      }
    }
    for (const u of top) slot[u] = -1;
  }
  let max = 0;
  for (let position = 0; position < top.length; position++) {
    for (let m = 0; m < span; m++) {
      const count = counts[position * span + m]!;
      if (count === 0) continue;
      cells.push([m, position, count]);
      if (count > max) max = count;
    }
  }
  let manyRegions = false;
  for (let k = 1; k < ids.length && !manyRegions; k++) manyRegions = table.region[ids[k]!] !== table.region[ids[0]!];
  return {
    units: top.map((u) => table.units.names[u]!),
    labels: top.map((u) => unitLabel(table.unitIdentities[u]!, manyRegions)),
    months, cells, max,
  };
}
