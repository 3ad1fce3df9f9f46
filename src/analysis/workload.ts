import type { Role } from '../model/schema.ts';
import type { TaskRow } from './task-row.ts';

/** Tasks of one unit by the role it holds (a task counts once per unit and role). */
export interface UnitLoad {
  unit: string;
  lead: number;
  responsible: number;
  support: number;
  /** lead + responsible + support. */
  total: number;
  /** True for a name standing for many units (各有关单位 …), kept apart from the ranking. */
  collective: boolean;
}

/** The units beyond the top N, summed. */
export interface OtherLoad extends Omit<UnitLoad, 'unit' | 'collective'> {
  /** How many units were summed. */
  unitCount: number;
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

/** Counts tasks per unit by role, ranked into top N + other with collective units apart; topN < 0 is read as 0. */
export function workloadByUnit(rows: readonly TaskRow[], options: WorkloadOptions): WorkloadGroup[] {
  const groups = new Map<string | null, Map<string, UnitLoad>>();
  const seen: string[] = []; // reused: a task counts once per unit and role
  for (const row of rows) {
    const key = options.split === 'region' ? row.region : null;
    let loads = groups.get(key);
    if (loads === undefined) {
      loads = new Map();
      groups.set(key, loads);
    }
    const defined = options.expandGroups ? options.unitGroups[row.datasetId] : undefined;
    seen.length = 0;
    for (const unit of row.task.units) {
      const members = defined?.[unit.name];
      if (members !== undefined && members.length > 0) {
        for (const member of members) count(loads, seen, member, unit.role, false);
      } else {
        count(loads, seen, unit.name, unit.role, unit.collective === true);
      }
    }
  }
  const topN = Math.max(0, Math.floor(options.topN));
  return [...groups].map(([region, loads]) => {
    const ranked = [...loads.values()].sort(byTotalThenName);
    const regular = ranked.filter((load) => !load.collective);
    const rest = regular.slice(topN);
    return {
      region,
      units: regular.slice(0, topN),
      other: rest.length === 0 ? null : sumLoads(rest),
      collective: ranked.filter((load) => load.collective),
    };
  });
}

function count(loads: Map<string, UnitLoad>, seen: string[], name: string, role: Role, collective: boolean): void {
  for (let i = 0; i < seen.length; i += 2) if (seen[i] === name && seen[i + 1] === role) return;
  seen.push(name, role);
  let load = loads.get(name);
  if (load === undefined) {
    load = { unit: name, lead: 0, responsible: 0, support: 0, total: 0, collective };
    loads.set(name, load);
  }
  if (collective) load.collective = true;
  load[role]++;
  load.total++;
}

function sumLoads(loads: readonly UnitLoad[]): OtherLoad {
  const other: OtherLoad = { lead: 0, responsible: 0, support: 0, total: 0, unitCount: loads.length };
  for (const load of loads) {
    other.lead += load.lead;
    other.responsible += load.responsible;
    other.support += load.support;
    other.total += load.total;
  }
  return other;
}

function byTotalThenName(a: UnitLoad, b: UnitLoad): number {
  return b.total - a.total || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0);
}
