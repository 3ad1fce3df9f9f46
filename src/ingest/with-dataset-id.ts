import type { Dataset } from '../model/schema.ts';

/** Gives a dataset a new id, renaming its task ids and the task ids its warnings refer to. */
export function withDatasetId(dataset: Dataset, id: string): Dataset {
  if (dataset.id === id) return dataset;
  const prefix = `${dataset.id}/`;
  const rename = (taskId: string | null): string | null =>
    taskId?.startsWith(prefix) ? `${id}/${taskId.slice(prefix.length)}` : taskId;
  return {
    ...dataset,
    id,
    tasks: dataset.tasks.map((t) => ({ ...t, id: rename(t.id) ?? t.id })),
    warnings: dataset.warnings.map((w) => ({ ...w, taskId: rename(w.taskId) })),
  };
}
