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
  const extent = new Float64Array(2);
  monthExtent(ids, dueMonth, extent);
  const first = extent[0]!;
  const last = extent[1]!;
  if (first > last) return { months: [], regions: [], counts: [], totals: [] };
  const span = last - first + 1;
  const regionCount = table.regions.names.length;
  // counted per region id × month in one flat array; the regions in first-seen order (appended by the counting pass)
  const flat = new Int32Array(regionCount * span);
  const slotOf = new Int32Array(regionCount).fill(-1);
  const order: number[] = [];
  countRegionMonths(ids, dueMonth, region, first, span, flat, slotOf, order);
  const counts = order.map((r) => Array.from(flat.subarray(r * span, (r + 1) * span)));
  const totals = new Array<number>(span).fill(0);
  for (const r of order) for (let m = 0; m < span; m++) totals[m]! += flat[r * span + m]!;
  const months = Array.from({ length: span }, (_, m) => formatMonthIndex(first + m)!);
  return { months, regions: order.map((r) => table.regions.names[r]!), counts, totals };
}

// the loops are functions of their own, so they stay optimised from one filter step to the next (see timeline-items.ts)

/** Earliest and latest due month of the rows into extent[0] and extent[1] (Infinity / -Infinity when none is dated). */
function monthExtent(ids: Int32Array, dueMonth: Float64Array, extent: Float64Array): void {
  let first = Infinity;
  let last = -Infinity;
  for (let k = 0; k < ids.length; k++) {
    const month = dueMonth[ids[k]!]!;
    if (month < first) first = month;
    if (month > last) last = month;
  }
  extent[0] = first;
  extent[1] = last;
}

/** Counts dated rows into flat[region × span + month − first], appending each region to order when first seen. */
function countRegionMonths(ids: Int32Array, dueMonth: Float64Array, region: Int32Array, first: number, span: number, flat: Int32Array, slotOf: Int32Array, order: number[]): void {
  for (let k = 0; k < ids.length; k++) {
    const i = ids[k]!;
    const month = dueMonth[i]!;
    if (month !== month) continue;
    const r = region[i]!;
    if (slotOf[r]! < 0) {
      slotOf[r] = order.length;
      order.push(r);
    }
    flat[r * span + month - first]!++;
  }
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
