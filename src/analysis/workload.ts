import { createMemoCache, memoised } from './memoised.ts';
import { scratchInt32, scratchUint8 } from './scratch-buffers.ts';
import { selectRows, type RowSelection } from './select-rows.ts';
import { topByCount } from './top-by-count.ts';
import { unitTally } from './unit-tally.ts';
import { intern, nameRanks, UNIT_COLLECTIVE, UNIT_ROLE, type Dictionary, type TaskTable } from './task-table.ts';
import type { TaskRow } from './task-row.ts';
import { unitIdentity, unitKey, unitLabel, type UnitIdentity } from './unit-identity.ts';

/** Tasks of one unit by the role it holds (a task counts once per unit and role). */
export interface UnitLoad {
  /** The unit key (unit-identity.ts): what the unit filter takes. */
  unit: string;
  /** The unit's name and region (null: one body across regions). */
  name: string;
  region: string | null;
  /** The name, with "（region）" when the rows span several regions. */
  label: string;
  lead: number;
  responsible: number;
  support: number;
  /** lead + responsible + support. */
  total: number;
  /** True for a name standing for many units (各有关单位 …), kept apart from the ranking. */
  collective: boolean;
}

/** The units beyond the top N, summed. */
export interface OtherLoad extends Omit<UnitLoad, 'unit' | 'name' | 'region' | 'label' | 'collective'> {
  /** How many units were summed. */
  unitCount: number;
  /** Distinct tasks naming any of these units (what the "other" line shows; total sums their assignments). */
  tasks: number;
  /** The summed units, most tasks first; built on first read (tens of thousands at province scale). */
  members: UnitLoad[];
}

/** The workload of one region, or of all regions together (region null). */
export interface WorkloadGroup {
  region: string | null;
  /** Top N non-collective units, most tasks first, then by name. */
  units: UnitLoad[];
  /** The rest summed; null when nothing is left over. */
  other: OtherLoad | null;
  /** Collective units, most tasks first, then by name. */
  collective: UnitLoad[];
}

export interface WorkloadOptions {
  topN: number;
  /** 'all': one group over every region; 'region': one group per region, in first-seen order. */
  split: 'all' | 'region';
  /** Replace a collective unit the document defines (dataset.unitGroups) by its members, with the same role. */
  expandGroups: boolean;
  /** dataset.unitGroups by dataset id. */
  unitGroups: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
}

const cache = createMemoCache<WorkloadGroup[]>();

/** Counts tasks per unit by role, ranked into top N + other with collective units apart; topN < 0 is read as 0. */
export function workloadByUnit(rows: readonly TaskRow[], options: WorkloadOptions): WorkloadGroup[] {
  const topN = Math.max(0, Math.floor(options.topN));
  const key = `${topN}|${options.split}|${options.expandGroups ? objectKey(options.unitGroups) : ''}`;
  return memoised(cache, rows, key, () => countWorkload(selectRows(rows), topN, options));
}

/** Unit names and, per dataset, the members each defined group expands to (ids into names). */
interface Expansion {
  names: Dictionary;
  identities: UnitIdentity[];
  members: (Map<number, Int32Array> | undefined)[];
}

function countWorkload(selection: RowSelection, topN: number, options: WorkloadOptions): WorkloadGroup[] {
  const { table, ids } = selection;
  const expansion = options.expandGroups ? expansionOf(table, options.unitGroups) : null;
  const names = expansion?.names ?? table.units;
  const size = names.names.length;
  const newTally = (): Tally => freshTally(size, expansion !== null);
  const rank = nameRanks(names);
  const identities = expansion?.identities ?? table.unitIdentities;
  if (options.split === 'all') {
    if (ids.length === 0) return [];
    let tally: Tally;
    if (expansion === null) {
      // the plain count is the one the key figures and the heatmap share: one pass over the entries for all three
      const shared = unitTally(selection);
      tally = { counts: shared.roles, collective: shared.collective, touched: shared.touched, touchedCount: shared.touchedCount, stamp: null };
    } else {
      tally = newTally();
      countRows(table, ids, expansion, tally);
    }
    return [rankGroup(null, names.names, rank, tally, topN, { table, ids, expansion, identities, manyRegions: spansRegions(table, ids) })];
  }
  const tally = newTally();
  // one group per region, first-seen order: bucket the rows by region, then count bucket by bucket
  const slotOf = new Int32Array(table.regions.names.length).fill(-1);
  const regionOrder: number[] = [];
  const sizes: number[] = [];
  for (let k = 0; k < ids.length; k++) {
    const r = table.region[ids[k]!]!;
    let slot = slotOf[r]!;
    if (slot < 0) {
      slot = regionOrder.length;
      slotOf[r] = slot;
      regionOrder.push(r);
      sizes.push(0);
    }
    sizes[slot]!++;
  }
  const offsets = new Int32Array(regionOrder.length + 1);
  sizes.forEach((n, slot) => { offsets[slot + 1] = offsets[slot]! + n; });
  const fill = offsets.slice(0, regionOrder.length);
  const bucketed = new Int32Array(ids.length);
  for (let k = 0; k < ids.length; k++) bucketed[fill[slotOf[table.region[ids[k]!]!]!]!++] = ids[k]!;
  return regionOrder.map((r, slot) => {
    const bucket = bucketed.subarray(offsets[slot]!, offsets[slot + 1]!);
    countRows(table, bucket, expansion, tally);
    const group = rankGroup(table.regions.names[r]!, names.names, rank, tally, topN, { table, ids: bucket, expansion, identities, manyRegions: false });
    clearTally(tally);
    return group;
  });
}

/** Counts per unit × role (counts[unit * 3 + role]) and which units were touched; reset with clearTally. */
interface Tally {
  counts: Int32Array;
  collective: Uint8Array;
  touched: Int32Array;
  touchedCount: number;
  /** Expanded groups only: the position (+1) of the row that last counted unit × role, so a task counts once per unit and role. */
  stamp: Int32Array | null;
}

function freshTally(size: number, expanded: boolean): Tally {
  return { counts: new Int32Array(size * 3), collective: new Uint8Array(size), touched: new Int32Array(size), touchedCount: 0, stamp: expanded ? new Int32Array(size * 3) : null };
}

function countRows(table: TaskTable, ids: Int32Array, expansion: Expansion | null, tally: Tally): void {
  const { unitStart, unitId, unitBits, dataset } = table;
  const { counts, collective, touched, stamp } = tally;
  for (let k = 0; k < ids.length; k++) {
    const i = ids[k]!;
    const defined = expansion === null ? undefined : expansion.members[dataset[i]!];
    for (let e = unitStart[i]!, end = unitStart[i + 1]!; e < end; e++) {
      const role = unitBits[e]! & UNIT_ROLE;
      const members = defined?.get(unitId[e]!);
      if (members !== undefined) {
        for (let m = 0; m < members.length; m++) {
          const code = members[m]! * 3 + role;
          if (stamp![code] === k + 1) continue;
          stamp![code] = k + 1;
          if (counts[code]!++ === 0 && counts[code - role]! + counts[code - role + 1]! + counts[code - role + 2]! === 1) touched[tally.touchedCount++] = members[m]!;
        }
        continue;
      }
      const u = unitId[e]!;
      const code = u * 3 + role;
      if (stamp !== null) {
        if (stamp[code] === k + 1) continue;
        stamp[code] = k + 1;
      }
      if (counts[code]!++ === 0 && counts[u * 3]! + counts[u * 3 + 1]! + counts[u * 3 + 2]! === 1) touched[tally.touchedCount++] = u;
      if ((unitBits[e]! & UNIT_COLLECTIVE) !== 0) collective[u] = 1;
    }
  }
  if (stamp !== null) stamp.fill(0);
}

function clearTally(tally: Tally): void {
  for (let t = 0; t < tally.touchedCount; t++) {
    const u = tally.touched[t]!;
    tally.counts[u * 3] = 0;
    tally.counts[u * 3 + 1] = 0;
    tally.counts[u * 3 + 2] = 0;
    tally.collective[u] = 0;
  }
  tally.touchedCount = 0;
}

/** What a group needs beyond the tally: its rows (to count the other line's distinct tasks) and how to label units. */
interface GroupContext {
  table: TaskTable;
  ids: Int32Array;
  expansion: Expansion | null;
  identities: readonly UnitIdentity[];
  manyRegions: boolean;
}

/** True when the rows come from more than one region. */
function spansRegions(table: TaskTable, ids: Int32Array): boolean {
  for (let k = 1; k < ids.length; k++) if (table.region[ids[k]!] !== table.region[ids[0]!]) return true;
  return false;
}

function rankGroup(region: string | null, names: readonly string[], rank: Int32Array, tally: Tally, topN: number, context: GroupContext): WorkloadGroup {
  const { counts, collective, touched } = tally;
  const total = (u: number) => counts[u * 3]! + counts[u * 3 + 1]! + counts[u * 3 + 2]!;
  const byTotalThenName = (a: number, b: number) => total(b) - total(a) || rank[a]! - rank[b]!;
  const regular = scratchInt32(context.table, 'workload regular', tally.touchedCount);
  let regularCount = 0;
  const collectiveIds: number[] = [];
  for (let t = 0; t < tally.touchedCount; t++) {
    const u = touched[t]!;
    if (collective[u] === 0) regular[regularCount++] = u;
    else collectiveIds.push(u);
  }
  // only the top N need an order
  const top = topByCount(regular, regularCount, total, rank, topN);
  const load = (u: number): UnitLoad => ({
    unit: names[u]!,
    name: context.identities[u]!.name,
    region: context.identities[u]!.region,
    label: unitLabel(context.identities[u]!, context.manyRegions),
    lead: counts[u * 3]!, responsible: counts[u * 3 + 1]!, support: counts[u * 3 + 2]!, total: total(u), collective: collective[u] === 1,
  });
  let other: OtherLoad | null = null;
  if (regularCount > topN) {
    // At province scale the rest is tens of thousands of units, and each member is an object with a
    // label; they are only needed when somebody opens the 其他 list, so the list is built on first read,
    // counting the group's rows once more then (the tally is reused by the next selection, and a copy of
    // it per filter step cost more than the whole ranking)
    const inTop = scratchUint8(context.table, 'workload inTop', names.length);
    for (const u of top) inTop[u] = 1;
    let lead = 0;
    let responsible = 0;
    let support = 0;
    for (let k = 0; k < regularCount; k++) {
      const u = regular[k]!;
      if (inTop[u] === 1) continue;
      lead += counts[u * 3]!;
      responsible += counts[u * 3 + 1]!;
      support += counts[u * 3 + 2]!;
    }
    const tasks = distinctTasks(context, collective, inTop);
    // the buffer is all zeros between calls
    for (const u of top) inTop[u] = 0;
    other = {
      lead, responsible, support, total: lead + responsible + support, unitCount: regularCount - top.length, tasks,
      get members() {
        const value = restMembers(top, names, rank, context);
        Object.defineProperty(this, 'members', { value, enumerable: true });
        return value;
      },
    };
  }
  return { region, units: top.map(load), other, collective: collectiveIds.sort(byTotalThenName).map(load) };
}

/** The units beyond the top N as loads, most tasks first, then by name, from a fresh count of the group's rows. */
function restMembers(top: readonly number[], names: readonly string[], rank: Int32Array, context: GroupContext): UnitLoad[] {
  const tally = freshTally(names.length, context.expansion !== null);
  countRows(context.table, context.ids, context.expansion, tally);
  const { counts, collective } = tally;
  const inTop = new Set(top);
  const ids: number[] = [];
  for (let t = 0; t < tally.touchedCount; t++) {
    const u = tally.touched[t]!;
    if (collective[u] === 0 && !inTop.has(u)) ids.push(u);
  }
  const total = (u: number) => counts[u * 3]! + counts[u * 3 + 1]! + counts[u * 3 + 2]!;
  ids.sort((a, b) => total(b) - total(a) || rank[a]! - rank[b]!);
  return ids.map((u) => {
    const identity = context.identities[u]!;
    return {
      unit: names[u]!, name: identity.name, region: identity.region, label: unitLabel(identity, context.manyRegions),
      lead: counts[u * 3]!, responsible: counts[u * 3 + 1]!, support: counts[u * 3 + 2]!, total: total(u), collective: false,
    };
  });
}

/**
 * How many of the group's rows name at least one unit of the other line (directly, or through an expanded group): a
 * unit the rows name that is neither collective nor in the top (every unit the rows name was counted, so the two flags decide).
 */
function distinctTasks({ table, ids, expansion }: GroupContext, collective: Uint8Array, inTop: Uint8Array): number {
  const { unitStart, unitId, dataset } = table;
  let count = 0;
  rowLoop: for (let k = 0; k < ids.length; k++) {
    const i = ids[k]!;
    const defined = expansion === null ? undefined : expansion.members[dataset[i]!];
    for (let e = unitStart[i]!, end = unitStart[i + 1]!; e < end; e++) {
      const members = defined?.get(unitId[e]!);
      if (members !== undefined) {
        for (let m = 0; m < members.length; m++) {
          if (collective[members[m]!] === 0 && inTop[members[m]!] === 0) {
            count++;
            continue rowLoop;
          }
        }
      } else if (collective[unitId[e]!] === 0 && inTop[unitId[e]!] === 0) {
        count++;
        continue rowLoop;
      }
    }
  }
  return count;
}

const expansions = new WeakMap<object, { table: TaskTable; expansion: Expansion }>();

function expansionOf(table: TaskTable, unitGroups: WorkloadOptions['unitGroups']): Expansion {
  const known = expansions.get(unitGroups);
  if (known !== undefined && known.table === table) return known.expansion;
  // the table's names first (same ids), then members the tasks never name themselves
  const names: Dictionary = { names: table.units.names.slice(), ids: new Map(table.units.ids) };
  const identities = table.unitIdentities.slice();
  const regionOfDataset = datasetRegions(table);
  const keyOf = (datasetSlot: number, printed: string) => unitKey(unitIdentity(regionOfDataset[datasetSlot] ?? '', printed, table.aliases));
  const members = table.datasets.names.map((datasetId, datasetSlot) => {
    const defined = unitGroups[datasetId];
    if (defined === undefined) return undefined;
    const map = new Map<number, Int32Array>();
    for (const [group, list] of Object.entries(defined)) {
      const id = table.units.ids.get(keyOf(datasetSlot, group));
      if (id !== undefined && list.length > 0) {
        map.set(id, Int32Array.from(list, (member) => {
          const memberId = intern(names, keyOf(datasetSlot, member));
          if (memberId === identities.length) identities.push(unitIdentity(regionOfDataset[datasetSlot] ?? '', member, table.aliases));
          return memberId;
        }));
      }
    }
    return map;
  });
  const expansion = { names, identities, members };
  expansions.set(unitGroups, { table, expansion });
  return expansion;
}

/** The region of each dataset slot (a dataset has one region). */
function datasetRegions(table: TaskTable): string[] {
  const out: string[] = [];
  for (let i = 0; i < table.dataset.length; i++) out[table.dataset[i]!] ??= table.regions.names[table.region[i]!]!;
  return out;
}

const objectKeys = new WeakMap<object, number>();
let nextObjectKey = 0;

// a stable number per unitGroups object, so the memo key tells two objects apart
function objectKey(value: object): number {
  let key = objectKeys.get(value);
  if (key === undefined) {
    key = nextObjectKey++;
    objectKeys.set(value, key);
  }
  return key;
}
