import { selectRows } from './select-rows.ts';
import { runToEnd, type Steps } from './steps.ts';
import { UNIT_COLLECTIVE, UNIT_FIRST } from './task-table.ts';
import type { TaskRow } from './task-row.ts';
import { unitLabel } from './unit-identity.ts';

/** One value a filter can take and how many of the given rows have it. */
export interface FilterOption {
  value: string;
  count: number;
}

/** A section label at one level of the path tree. `value` is what the section filter takes. */
export interface SectionOption extends FilterOption {
  /** The full path from the outermost level down to this label. */
  path: string[];
  /** 0 for the outermost level. */
  depth: number;
}

export interface UnitOption extends FilterOption {
  /** The unit key (unit-identity.ts), e.g. "汕尾市/市政务服务数据管理局". */
  value: string;
  /** The unit as shown: its name, with "（region）" when the rows span several regions. */
  label: string;
  /** True when the name stands for many units (各有关单位 …) in any task. */
  collective: boolean;
}

/** The values each picker offers, with counts of tasks. */
export interface FilterOptions {
  /** Regions in first-seen order (dataset order). */
  regions: FilterOption[];
  /** Every distinct path prefix, depth-first in first-seen order: an outermost section, then its subsections. */
  sections: SectionOption[];
  /** Units by identity (region + name), most tasks first, then by key. */
  units: UnitOption[];
  /** Indicator categories (as the data prints them), most tasks first, then by name. */
  categories: FilterOption[];
}

/** Lists the filter values present in the rows with task counts (a task counts once per value); empty rows give empty lists. */
export function filterOptions(rows: readonly TaskRow[]): FilterOptions {
  return runToEnd(filterOptionSteps(rows));
}

/** Rows (or unit entries) counted between two pauses of filterOptionSteps. */
const ROWS_PER_STEP = 8192;

/** filterOptions as steps (see steps.ts): pauses every few thousand rows, so the page can run it in time slices. */
export function* filterOptionSteps(rows: readonly TaskRow[]): Steps<FilterOptions> {
  const regions = new Map<string, number>();
  const units = new Map<string, UnitOption>();
  const categories = new Map<string, number>();
  const root: SectionNode = { children: new Map() };

  for (let r = 0; r < rows.length; r++) {
    if (r % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield;
    const row = rows[r]!;
    regions.set(row.region, (regions.get(row.region) ?? 0) + 1);
    let node = root;
    const path = row.task.path;
    for (let depth = 0; depth < path.length; depth++) {
      const label = path[depth]!;
      let child = node.children.get(label);
      if (child === undefined) {
        child = { option: { value: label, count: 0, path: path.slice(0, depth + 1), depth }, children: new Map() };
        node.children.set(label, child);
      }
      child.option!.count++;
      node = child;
    }
    const indicators = row.task.indicators;
    for (let k = 0; k < indicators.length; k++) {
      const category = indicators[k]!.category;
      if (indicators.findIndex((other) => other.category === category) !== k) continue;
      categories.set(category, (categories.get(category) ?? 0) + 1);
    }
  }

  // units by identity from the column store: a unit named twice in one task (two roles) counts once
  const { table, ids } = selectRows(rows);
  for (let k = 0; k < ids.length; k++) {
    if (k % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield;
    const i = ids[k]!;
    for (let e = table.unitStart[i]!, end = table.unitStart[i + 1]!; e < end; e++) {
      const u = table.unitId[e]!;
      const key = table.units.names[u]!;
      let option = units.get(key);
      if (option === undefined) {
        option = { value: key, label: unitLabel(table.unitIdentities[u]!, regions.size > 1), count: 0, collective: false };
        units.set(key, option);
      }
      if ((table.unitBits[e]! & UNIT_COLLECTIVE) !== 0) option.collective = true;
      if ((table.unitBits[e]! & UNIT_FIRST) !== 0) option.count++;
    }
  }

  const sections: SectionOption[] = [];
  const walk = (node: SectionNode): void => {
    for (const child of node.children.values()) {
      sections.push(child.option!);
      walk(child);
    }
  };
  walk(root);

  return {
    regions: [...regions].map(([value, count]) => ({ value, count })),
    sections,
    units: [...units.values()].sort(byCountThenValue),
    categories: [...categories].map(([value, count]) => ({ value, count })).sort(byCountThenValue),
  };
}

interface SectionNode {
  option?: SectionOption;
  children: Map<string, SectionNode>;
}

function byCountThenValue(a: FilterOption, b: FilterOption): number {
  return b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
}
