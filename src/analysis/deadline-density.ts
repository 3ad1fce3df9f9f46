import { formatMonthIndex, monthIndex } from './month-keys.ts';
import { createMemoCache, memoised } from './memoised.ts';
import { selectRows, type RowSelection } from './select-rows.ts';
import type { TaskRow } from './task-row.ts';

/** Tasks due per month and region; counts[r][m] is regions[r] in months[m]. */
export interface DeadlineDensity {
  /** Every month from the earliest to the latest due date, "YYYY-MM". */
  months: string[];
  /** Regions in first-seen order. */
  regions: string[];
  counts: number[][];
  /** Sum over regions per month. */
  totals: number[];
}

const cache = createMemoCache<DeadlineDensity>();

/** Counts tasks with a due date per due month and region; undated tasks (ongoing only, year unknown) are left out. */
export function deadlinesByMonth(rows: readonly TaskRow[]): DeadlineDensity {
  return memoised(cache, rows, '', () => countDensity(selectRows(rows)));
}

function countDensity({ table, ids }: RowSelection): DeadlineDensity {
  const { dueMonth, region } = table;
  let first = Infinity;
  let last = -Infinity;
  for (let k = 0; k < ids.length; k++) {
    const month = dueMonth[ids[k]!]!;
    if (month < first) first = month;
    if (month > last) last = month;
  }
  if (first > last) return { months: [], regions: [], counts: [], totals: [] };
  const span = last - first + 1;
  const slotOf = new Int32Array(table.regions.names.length).fill(-1);
  const order: number[] = [];
  const counts: number[][] = [];
  const totals = new Array<number>(span).fill(0);
  for (let k = 0; k < ids.length; k++) {
    const i = ids[k]!;
    const month = dueMonth[i]!;
    if (month !== month) continue;
    let slot = slotOf[region[i]!]!;
    if (slot < 0) {
      slot = order.length;
      slotOf[region[i]!] = slot;
      order.push(region[i]!);
      counts.push(new Array<number>(span).fill(0));
    }
    counts[slot]![month - first]!++;
    totals[month - first]!++;
  }
  const months = Array.from({ length: span }, (_, m) => formatMonthIndex(first + m)!);
  return { months, regions: order.map((r) => table.regions.names[r]!), counts, totals };
}

/** The density with its month axis reaching the as-of month when that lies within `maxGap` months of the data; `asOfEdge` says where it lies when farther. */
export interface DensityWithAsOf extends DeadlineDensity {
  /** 'before' / 'after': the as-of month lies that far outside the months (drawn as an edge marker); null: it is on the axis. */
  asOfEdge: 'before' | 'after' | null;
}

/**
 * Extends the months (with zero counts) to the as-of month when it lies at most maxGap months before or after them, so the
 * as-of line can always be drawn; beyond that the axis keeps to the data and asOfEdge names the side. Empty density stays empty.
 */
export function densityWithAsOf(density: DeadlineDensity, asOf: string, maxGap = 12): DensityWithAsOf {
  const asOfMonth = monthIndex(asOf.slice(0, 7));
  if (density.months.length === 0 || asOfMonth !== asOfMonth) return { ...density, asOfEdge: null };
  const first = monthIndex(density.months[0]!);
  const last = monthIndex(density.months.at(-1)!);
  if (asOfMonth >= first && asOfMonth <= last) return { ...density, asOfEdge: null };
  const before = asOfMonth < first;
  const gap = before ? first - asOfMonth : asOfMonth - last;
  if (gap > maxGap) return { ...density, asOfEdge: before ? 'before' : 'after' };
  const added = Array.from({ length: gap }, (_, m) => formatMonthIndex(before ? asOfMonth + m : last + 1 + m)!);
  const pad = (list: number[]) => (before ? [...new Array<number>(gap).fill(0), ...list] : [...list, ...new Array<number>(gap).fill(0)]);
  return {
    months: before ? [...added, ...density.months] : [...density.months, ...added],
    regions: density.regions,
    counts: density.counts.map(pad),
    totals: pad(density.totals),
    asOfEdge: null,
  };
}
