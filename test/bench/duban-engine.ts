import { deadlinesByMonth } from '../../src/analysis/deadline-density.ts';
import { filterTasks } from '../../src/analysis/filter-tasks.ts';
import type { Filters } from '../../src/analysis/filters.ts';
import { keyFigures } from '../../src/analysis/key-figures.ts';
import { targetMatrix, targetsByCategory } from '../../src/analysis/targets.ts';
import type { TaskRow } from '../../src/analysis/task-row.ts';
import { timelineItems } from '../../src/analysis/timeline-items.ts';
import { unitMonthHeatmap } from '../../src/analysis/unit-month-heatmap.ts';
import { workloadByUnit } from '../../src/analysis/workload.ts';
import type { Dataset } from '../../src/model/schema.ts';
import type { StepDigest } from './step-digest.ts';

/** Top N units in the workload and heatmap views, as the dashboard's default `top`. */
export const TOP_N = 15;

/** One view computation after a filter change, timed on its own so the table can show where time goes. */
export interface ViewStage {
  name: string;
  run(filtered: readonly TaskRow[], filters: Filters): unknown;
}

/** A filter change replayed on Duban's analysis: per-stage times and a digest to compare with crossfilter. */
export interface DubanStepResult {
  stageMs: Record<string, number>;
  totalMs: number;
  digest: StepDigest;
}

/**
 * Builds the stages the dashboard runs after a filter change (src/ui/*-view.tsx): filterTasks, then
 * keyFigures, workloadByUnit, unitMonthHeatmap, deadlinesByMonth over the rows filtered without the
 * due range (the density chart brushes it), timelineItems (lane region), targetsByCategory and targetMatrix.
 */
export function dubanStages(rows: readonly TaskRow[], datasets: readonly Dataset[], asOf: string): ViewStage[] {
  const unitGroups = Object.fromEntries(datasets.map((d) => [d.id, d.unitGroups]));
  const stages: ViewStage[] = [
    { name: 'keyFigures', run: (f) => keyFigures(f, asOf) },
    { name: 'workloadByUnit', run: (f) => workloadByUnit(f, { topN: TOP_N, split: 'all', expandGroups: false, unitGroups }) },
    { name: 'unitMonthHeatmap', run: (f) => unitMonthHeatmap(f, { topN: TOP_N }) },
    { name: 'deadlinesByMonth', run: (_f, filters) => deadlinesByMonth(filterTasks(rows, { ...filters, due: null }, asOf)) },
    { name: 'timelineItems', run: (f) => timelineItems(f, 'region', asOf) },
    { name: 'targetsByCategory', run: (f) => targetsByCategory(f) },
    { name: 'targetMatrix', run: (f) => targetMatrix(f) },
  ];
  return stages;
}

/** Runs filterTasks then every stage for one filter change and times each. */
export function runDubanStep(rows: readonly TaskRow[], stages: readonly ViewStage[], filters: Filters, asOf: string): DubanStepResult {
  const stageMs: Record<string, number> = {};
  const start = performance.now();
  const filtered = filterTasks(rows, filters, asOf);
  let t = performance.now();
  stageMs.filterTasks = t - start;
  const outputs: Record<string, unknown> = {};
  for (const stage of stages) {
    outputs[stage.name] = stage.run(filtered, filters);
    const now = performance.now();
    stageMs[stage.name] = now - t;
    t = now;
  }
  const figures = outputs.keyFigures as ReturnType<typeof keyFigures>;
  const workload = outputs.workloadByUnit as ReturnType<typeof workloadByUnit>;
  const heatmap = outputs.unitMonthHeatmap as ReturnType<typeof unitMonthHeatmap>;
  const density = outputs.deadlinesByMonth as ReturnType<typeof deadlinesByMonth>;
  const timeline = outputs.timelineItems as ReturnType<typeof timelineItems>;
  const matrix = outputs.targetMatrix as ReturnType<typeof targetMatrix>;
  const top = workload[0]?.units[0];
  return {
    stageMs,
    totalMs: t - start,
    digest: {
      count: filtered.length,
      figures: [figures.tasks, figures.regions, figures.units, figures.indicators, figures.passed, figures.due90, figures.later, figures.ongoing, figures.yearUnknown, figures.noDeadline],
      topUnit: top === undefined ? null : `${top.unit}:${top.total}`,
      heatmapUnits: heatmap.units.length,
      heatmapSum: heatmap.cells.reduce((n, c) => n + c[2], 0),
      densityTotal: density.totals.reduce((n, x) => n + x, 0),
      timelineMode: timeline.mode,
      targetCells: matrix.cells.length,
    },
  };
}
