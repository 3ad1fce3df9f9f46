import crossfilter from 'crossfilter2';
import { deadlineStatusAt } from '../../src/analysis/deadline-status.ts';
import type { Filters } from '../../src/analysis/filters.ts';
import { isoDayToTime } from '../../src/analysis/iso-day.ts';
import { monthKey } from '../../src/analysis/month-keys.ts';
import type { TaskRow } from '../../src/analysis/task-row.ts';
import { unitIdentity, unitKey } from '../../src/analysis/unit-identity.ts';
import { TOP_N } from './duban-engine.ts';
import type { StepDigest } from './step-digest.ts';

/** One task flattened into the fields the crossfilter dimensions read. */
interface Record_ {
  region: string;
  regionIndex: number;
  path: string[];
  /** Distinct unit names (any role). */
  units: string[];
  /** Distinct non-collective unit names. */
  namedUnits: string[];
  /** Distinct `${role}\0${name}` keys; collective names end in "\0c". */
  unitRoles: string[];
  /** `${name}\0${YYYY-MM}` per non-collective unit, for dated tasks only. */
  unitMonths: string[];
  status: string;
  /** Due time, +Infinity when undated, so the range filter drops it as filterTasks does. */
  due: number;
  categories: string[];
  text: string;
  indicators: number;
  /** `${category}\0${region}` per distinct indicator category: the targets matrix cells. */
  targetCells: string[];
  /** Dated or ongoing-only: drawn in a timeline lane. */
  laned: number;
}

/** A crossfilter set up with the same filters and groupings as the dashboard's views. */
export interface CrossfilterEngine {
  /** Applies the filters (only the fields that changed since the last call) and reads every group. */
  step(filters: Filters): StepDigest;
  /** Clears every filter, so a new run starts from the same state. */
  reset(): void;
}


/**
 * Builds the crossfilter equivalent of the dashboard over the rows at asOf: one dimension per filter
 * field and separate grouping dimensions (a crossfilter group ignores its own dimension's filter), except
 * the due-month density, which like the dashboard's density chart deliberately ignores the due range.
 */
export function createCrossfilterEngine(rows: readonly TaskRow[], asOf: string): CrossfilterEngine {
  const asOfTime = isoDayToTime(asOf);
  const regionIndex = new Map<string, number>();
  const records: Record_[] = rows.map((row) => {
    const task = row.task;
    const month = monthKey(row.dueTime);
    const units = new Set<string>();
    const named = new Set<string>();
    const roles = new Set<string>();
    for (const u of task.units) {
      // units are keyed as Duban keys them: "region/name", or the bare name of a body across regions
      const key = unitKey(unitIdentity(row.region, u.name));
      units.add(key);
      if (u.collective !== true) named.add(key);
      roles.add(`${u.role}\u0000${key}${u.collective === true ? '\u0000c' : ''}`);
    }
    if (!regionIndex.has(row.region)) regionIndex.set(row.region, regionIndex.size);
    const status = deadlineStatusAt(task.deadline, row.dueTime, asOfTime);
    return {
      region: row.region,
      regionIndex: regionIndex.get(row.region)!,
      path: task.path,
      units: [...units],
      namedUnits: [...named],
      unitRoles: [...roles],
      unitMonths: month === null ? [] : [...named].map((name) => `${name}\u0000${month}`),
      status: status ?? 'none',
      due: Number.isFinite(row.dueTime) ? row.dueTime : Infinity,
      categories: [...new Set(task.indicators.map((i) => i.category))],
      targetCells: [...new Set(task.indicators.map((i) => `${i.category}\u0000${row.region}`))],
      text: row.searchText,
      indicators: task.indicators.length,
      laned: Number.isFinite(row.dueTime) || (task.deadline.ongoing && task.deadline.due === null) ? 1 : 0,
    };
  });
  const regionCount = regionIndex.size;
  const cf = crossfilter(records);

  // filter dimensions
  const regionDim = cf.dimension((r) => r.region);
  const sectionDim = cf.dimension((r) => r.path, true);
  const unitDim = cf.dimension((r) => r.units, true);
  const statusDim = cf.dimension((r) => r.status);
  const dueDim = cf.dimension((r) => r.due);
  const categoryDim = cf.dimension((r) => r.categories, true);
  const textDim = cf.dimension((r) => r.text);

  // grouping dimensions and groups
  const all = cf.groupAll<{ n: number; indicators: number; laned: number }>().reduce(
    (p, r) => ((p.n++, (p.indicators += r.indicators), (p.laned += r.laned)), p),
    (p, r) => ((p.n--, (p.indicators -= r.indicators), (p.laned -= r.laned)), p),
    () => ({ n: 0, indicators: 0, laned: 0 }),
  );
  const statusGroup = cf.dimension((r) => r.status).group().reduceCount();
  const regionGroup = cf.dimension((r) => r.region).group().reduceCount();
  const namedGroup = cf.dimension((r) => r.namedUnits, true).group().reduceCount();
  const roleGroup = cf.dimension((r) => r.unitRoles, true).group().reduceCount();
  const unitMonthGroup = cf.dimension((r) => r.unitMonths, true).group().reduceCount();
  // targets: tasks with a target per category × region (crossfilter counts; Duban also lists the points)
  const targetGroup = cf.dimension((r) => r.targetCells, true).group().reduceCount();
  // region × month counts for the timeline bins (observes the due filter, as timelineItems does)
  const regionMonthGroup = cf.dimension((r) => (r.due === Infinity ? '' : `${r.region}\u0000${monthKey(r.due)}`)).group().reduceCount();
  // density: grouped on the due dimension itself, so it ignores the due range like the dashboard's density chart
  const densityGroup = dueDim
    .group<number, { counts: Int32Array; total: number }>((due) => monthIndexOf(due as number))
    .reduce(
      (p, r) => ((p.counts[r.regionIndex]!++, p.total++), p),
      (p, r) => ((p.counts[r.regionIndex]!--, p.total--), p),
      () => ({ counts: new Int32Array(regionCount), total: 0 }),
    );

  let applied: Filters | null = null;
  const changed = <K extends keyof Filters>(filters: Filters, key: K): boolean =>
    applied === null || JSON.stringify(applied[key]) !== JSON.stringify(filters[key]);
  const setFilter = (dim: crossfilter.Dimension<Record_, string>, values: readonly string[]) => {
    if (values.length === 0) dim.filterAll();
    else {
      const set = new Set(values);
      dim.filterFunction((v) => set.has(v as string));
    }
  };

  return {
    reset() {
      for (const dim of [regionDim, sectionDim, unitDim, statusDim, dueDim, categoryDim, textDim]) dim.filterAll();
      applied = null;
    },
    step(filters) {
      if (filters.role.length > 0) throw new Error('role filter not mirrored in the crossfilter engine');
      if (changed(filters, 'region')) setFilter(regionDim, filters.region);
      if (changed(filters, 'section')) setFilter(sectionDim, filters.section);
      if (changed(filters, 'unit')) setFilter(unitDim, filters.unit);
      if (changed(filters, 'status')) setFilter(statusDim, filters.status);
      if (changed(filters, 'category')) setFilter(categoryDim, filters.category);
      if (changed(filters, 'due')) {
        const from = filters.due?.from ? isoDayToTime(filters.due.from) : -Infinity;
        const to = filters.due?.to ? isoDayToTime(filters.due.to) : Infinity;
        if (filters.due === null || (from === -Infinity && to === Infinity)) dueDim.filterAll();
        else dueDim.filterFunction((v: number) => v >= from && v <= to);
      }
      if (changed(filters, 'q')) {
        const terms = filters.q.toLowerCase().split(/\s+/).filter((t) => t !== '');
        if (terms.length === 0) textDim.filterAll();
        else textDim.filterFunction((text: string) => terms.every((t) => text.includes(t)));
      }
      applied = filters;
      return readGroups();
    },
  };

  function readGroups(): StepDigest {
    const totals = all.value();
    const figures = { passed: 0, due90: 0, later: 0, ongoing: 0, yearUnknown: 0, none: 0 } as Record<string, number>;
    for (const g of statusGroup.all()) figures[g.key as string] = g.value as number;
    let regionsSeen = 0;
    for (const g of regionGroup.all()) if ((g.value as number) > 0) regionsSeen++;
    let unitsSeen = 0;
    for (const g of namedGroup.all()) if ((g.value as number) > 0) unitsSeen++;

    // workload: totals per non-collective unit over roles, top N
    const loads = new Map<string, number>();
    for (const g of roleGroup.all()) {
      const value = g.value as number;
      if (value === 0) continue;
      const key = g.key as string;
      if (key.endsWith('\u0000c')) continue;
      const name = key.slice(key.indexOf('\u0000') + 1);
      loads.set(name, (loads.get(name) ?? 0) + value);
    }
    const ranked = [...loads].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const top = ranked[0];

    // heatmap: per unit × month, top N units by dated tasks
    const byUnit = new Map<string, number>();
    const cells: { unit: string; month: string; count: number }[] = [];
    for (const g of unitMonthGroup.all()) {
      const count = g.value as number;
      if (count === 0) continue;
      const key = g.key as string;
      const cut = key.lastIndexOf('\u0000');
      const unit = key.slice(0, cut);
      cells.push({ unit, month: key.slice(cut + 1), count });
      byUnit.set(unit, (byUnit.get(unit) ?? 0) + count);
    }
    const heatUnits = new Set(
      [...byUnit].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, TOP_N).map(([u]) => u),
    );
    let heatmapSum = 0;
    for (const c of cells) if (heatUnits.has(c.unit)) heatmapSum += c.count;

    // density: months × regions
    let densityTotal = 0;
    const densityRows: number[][] = Array.from({ length: regionCount }, () => []);
    for (const g of densityGroup.all()) {
      if (g.key === Infinity) continue;
      const v = g.value as { counts: Int32Array; total: number };
      densityTotal += v.total;
      for (let r = 0; r < regionCount; r++) densityRows[r]!.push(v.counts[r]!);
    }

    // timeline: bins per region × month beyond 3000 laned tasks, else the filtered records themselves
    const mode = totals.laned > 3000 ? 'bins' : 'items';
    if (mode === 'bins') {
      let cellsDrawn = 0;
      for (const g of regionMonthGroup.all()) if ((g.value as number) > 0 && g.key !== '') cellsDrawn++;
      void cellsDrawn;
    } else {
      void cf.allFiltered();
    }

    let targetCells = 0;
    for (const g of targetGroup.all()) if ((g.value as number) > 0) targetCells++;

    return {
      count: totals.n,
      figures: [
        totals.n, regionsSeen, unitsSeen, totals.indicators,
        figures.passed!, figures.due90!, figures.later!, figures.ongoing!, figures.yearUnknown!, figures.none!,
      ],
      topUnit: top === undefined ? null : `${top[0]}:${top[1]}`,
      heatmapUnits: heatUnits.size,
      heatmapSum,
      densityTotal,
      timelineMode: mode,
      targetCells,
    };
  }
}

// Calendar month number (year × 12 + month), increasing with the time as crossfilter requires of a group key.
function monthIndexOf(time: number): number {
  if (time === Infinity) return Infinity;
  const d = new Date(time);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}
