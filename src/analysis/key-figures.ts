import { isoDayToTime } from './iso-day.ts';
import { createMemoCache, memoised } from './memoised.ts';
import { selectRows, type RowSelection } from './select-rows.ts';
import { statusCodes } from './status-codes.ts';
import { STATUSES } from './task-table.ts';
import { unitTally } from './unit-tally.ts';
import type { TaskRow } from './task-row.ts';

/** The overview's headline numbers. */
export interface KeyFigures {
  tasks: number;
  /** Distinct regions. */
  regions: number;
  /** Distinct unit names, collective names (各有关单位 …) not counted. */
  units: number;
  /** Indicators (quantitative targets) over all tasks. */
  indicators: number;
  /** Tasks by deadlineStatus at asOf; these match the status filter one to one. */
  due90: number;
  passed: number;
  later: number;
  ongoing: number;
  yearUnknown: number;
  /** Tasks with no usable deadline (no status). */
  noDeadline: number;
  /** ongoing / tasks, 0 when there are no tasks. */
  ongoingShare: number;
}

const cache = createMemoCache<KeyFigures>();

// one pass over the selected rows (a function of its own, so its loop stays optimised between filter steps): distinct
// regions into counts[0], indicators into counts[1], rows by status code (slot STATUSES.length: no status)
function countRows(ids: Int32Array, region: Int32Array, indicators: Int32Array, codes: Int8Array, seenRegion: Uint8Array, byStatus: Int32Array, counts: Float64Array): void {
  let regions = 0;
  let indicatorCount = 0;
  const none = STATUSES.length;
  for (let k = 0; k < ids.length; k++) {
    const i = ids[k]!;
    const r = region[i]!;
    if (seenRegion[r] === 0) {
      seenRegion[r] = 1;
      regions++;
    }
    indicatorCount += indicators[i]!;
    const code = codes[i]!;
    byStatus[code < 0 ? none : code]!++;
  }
  counts[0] = regions;
  counts[1] = indicatorCount;
}

/** Counts the key figures of the given rows at the ISO asOf date; an empty list gives zeros. */
export function keyFigures(rows: readonly TaskRow[], asOf: string): KeyFigures {
  return memoised(cache, rows, asOf, () => countKeyFigures(selectRows(rows), asOf));
}

function countKeyFigures(selection: RowSelection, asOf: string): KeyFigures {
  const { table, ids } = selection;
  // distinct units with an entry that is not collective: counted with the workload's and the heatmap's pass
  const units = ids.length === 0 ? 0 : unitTally(selection).plainUnits;
  const byStatus = new Int32Array(STATUSES.length + 1);
  const seenRegion = new Uint8Array(table.regions.names.length);
  const counts = new Float64Array(2);
  countRows(ids, table.region, table.indicators, statusCodes(table, isoDayToTime(asOf)), seenRegion, byStatus, counts);
  const regions = counts[0]!;
  const indicatorCount = counts[1]!;
  const figures: KeyFigures = {
    tasks: ids.length, regions, units, indicators: indicatorCount,
    due90: 0, passed: 0, later: 0, ongoing: 0, yearUnknown: 0, noDeadline: byStatus[STATUSES.length]!, ongoingShare: 0,
  };
  STATUSES.forEach((status, code) => { figures[status] = byStatus[code]!; });
  figures.ongoingShare = ids.length === 0 ? 0 : figures.ongoing / ids.length;
  return figures;
}
