import { useMemo } from 'react';
import type { Steps } from '../../analysis/steps.ts';
import type { TaskRow } from '../../analysis/task-row.ts';
import type { LoadResult } from '../../load/load-result.ts';
import type { UnitAliasTable } from '../../load/unit-alias-table.ts';
import { rowSteps, slicedLoad } from '../use-prepared-rows.ts';
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
  return yield* rowSteps(live, unitAliases);
}

/**
 * The wall's load and its rows: the dashboard's while no refresh has brought anything new, else the refreshed load's,
 * built with the same unit alias table — in time slices at province size, the wall showing the previous load meanwhile.
 */
export function useLiveRows(load: LoadResult, rows: readonly TaskRow[], live: LoadResult, unitAliases: UnitAliasTable): { live: LoadResult; rows: readonly TaskRow[] } {
  const input = useMemo(() => ({ live, load, rows, unitAliases }), [live, load, rows, unitAliases]);
  const sliced = useMemo(() => live !== load && slicedLoad(live), [live, load]);
  const built = useSteppedMemo(input, liveRowSteps, sliced);
  return built === null ? { live: load, rows } : { live: built.input.live, rows: built.value };
}
