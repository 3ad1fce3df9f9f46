import { ascending } from 'd3-array';
import type { Role, Task } from '../model/schema.ts';
import { deadlineStatusAt } from './deadline-status.ts';
import type { DeadlineStatus } from './filters.ts';
import type { TaskRow } from './task-row.ts';
import { NO_ALIASES, unitIdentity, unitKey, type AliasLookup, type UnitIdentity } from './unit-identity.ts';

/** Distinct strings numbered in first-seen order. */
export interface Dictionary {
  names: string[];
  ids: Map<string, number>;
}

/**
 * The rows' fields every filter and aggregation reads, interned to small integers and stored column by column
 * (typed arrays, one slot per row; variable-length fields as offsets into one flat array), so the hot loops
 * neither allocate nor hash strings. Built once per toTaskRows; immutable afterwards.
 */
export interface TaskTable {
  /** The rows the columns describe; row i of the table is rows[i]. */
  rows: readonly TaskRow[];
  regions: Dictionary;
  region: Int32Array;
  datasets: Dictionary;
  dataset: Int32Array;
  /** Unit keys (see unit-identity.ts: "region/name", or the bare name of a unit that is one body across regions). */
  units: Dictionary;
  /** The identity behind each unit key, by unit id. */
  unitIdentities: UnitIdentity[];
  /** The alias table the keys were built with. */
  aliases: AliasLookup;
  /** Row i's unit entries are unitStart[i] … unitStart[i + 1] - 1: one per distinct (name, role) in mention order. */
  unitStart: Int32Array;
  unitId: Int32Array;
  /** ROLE bits 0–1 (see ROLES), UNIT_COLLECTIVE when the entry's first mention is collective, UNIT_FIRST on the name's first entry in the task. */
  unitBits: Uint8Array;
  /** Every level of path, interned together. */
  sections: Dictionary;
  sectionStart: Int32Array;
  sectionId: Int32Array;
  /** Distinct indicator categories per row, first mention first. */
  categories: Dictionary;
  categoryStart: Int32Array;
  categoryId: Int32Array;
  /** The timeline's lead lane: the first lead unit, else the first unit; -1 for none. */
  lead: Int32Array;
  dueTime: Float64Array;
  dueMonth: Float64Array;
  planStartTime: Float64Array;
  /** Status code (see STATUSES) of an undated row, which asOf cannot change; -1 for no status; unused for dated rows. */
  fixedStatus: Int8Array;
  /** 1 where the task's deadline is ongoing (长期推进), else 0: the timeline's ongoing lanes read it per row. */
  ongoing: Uint8Array;
  /** Indicators per row. */
  indicators: Int32Array;
}

/** Role of a unit entry by its two low bits. */
export const ROLES: readonly Role[] = ['lead', 'responsible', 'support'];
export const UNIT_ROLE = 3;
export const UNIT_COLLECTIVE = 4;
export const UNIT_FIRST = 8;

/** Deadline statuses by status code. */
export const STATUSES: readonly DeadlineStatus[] = ['passed', 'due90', 'later', 'ongoing', 'yearUnknown'];

/** Creates an empty dictionary. */
export function createDictionary(): Dictionary {
  return { names: [], ids: new Map() };
}

/** Returns the id of name in the dictionary, adding it when new. */
export function intern(dictionary: Dictionary, name: string): number {
  let id = dictionary.ids.get(name);
  if (id === undefined) {
    id = dictionary.names.length;
    dictionary.ids.set(name, id);
    dictionary.names.push(name);
  }
  return id;
}

/** Builds the column store of the rows (row i → slot i); reads task, region, datasetId, dueTime, dueMonth and planStartTime; never throws on rows from valid datasets. */
export function buildTaskTable(rows: readonly TaskRow[], aliases: AliasLookup = NO_ALIASES): TaskTable {
  const builder = createTaskTableBuilder(rows.length, aliases);
  for (const row of rows) builder.add(row.task, row.region, row.datasetId, row.dueTime, row.dueMonth, row.planStartTime);
  return builder.finish(rows);
}

/** Fills a task table row by row: add each task in order, then finish with the rows the slots stand for. */
export interface TaskTableBuilder {
  add(task: Task, region: string, datasetId: string, dueTime: number, dueMonth: number, planStartTime: number): void;
  finish(rows: readonly TaskRow[]): TaskTable;
}

/**
 * Starts a table of n rows (added later in order). Every column is a typed array (the per-row ones sized up front,
 * the entry lists grown by doubling), so a province's load grows no JS arrays; a unit's identity and key are worked
 * out once per (region, printed name), and a path level or category equal to the previous row's reuses its id unhashed.
 */
export function createTaskTableBuilder(n: number, aliases: AliasLookup = NO_ALIASES): TaskTableBuilder {
  const regions = createDictionary();
  const datasets = createDictionary();
  const units = createDictionary();
  const unitIdentities: UnitIdentity[] = [];
  // printed name → unit id, per region: most names repeat, so identity and key are worked out once each
  const unitIdByRegion = new Map<string, Map<string, number>>();
  const sections = createDictionary();
  const categories = createDictionary();
  const region = new Int32Array(n);
  const dataset = new Int32Array(n);
  const unitStart = new Int32Array(n + 1);
  const sectionStart = new Int32Array(n + 1);
  const categoryStart = new Int32Array(n + 1);
  const lead = new Int32Array(n);
  const dueTime = new Float64Array(n);
  const dueMonth = new Float64Array(n);
  const planStartTime = new Float64Array(n);
  const fixedStatus = new Int8Array(n);
  const ongoing = new Uint8Array(n);
  const indicators = new Int32Array(n);
  let unitId = new Int32Array(n * 4 + 16);
  let unitBits = new Uint8Array(unitId.length);
  let sectionId = new Int32Array(n * 2 + 16);
  let categoryId = new Int32Array(n + 16);
  // the previous row's path and categories: neighbouring tasks mostly share them
  const lastLabels: string[] = [];
  const lastLabelIds: number[] = [];
  let lastCategory = '';
  let lastCategoryId = -1;
  let unitEntries = 0;
  let sectionEntries = 0;
  let categoryEntries = 0;
  let i = 0;
  let lastRegion = '';
  let lastRegionId = -1;
  let byName = new Map<string, number>();
  let lastDataset = '';
  let lastDatasetId = -1;

  const unitIdOf = (regionName: string, printed: string): number => {
    let id = byName.get(printed);
    if (id === undefined) {
      const identity = unitIdentity(regionName, printed, aliases);
      id = intern(units, unitKey(identity));
      if (id === unitIdentities.length) unitIdentities.push(identity);
      byName.set(printed, id);
    }
    return id;
  };

  return {
    add(task, regionName, datasetId, due, month, planStart) {
      if (i >= n) throw new Error(`task table: more tasks added than the ${n} it was sized for`);
      // rows come dataset by dataset, so one comparison usually replaces the lookups
      if (lastRegionId < 0 || regionName !== lastRegion) {
        lastRegion = regionName;
        lastRegionId = intern(regions, regionName);
        let known = unitIdByRegion.get(regionName);
        if (known === undefined) {
          known = new Map();
          unitIdByRegion.set(regionName, known);
        }
        byName = known;
      }
      region[i] = lastRegionId;
      if (lastDatasetId < 0 || datasetId !== lastDataset) {
        lastDataset = datasetId;
        lastDatasetId = intern(datasets, datasetId);
      }
      dataset[i] = lastDatasetId;

      const first = unitEntries;
      let leadId = -1;
      const list = task.units;
      if (unitEntries + list.length > unitId.length) {
        unitId = grown(unitId, unitEntries + list.length);
        unitBits = grown(unitBits, unitId.length);
      }
      for (let k = 0; k < list.length; k++) {
        const unit = list[k]!;
        const id = unitIdOf(regionName, unit.name);
        const role = unit.role === 'lead' ? 0 : unit.role === 'responsible' ? 1 : unit.role === 'support' ? 2 : 0;
        if (leadId < 0 && role === 0) leadId = id;
        let seenName = false;
        let seenPair = false;
        for (let e = first; e < unitEntries; e++) {
          if (unitId[e] !== id) continue;
          seenName = true;
          if ((unitBits[e]! & UNIT_ROLE) === role) seenPair = true;
        }
        if (seenPair) continue;
        unitId[unitEntries] = id;
        unitBits[unitEntries++] = role | (unit.collective === true ? UNIT_COLLECTIVE : 0) | (seenName ? 0 : UNIT_FIRST);
      }
      unitStart[i + 1] = unitEntries;
      lead[i] = leadId >= 0 ? leadId : list.length > 0 ? unitIdOf(regionName, list[0]!.name) : -1;

      const path = task.path;
      if (sectionEntries + path.length > sectionId.length) sectionId = grown(sectionId, sectionEntries + path.length);
      for (let level = 0; level < path.length; level++) {
        const label = path[level]!;
        let id: number;
        if (level < lastLabels.length && lastLabels[level] === label) id = lastLabelIds[level]!;
        else {
          id = intern(sections, label);
          lastLabels[level] = label;
          lastLabelIds[level] = id;
        }
        sectionId[sectionEntries++] = id;
      }
      sectionStart[i + 1] = sectionEntries;

      const firstCategory = categoryEntries;
      const indicatorList = task.indicators;
      if (categoryEntries + indicatorList.length > categoryId.length) categoryId = grown(categoryId, categoryEntries + indicatorList.length);
      for (let k = 0; k < indicatorList.length; k++) {
        const category = indicatorList[k]!.category;
        if (lastCategoryId < 0 || category !== lastCategory) {
          lastCategory = category;
          lastCategoryId = intern(categories, category);
        }
        const id = lastCategoryId;
        let seen = false;
        for (let e = firstCategory; e < categoryEntries; e++) if (categoryId[e] === id) seen = true;
        if (!seen) categoryId[categoryEntries++] = id;
      }
      categoryStart[i + 1] = categoryEntries;
      indicators[i] = task.indicators.length;

      dueTime[i] = due;
      dueMonth[i] = month;
      planStartTime[i] = planStart;
      const status = due === due ? null : deadlineStatusAt(task.deadline, NaN, NaN);
      fixedStatus[i] = status === null ? -1 : STATUSES.indexOf(status);
      ongoing[i] = task.deadline.ongoing ? 1 : 0;
      i++;
    },
    finish(rows) {
      if (i !== n || rows.length !== n) throw new Error(`task table: ${i} tasks added and ${rows.length} rows for ${n} slots`);
      return {
        rows, regions, region, datasets, dataset,
        units, unitIdentities, aliases, unitStart, unitId: unitId.subarray(0, unitEntries), unitBits: unitBits.subarray(0, unitEntries),
        sections, sectionStart, sectionId: sectionId.subarray(0, sectionEntries),
        categories, categoryStart, categoryId: categoryId.subarray(0, categoryEntries),
        lead, dueTime, dueMonth, planStartTime, fixedStatus, ongoing, indicators,
      };
    },
  };
}

/** A copy of the array with room for at least `needed` entries (doubling, so n entries cost O(n) copies). */
function grown<T extends Int32Array | Uint8Array>(array: T, needed: number): T {
  const copy = new (array.constructor as new (length: number) => T)(Math.max(needed, array.length * 2));
  copy.set(array);
  return copy;
}

const ranks = new WeakMap<Dictionary, Int32Array>();

/** Each name's position in code-unit order (the order `<` gives), so ties between counts are broken without comparing strings; computed once per dictionary. */
export function nameRanks(dictionary: Dictionary): Int32Array {
  let rank = ranks.get(dictionary);
  if (rank === undefined) {
    const names = dictionary.names;
    const order = names.map((_, id) => id).sort((a, b) => ascending(names[a], names[b]));
    rank = new Int32Array(names.length);
    order.forEach((id, position) => { rank![id] = position; });
    ranks.set(dictionary, rank);
  }
  return rank;
}
