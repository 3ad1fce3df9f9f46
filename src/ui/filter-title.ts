import { describeFilters } from '../analysis/describe-filters.ts';
import type { AppState } from '../state/app-state.ts';
import { filterVocabulary } from './filter-vocabulary.ts';

/** A chart or panel title with the active filters named after it: "任务最多的单位 · 期限已过的任务 · 汕尾市". */
export function titleWithFilters(title: string, state: Pick<AppState, 'filters' | 'lang'>): string {
  const named = describeFilters(state.filters, filterVocabulary(state.lang));
  return named === '' ? title : `${title} · ${named}`;
}
