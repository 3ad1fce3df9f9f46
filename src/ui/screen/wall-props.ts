import type { Filters } from '../../analysis/filters.ts';
import type { TaskProgress } from '../../analysis/progress-status.ts';
import type { TaskRow } from '../../analysis/task-row.ts';
import type { Lang } from '../../state/app-state.ts';

/** What every widget of the composite wall draws from. */
export interface WallProps {
  lang: Lang;
  asOf: string;
  /** The rows the URL's filters leave. */
  rows: readonly TaskRow[];
  filters: Filters;
  /** The active filters in words (wall-scope.ts), named in every panel title. */
  filterWords: readonly string[];
  /** Each row's 督办 status at the as-of date once any progress report is loaded; null without reports (the wall stays plan-only). */
  progress: ReadonlyMap<string, TaskProgress> | null;
}

/** A panel title with the active filters after it: "需关注的任务 · 汕尾市 · 期限已过". */
export function titleWithFilters(title: string, filterWords: readonly string[]): string {
  return filterWords.length === 0 ? title : `${title} · ${filterWords.join(' · ')}`;
}
