import { useMemo } from 'react';
import { filterOptionSteps, type FilterOptions } from '../analysis/filter-options.ts';
import type { Steps } from '../analysis/steps.ts';
import { warmTable } from '../analysis/table-warmers.ts';
import { taskRowSteps, type TaskRow } from '../analysis/task-row.ts';
import { buildAliasLookup } from '../analysis/unit-identity.ts';
import type { LoadResult } from '../load/load-result.ts';
import type { UnitAliasTable } from '../load/unit-alias-table.ts';
import { useSteppedMemo } from './use-stepped-memo.ts';

/** From this many tasks, rows and filter options are built in time slices instead of inside one render. */
export const SLICED_FROM_TASKS = 5_000;

/** One load with the unit alias table in force: what the rows are built from. */
export interface RowsInput {
  load: LoadResult;
  unitAliases: UnitAliasTable;
}

/** The rows of a load and the values each filter offers, built together. */
export interface PreparedRows {
  rows: TaskRow[];
  options: FilterOptions;
}

/**
 * The rows of a load with the unit alias table applied, and what the opened views index per table (the targets'
 * points…), so that is not done in their first render: the dashboard's and the wall's rows are built alike.
 */
export function* rowSteps(load: LoadResult, unitAliases: UnitAliasTable): Steps<TaskRow[]> {
  const rows = yield* taskRowSteps(load.datasets, buildAliasLookup(unitAliases.entries));
  if (rows.length > 0) yield* warmTable(rows[0]!.table);
  return rows;
}

/** Whether a load is large enough to be built in slices (SLICED_FROM_TASKS). */
export function slicedLoad(load: LoadResult): boolean {
  let tasks = 0;
  for (const dataset of load.datasets) tasks += dataset.tasks.length;
  return tasks >= SLICED_FROM_TASKS;
}

function* prepareRows({ load, unitAliases }: RowsInput): Steps<PreparedRows> {
  const rows = yield* rowSteps(load, unitAliases);
  const options = yield* filterOptionSteps(rows);
  return { rows, options };
}

/**
 * The rows and filter options of a load. A province-sized load (SLICED_FROM_TASKS and up) is built in slices of a few
 * milliseconds, and until that is done the rows of the previous batch stay on screen with the load they came from
 * (`input.load`, which the views must use, not the newer one): the page answers while the next batch is prepared.
 * Null only before the first rows are ready.
 */
export function usePreparedRows(load: LoadResult, unitAliases: UnitAliasTable): { input: RowsInput; value: PreparedRows } | null {
  const input = useMemo(() => ({ load, unitAliases }), [load, unitAliases]);
  const sliced = useMemo(() => slicedLoad(load), [load]);
  return useSteppedMemo(input, prepareRows, sliced);
}
