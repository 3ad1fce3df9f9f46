import type { TaskRow } from '../../analysis/task-row.ts';
import type { ProgressView } from './use-progress.ts';

/** Keeps the rows whose progress colour is among the link's `progress=` colours (a task without a report is grey); all rows when none is chosen. */
export function filterByProgress(rows: readonly TaskRow[], progress: Pick<ProgressView, 'byTask' | 'params'>): readonly TaskRow[] {
  const wanted = progress.params.progress;
  if (wanted.length === 0) return rows;
  return rows.filter((row) => wanted.includes(progress.byTask.get(row.task.id)?.rag ?? 'grey'));
}
