import { useMemo } from 'react';
import type { Steps } from '../../analysis/steps.ts';
import { warmTable } from '../../analysis/table-warmers.ts';
import { taskRowSteps, type TaskRow } from '../../analysis/task-row.ts';
import { buildAliasLookup } from '../../analysis/unit-identity.ts';
import type { LoadResult } from '../../load/load-result.ts';
import type { UnitAliasTable } from '../../load/unit-alias-table.ts';
import { SLICED_FROM_TASKS } from '../use-prepared-rows.ts';
import { useSteppedMemo } from '../use-stepped-memo.ts';

interface LiveInput {
  live: LoadResult;
  load: LoadResult;
  rows: readonly TaskRow[];
  unitAliases: UnitAliasTable;
}

function* liveRowSteps({ live, load, rows, unitAliases }: LiveInput): Steps<readonly TaskRow[]> {
  // the dashboard's own load: its rows are already built (with the same alias table)
  if (live === load) return rows;
  const built = yield* taskRowSteps(live.datasets, buildAliasLookup(unitAliases.entries));
  if (built.length > 0) yield* warmTable(built[0]!.table);
  return built;
}

/**
 * The wall's load and its rows: the dashboard's while no refresh has brought anything new, else the refreshed load's,
 * built with the same unit alias table — in time slices at province size, the wall showing the previous load meanwhile.
 */
export function useLiveRows(load: LoadResult, rows: readonly TaskRow[], live: LoadResult, unitAliases: UnitAliasTable): { live: LoadResult; rows: readonly TaskRow[] } {
  const input = useMemo(() => ({ live, load, rows, unitAliases }), [live, load, rows, unitAliases]);
  const tasks = useMemo(() => live.datasets.reduce((sum, dataset) => sum + dataset.tasks.length, 0), [live]);
  const built = useSteppedMemo(input, liveRowSteps, live !== load && tasks >= SLICED_FROM_TASKS);
  return built === null ? { live: load, rows } : { live: built.input.live, rows: built.value };
}
