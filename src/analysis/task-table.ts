import { ascending } from 'd3-array';
import type { Role } from '../model/schema.ts';
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
  const n = rows.length;
  const regions = createDictionary();
  const datasets = createDictionary();
  const units = createDictionary();
  const unitIdentities: UnitIdentity[] = [];
  // printed name → unit id, per region: most names repeat, so identity and key are worked out once each
  const unitIdByRegion = new Map<string, Map<string, number>>();
  const unitIdOf = (regionName: string, printed: string): number => {
    let byName = unitIdByRegion.get(regionName);
    if (byName === undefined) {
      byName = new Map();
      unitIdByRegion.set(regionName, byName);
    }
    let id = byName.get(printed);
    if (id === undefined) {
      const identity = unitIdentity(regionName, printed, aliases);
      id = intern(units, unitKey(identity));
      if (id === unitIdentities.length) unitIdentities.push(identity);
      byName.set(printed, id);
    }
    return id;
  };
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
  const indicators = new Int32Array(n);
  const unitId: number[] = [];
  const unitBits: number[] = [];
  const sectionId: number[] = [];
  const categoryId: number[] = [];
  const roleCode: Record<string, number> = { lead: 0, responsible: 1, support: 2 };
  let lastRegion = '';
  let lastRegionId = -1;
  let lastDataset = '';
  let lastDatasetId = -1;

  for (let i = 0; i < n; i++) {
    const row = rows[i]!;
    const task = row.task;
    // rows come dataset by dataset, so one comparison usually replaces the lookup
    if (lastRegionId < 0 || row.region !== lastRegion) {
      lastRegion = row.region;
      lastRegionId = intern(regions, row.region);
    }
    region[i] = lastRegionId;
    if (lastDatasetId < 0 || row.datasetId !== lastDataset) {
      lastDataset = row.datasetId;
      lastDatasetId = intern(datasets, row.datasetId);
    }
    dataset[i] = lastDatasetId;

    const first = unitId.length;
    let leadId = -1;
    for (const unit of task.units) {
      const id = unitIdOf(row.region, unit.name);
      const role = roleCode[unit.role] ?? 0;
      if (leadId < 0 && role === 0) leadId = id;
      let seenName = false;
      let seenPair = false;
      for (let e = first; e < unitId.length; e++) {
        if (unitId[e] !== id) continue;
        seenName = true;
        if ((unitBits[e]! & UNIT_ROLE) === role) seenPair = true;
      }
      if (seenPair) continue;
      unitId.push(id);
      unitBits.push(role | (unit.collective === true ? UNIT_COLLECTIVE : 0) | (seenName ? 0 : UNIT_FIRST));
    }
    unitStart[i + 1] = unitId.length;
    lead[i] = leadId >= 0 ? leadId : task.units.length > 0 ? unitIdOf(row.region, task.units[0]!.name) : -1;

    for (const label of task.path) sectionId.push(intern(sections, label));
    sectionStart[i + 1] = sectionId.length;

    const firstCategory = categoryId.length;
    for (const indicator of task.indicators) {
      const id = intern(categories, indicator.category);
      let seen = false;
      for (let e = firstCategory; e < categoryId.length; e++) if (categoryId[e] === id) seen = true;
      if (!seen) categoryId.push(id);
    }
    categoryStart[i + 1] = categoryId.length;
    indicators[i] = task.indicators.length;

    dueTime[i] = row.dueTime;
    dueMonth[i] = row.dueMonth;
    planStartTime[i] = row.planStartTime;
    const status = row.dueTime === row.dueTime ? null : deadlineStatusAt(task.deadline, NaN, NaN);
    fixedStatus[i] = status === null ? -1 : STATUSES.indexOf(status);
  }

  return {
    rows, regions, region, datasets, dataset,
    units, unitIdentities, aliases, unitStart, unitId: Int32Array.from(unitId), unitBits: Uint8Array.from(unitBits),
    sections, sectionStart, sectionId: Int32Array.from(sectionId),
    categories, categoryStart, categoryId: Int32Array.from(categoryId),
    lead, dueTime, dueMonth, planStartTime, fixedStatus, indicators,
  };
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
