import { DatasetSchema, type Task } from '../model/schema.ts';
import { areCertainlyTasks } from './check-json-tasks.ts';
import { packTasks, type PackedLoadedFile } from './packed-tasks.ts';

/**
 * A parsed JSON dataset packed for the page straight away, when every task is certainly valid (check-json-tasks.ts):
 * only its dataset-level fields go through DatasetSchema, with no tasks, and the tasks are packed as they are — the
 * schema's copy of 10,000 task objects was most of a worker's time on a large file. Null otherwise: the caller then
 * validates the whole file with the schema, which accepts or refuses it exactly as before. Worker side.
 */
export function packJsonDataset(value: unknown, file: string): PackedLoadedFile | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const tasks = (value as { tasks?: unknown }).tasks;
  if (!Array.isArray(tasks) || !areCertainlyTasks(tasks)) return null;
  const header = DatasetSchema.safeParse({ ...value, tasks: [] });
  if (!header.success) return null;
  return { file, dataset: header.data, packedTasks: packTasks(tasks as Task[], header.data.id) };
}
