import type { TaskRow } from './task-row.ts';

/**
 * The ids of the tasks still waiting for their texts: tasks of a dataset in `pendingDatasetIds` (a compact-encoded
 * dataset shown before its texts side file arrived) whose title and text are both still empty. A task that has a title
 * or text is never listed; with nothing pending the answer is empty and the rows are not read.
 */
export function tasksAwaitingTexts(rows: readonly Pick<TaskRow, 'task' | 'datasetId'>[], pendingDatasetIds: ReadonlySet<string>): ReadonlySet<string> {
  const ids = new Set<string>();
  if (pendingDatasetIds.size === 0) return ids;
  for (const row of rows) {
    if (!pendingDatasetIds.has(row.datasetId)) continue;
    const { title, text } = row.task;
    if ((title ?? '').trim() === '' && text.trim() === '') ids.add(row.task.id);
  }
  return ids;
}
