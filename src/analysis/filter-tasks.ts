import { hasExclusions, type ExcludedValues, type Filters } from './filters.ts';
import { isoDayToTime } from './iso-day.ts';
import { rememberSelection, selectRows, type RowSelection } from './select-rows.ts';
import { statusCodes } from './status-codes.ts';
import { postingsOf, type Postings } from './postings.ts';
import { ROLES, STATUSES, type Dictionary, type TaskTable } from './task-table.ts';
import type { TaskRow } from './task-row.ts';
import { normaliseUnitName } from './unit-identity.ts';

/** One filter pass: the rows passing every filter, and those passing every filter but the due range (the density chart's input). */
export interface FilterResult {
  rows: TaskRow[];
  rowsIgnoringDue: TaskRow[];
}

/**
 * Returns the rows that pass every filter (fields AND-ed, values within one field OR-ed), in input order.
 * region: the row's region; section: any level of the path; unit (+ role): one unit with one of the
 * names holding one of the roles (role alone: any unit holding one of the roles); due: deadline.due in
 * the inclusive range (rows without a due date fail); status: deadlineStatus at asOf; category: any
 * indicator in one of the categories; q: every whitespace-separated term, lower-cased, occurs in
 * searchText. An invalid asOf makes every dated row fail a status filter; unknown values simply match nothing.
 * The same inputs give the same (shared, not to be mutated) list while it is among the last few asked for; with
 * no filter, one cached copy of rows.
 */
export function filterTasks(rows: readonly TaskRow[], filters: Filters, asOf: string): TaskRow[] {
  const cache = cacheOf(rows);
  const key = cacheKey(filters, asOf, false);
  const hit = cache.results.get(key);
  if (hit !== undefined) return hit;
  return filterTaskRows(rows, filters, asOf).rows;
}

/**
 * Filters like filterTasks and, in the same pass, keeps the rows that fail only the due range; the density chart
 * (which brushes the due range) reads rowsIgnoringDue, and a later filterTasks with due null finds it cached.
 */
export function filterTaskRows(rows: readonly TaskRow[], filters: Filters, asOf: string): FilterResult {
  const cache = cacheOf(rows);
  const key = cacheKey(filters, asOf, false);
  const keyIgnoringDue = cacheKey(filters, asOf, true);
  const hit = cache.results.get(key);
  const hitIgnoringDue = cache.results.get(keyIgnoringDue);
  if (hit !== undefined && hitIgnoringDue !== undefined) return { rows: hit, rowsIgnoringDue: hitIgnoringDue };
  const result = runFilters(rows, filters, asOf, cache);
  remember(cache, key, result.rows);
  remember(cache, keyIgnoringDue, result.rowsIgnoringDue);
  return result;
}

interface FilterCache {
  results: Map<string, TaskRow[]>;
  /** The unfiltered copy of rows. */
  all: TaskRow[] | null;
}

const caches = new WeakMap<readonly TaskRow[], FilterCache>();
const CACHE_SIZE = 4;

function cacheOf(rows: readonly TaskRow[]): FilterCache {
  let cache = caches.get(rows);
  if (cache === undefined) {
    cache = { results: new Map(), all: null };
    caches.set(rows, cache);
  }
  return cache;
}

function remember(cache: FilterCache, key: string, rows: TaskRow[]): void {
  if (rows === cache.all) return;
  cache.results.delete(key);
  cache.results.set(key, rows);
  // the oldest entry goes first: a map iterates in insertion order
  while (cache.results.size > CACHE_SIZE) cache.results.delete(cache.results.keys().next().value!);
}

function cacheKey(filters: Filters, asOf: string, ignoreDue: boolean): string {
  const due = ignoreDue || filters.due === null ? '' : `${filters.due.from ?? ''}~${filters.due.to ?? ''}`;
  return JSON.stringify([asOf, filters.region, filters.section, filters.unit, filters.role, due, filters.status, filters.category, filters.q, filters.not ?? null]);
}

function runFilters(rows: readonly TaskRow[], filters: Filters, asOf: string, cache: FilterCache): FilterResult {
  const selection = selectRows(rows);
  const { table, ids } = selection;
  const region = allowed(table.regions, filters.region);
  const section = allowed(table.sections, filters.section);
  const unit = allowedUnits(table, filters.unit);
  let roleMask = 0;
  for (const role of filters.role) roleMask |= 1 << ROLES.indexOf(role);
  let statusMask = 0;
  for (const status of filters.status) statusMask |= 1 << STATUSES.indexOf(status);
  const category = allowed(table.categories, filters.category);
  const terms = filters.q.toLowerCase().split(/\s+/).filter((term) => term !== '');
  const dueFrom = filters.due?.from ? isoDayToTime(filters.due.from) : -Infinity;
  const dueTo = filters.due?.to ? isoDayToTime(filters.due.to) : Infinity;
  const hasDue = filters.due !== null && (filters.due.from !== null || filters.due.to !== null);
  const hasUnit = unit !== null || roleMask !== 0;
  const asOfTime = isoDayToTime(asOf);

  const excluding = hasExclusions(filters.not);
  const onlyDue = !region && !section && !hasUnit && statusMask === 0 && !category && terms.length === 0 && !excluding;
  if (onlyDue && cache.all === null) {
    cache.all = rows.slice();
    rememberSelection(cache.all, selection);
  }
  if (onlyDue && !hasDue) return { rows: cache.all!, rowsIgnoringDue: cache.all! };

  // narrow a list of candidate slots field by field, each a tight loop over typed arrays; an indexed field whose
  // values cover few rows (a region, a unit, a section, a category) seeds the list from its posting lists instead
  const own = table.rows;
  // the candidates are narrowed in a buffer kept per table (a fresh list of every slot cost more than the filters
  // themselves: a large array is zeroed memory the garbage collector then has to take back); only the kept lists are copied out
  const seed = rows === own ? seedCandidates(table, region, section, unit, category) : null;
  const scratch = scratchOf(table, seed?.length ?? ids.length);
  const c = scratch.candidates;
  c.set(seed ?? ids);
  let n = seed?.length ?? ids.length;
  // each field's loop is a function of its own: the optimiser keeps each compiled from one filter step to the next,
  // where one long function fell back to unoptimised code (boxing every date it read) at the first field not used before
  if (region !== null) n = keepRegion(c, n, table.region, region);
  if (statusMask !== 0) n = keepStatus(c, n, statusCodes(table, asOfTime), statusMask);
  if (category !== null) n = keepAny(c, n, table.categoryStart, table.categoryId, category);
  if (section !== null) n = keepAny(c, n, table.sectionStart, table.sectionId, section);
  if (hasUnit) n = keepUnits(c, n, table, unit, roleMask);
  if (excluding) n = dropExcluded(c, n, table, filters.not!);
  if (terms.length > 0) n = keepSearch(c, n, own, terms);
  const looseIds = c.slice(0, n);
  const keptIds = hasDue ? keepDue(looseIds, table.dueTime, dueFrom, dueTo, scratch.kept) : looseIds;

  const rowsIgnoringDue = onlyDue ? cache.all! : pick(own, looseIds, selection);
  const result = hasDue ? pick(own, keptIds, selection) : rowsIgnoringDue;
  return { rows: result, rowsIgnoringDue };
}

/** Keeps the candidate slots whose region is allowed (allowed holds 0 or 1 per region); returns the new count. */
function keepRegion(c: Int32Array, n: number, regionOf: Int32Array, allowed: Uint8Array): number {
  let w = 0;
  for (let r = 0; r < n; r++) {
    const i = c[r]!;
    c[w] = i;
    w += allowed[regionOf[i]!]!;
  }
  return w;
}

/** Keeps the candidate slots whose status code is in the mask (bit = code; code -1, no status, never is); returns the new count. */
function keepStatus(c: Int32Array, n: number, codes: Int8Array, mask: number): number {
  let w = 0;
  // without a branch per row (statuses alternate at random): code -1 shifts by 31, past every status bit
  for (let r = 0; r < n; r++) {
    const i = c[r]!;
    c[w] = i;
    w += (mask >>> (codes[i]! & 31)) & 1;
  }
  return w;
}

/** Keeps the candidate slots with a unit entry of an allowed unit (any, when null) in an allowed role (any, when 0); returns the new count. */
function keepUnits(c: Int32Array, n: number, table: TaskTable, unit: Uint8Array | null, roleMask: number): number {
  const { unitStart, unitId, unitBits } = table;
  let w = 0;
  for (let r = 0; r < n; r++) {
    const i = c[r]!;
    for (let e = unitStart[i]!, end = unitStart[i + 1]!; e < end; e++) {
      if ((unit === null || unit[unitId[e]!] !== 0) && (roleMask === 0 || (roleMask & (1 << (unitBits[e]! & 3))) !== 0)) {
        c[w++] = i;
        break;
      }
    }
  }
  return w;
}

/** Keeps the candidate slots whose search text holds every term; returns the new count. */
function keepSearch(c: Int32Array, n: number, own: readonly TaskRow[], terms: readonly string[]): number {
  let w = 0;
  rowLoop: for (let r = 0; r < n; r++) {
    const i = c[r]!;
    const text = own[i]!.searchText;
    for (let t = 0; t < terms.length; t++) if (!text.includes(terms[t]!)) continue rowLoop;
    c[w++] = i;
  }
  return w;
}

/** The slots of ids (kept in order) whose due date lies in [from, to], as a list of their own; an undated row fails any due range. */
function keepDue(ids: Int32Array, dueTime: Float64Array, from: number, to: number, buffer: Int32Array): Int32Array {
  let w = 0;
  for (let r = 0; r < ids.length; r++) {
    const due = dueTime[ids[r]!]!;
    buffer[w] = ids[r]!;
    w += due >= from && due <= to ? 1 : 0;
  }
  return buffer.slice(0, w);
}

/** Two buffers of one slot per row, reused by every filter pass over the table: the candidates, and the due range's survivors. */
interface Scratch {
  candidates: Int32Array;
  kept: Int32Array;
}

const scratches = new WeakMap<TaskTable, Scratch>();

// a list may name a row twice, so the buffers grow past the table's size when asked
function scratchOf(table: TaskTable, needed: number): Scratch {
  let scratch = scratches.get(table);
  if (scratch === undefined || scratch.candidates.length < needed) {
    const size = Math.max(needed, table.region.length);
    scratch = { candidates: new Int32Array(size), kept: new Int32Array(size) };
    scratches.set(table, scratch);
  }
  return scratch;
}

// --- exclude ("≠") filters ---
/** Drops the candidate slots having any excluded value (region; any section level, unit or category); returns the new count. */
function dropExcluded(c: Int32Array, n: number, table: TaskTable, not: ExcludedValues): number {
  const region = allowed(table.regions, not.region ?? []);
  if (region !== null) {
    let w = 0;
    for (let r = 0; r < n; r++) if (region[table.region[c[r]!]!] === 0) c[w++] = c[r]!;
    n = w;
  }
  const lists: [Uint8Array | null, Int32Array, Int32Array][] = [
    [allowed(table.sections, not.section ?? []), table.sectionStart, table.sectionId],
    [not.unit === undefined || not.unit.length === 0 ? null : allowedUnits(table, not.unit), table.unitStart, table.unitId],
    [allowed(table.categories, not.category ?? []), table.categoryStart, table.categoryId],
  ];
  for (const [mask, start, values] of lists) {
    if (mask === null) continue;
    let w = 0;
    rowLoop: for (let r = 0; r < n; r++) {
      const i = c[r]!;
      for (let e = start[i]!, end = start[i + 1]!; e < end; e++) if (mask[values[e]!] !== 0) continue rowLoop;
      c[w++] = i;
    }
    n = w;
  }
  return n;
}
// --- end of exclude filters ---

/** Keeps the candidate slots with any value of a variable-length field in the allowed set; returns the new count. */
function keepAny(c: Int32Array, n: number, start: Int32Array, values: Int32Array, allowed: Uint8Array): number {
  let w = 0;
  for (let r = 0; r < n; r++) {
    const i = c[r]!;
    for (let e = start[i]!, end = start[i + 1]!; e < end; e++) {
      if (allowed[values[e]!] !== 0) {
        c[w++] = i;
        break;
      }
    }
  }
  return w;
}

/** The rows having any allowed value of the most selective indexed field, ascending; null when none covers less than a quarter of the rows. */
function seedCandidates(table: TaskTable, region: Uint8Array | null, section: Uint8Array | null, unit: Uint8Array | null, category: Uint8Array | null): Int32Array | null {
  let best: { postings: Postings; allowed: Uint8Array } | null = null;
  let bestSize = table.region.length / 4;
  for (const [kind, allowed] of [['region', region], ['unit', unit], ['section', section], ['category', category]] as const) {
    if (allowed === null) continue;
    const postings = postingsOf(table, kind);
    let size = 0;
    for (let id = 0; id < allowed.length; id++) if (allowed[id] !== 0) size += postings.start[id + 1]! - postings.start[id]!;
    if (size < bestSize) {
      best = { postings, allowed };
      bestSize = size;
    }
  }
  if (best === null) return null;
  const { start, rows } = best.postings;
  const out = new Int32Array(bestSize);
  let n = 0;
  let lists = 0;
  for (let id = 0; id < best.allowed.length; id++) {
    if (best.allowed[id] === 0) continue;
    out.set(rows.subarray(start[id]!, start[id + 1]!), n);
    n += start[id + 1]! - start[id]!;
    lists++;
  }
  if (lists <= 1) return out;
  // several lists: merge them into one ascending list without repeats (a row can have two of the values)
  out.sort();
  let w = 0;
  for (let r = 0; r < n; r++) if (r === 0 || out[r] !== out[r - 1]) out[w++] = out[r]!;
  return out.slice(0, w);
}

function pick(own: readonly TaskRow[], ids: Int32Array, from: RowSelection): TaskRow[] {
  const out = new Array<TaskRow>(ids.length);
  for (let k = 0; k < ids.length; k++) out[k] = own[ids[k]!]!;
  rememberSelection(out, { table: from.table, ids });
  return out;
}

/** Unit filter values are unit keys ("region/name", see unit-identity.ts); a value that is no key (a plain name from an older link) matches that name in every region. */
function allowedUnits(table: TaskTable, values: readonly string[]): Uint8Array | null {
  if (values.length === 0) return null;
  const mask = new Uint8Array(table.units.names.length);
  let plain: Set<string> | null = null;
  for (const value of values) {
    const id = table.units.ids.get(value);
    if (id !== undefined) mask[id] = 1;
    else (plain ??= new Set()).add(normaliseUnitName(value));
  }
  if (plain !== null) table.unitIdentities.forEach((identity, id) => { if (plain!.has(identity.name)) mask[id] = 1; });
  return mask;
}

function allowed(dictionary: Dictionary, values: readonly string[]): Uint8Array | null {
  if (values.length === 0) return null;
  const mask = new Uint8Array(dictionary.names.length);
  for (const value of values) {
    const id = dictionary.ids.get(value);
    if (id !== undefined) mask[id] = 1;
  }
  return mask;
}
