import type { FilterOptions } from '../analysis/filter-options.ts';
import type { Filters } from '../analysis/filters.ts';
import type { TaskRow } from '../analysis/task-row.ts';
import type { LoadResult } from '../load/load-datasets.ts';
import type { UnitAliasTable } from '../load/unit-alias-table.ts';
import type { Dataset } from '../model/schema.ts';
import type { AppState } from '../state/app-state.ts';
import type { ProgressView } from './progress/use-progress.ts';
import type { Navigate } from './use-app-state.ts';

/** What every view gets from the shell: the URL state, the loaded data and the filtered rows. */
export interface ViewProps {
  state: AppState;
  navigate: Navigate;
  /** The as-of date in effect (the URL's, else today). */
  asOf: string;
  load: LoadResult;
  datasets: readonly Dataset[];
  rows: readonly TaskRow[];
  filtered: readonly TaskRow[];
  options: FilterOptions;
  /** data/unit-aliases.json as loaded (no entries when missing); the rows' unit keys already apply it. */
  unitAliases: UnitAliasTable;
  /** Returned progress reports and every task's 督办 status at the as-of date (empty without reports). */
  progress: ProgressView;
}

/** Returns a state change that merges `patch` into the filters (a new history entry when navigated to). */
export function withFilters(patch: Partial<Filters>): (state: AppState) => AppState {
  return (state) => ({ ...state, filters: { ...state.filters, ...patch } });
}

/** Returns `values` with `value` added, or removed when already present. */
export function toggled<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}
