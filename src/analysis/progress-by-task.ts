import { progressAt, type TaskProgress } from './progress-status.ts';
import type { FiledReport } from './progress-reports.ts';
import type { TaskRow } from './task-row.ts';

/** Every row's progress at `asOf`, keyed by task id (see progressAt). */
export function progressByTask(rows: readonly TaskRow[], byTask: ReadonlyMap<string, readonly FiledReport[]>, asOf: string, soonDays: number): Map<string, TaskProgress> {
  const out = new Map<string, TaskProgress>();
  for (const row of rows) out.set(row.task.id, progressAt(row.task, byTask.get(row.task.id), asOf, soonDays));
  return out;
}
