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
export const SLICED_FROM_TASKS = 20_000;

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

function* prepareRows({ load, unitAliases }: RowsInput): Steps<PreparedRows> {
  const rows = yield* taskRowSteps(load.datasets, buildAliasLookup(unitAliases.entries));
  const options = yield* filterOptionSteps(rows);
  // what the opened views index per table (the targets' points…) is built here too, not in their first render
  if (rows.length > 0) yield* warmTable(rows[0]!.table);
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
  const tasks = useMemo(() => load.datasets.reduce((sum, dataset) => sum + dataset.tasks.length, 0), [load]);
  return useSteppedMemo(input, prepareRows, tasks >= SLICED_FROM_TASKS);
}
