import type { Dataset } from '../model/schema.ts';

/** What rekeyForeignTaskIds did: the dataset to show and one line per task it re-keyed. */
export interface RekeyedDataset {
  dataset: Dataset;
  /** "tasks.3 (line 12): zhanjiang-2021/4 → copy-2024/4". */
  changes: string[];
}

/**
 * Task ids are "<dataset id>/<number>". A dataset copied by hand and given a new id keeps the old
 * prefix, so every task would clash with the original and be dropped as a repeat, silently.
 * Re-keys each task whose id does not start with its dataset's id under that id (the part after the
 * last "/" kept), and says so; a dataset whose ids all fit is returned as it is. Pure.
 */
export function rekeyForeignTaskIds(dataset: Dataset): RekeyedDataset {
  const prefix = `${dataset.id}/`;
  if (dataset.tasks.every((task) => task.id.startsWith(prefix))) return { dataset, changes: [] };
  const changes: string[] = [];
  const tasks = dataset.tasks.map((task, index) => {
    if (task.id.startsWith(prefix)) return task;
    const slash = task.id.lastIndexOf('/');
    const id = prefix + (slash < 0 ? task.id : task.id.slice(slash + 1));
    changes.push(`tasks.${index} (line ${task.source.line}): ${task.id} → ${id}`);
    return { ...task, id };
  });
  return { dataset: { ...dataset, tasks }, changes };
}
