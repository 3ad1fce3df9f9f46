import { EMPTY_FILTERS } from '../analysis/filters.ts';
import type { AppState } from './app-state.ts';
import { withProgressParams } from './progress-params.ts';

/**
 * "清除全部筛选": every filter that hides tasks — the filter bar's and the 督办 colours (`progress=`).
 * Settings are kept: the as-of date and the days before a deadline that count as 临期 (`soon=`),
 * which colour tasks but hide none (its chip says it stays); so is the 催办单 being shown.
 */
export function clearAllFilters(state: AppState): AppState {
  return withProgressParams({ ...state, filters: EMPTY_FILTERS }, { progress: [] });
}
