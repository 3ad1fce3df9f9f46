import type { Dataset, Task } from '../model/schema.ts';
import type { FetchLimits } from './fetch-text.ts';
import type { FileLoader } from './load-datasets.ts';
import { failureKey, UNKNOWN_KEY } from './load-keys.ts';
import type { LoadFailure, LoadResult, PendingTexts } from './load-result.ts';

/**
 * Fetches the texts side file of every dataset `result` lists as pending (loaded with
 * `deferTexts`) and returns the result with each task's title, text and unitsRaw filled in and
 * nothing pending. A side file that cannot be read, or whose rows do not match the tasks by id,
 * is a failure naming it; its dataset stays shown with the texts that did match (the others
 * empty), never with another task's text.
 */
export async function fillArrowTexts(result: LoadResult, files: FileLoader, limits: Partial<FetchLimits> = {}): Promise<LoadResult> {
  const pending = result.pendingTexts ?? [];
  if (pending.length === 0 || files.texts === undefined) return result;
  const loadTexts = files.texts;
  const filled = new Map<string, Dataset>();
  const failures: LoadFailure[] = [];
  const keys = new Map<string, string>();
  const byId = new Map(result.datasets.map((d) => [d.id, d]));
  await Promise.all(
    pending.map(async (p: PendingTexts) => {
      const dataset = byId.get(p.id);
      if (dataset === undefined) return;
      const texts = await loadTexts(p.url, p.file, p.id, limits);
      keys.set(p.file, 'kind' in texts ? failureKey(texts) : (texts.digest ?? UNKNOWN_KEY));
      if ('kind' in texts) {
        failures.push(texts);
        return;
      }
      const rowOf = new Map<string, number>();
      texts.ids.forEach((id, row) => {
        if (id !== null && !rowOf.has(id)) rowOf.set(id, row);
      });
      let unmatched = 0;
      const tasks = dataset.tasks.map((task): Task => {
        const row = rowOf.get(task.id);
        const text = row === undefined ? null : texts.texts[row];
        const unitsRaw = row === undefined ? null : texts.unitsRaw[row];
        if (row === undefined || text === null || text === undefined || unitsRaw === null || unitsRaw === undefined) {
          unmatched += 1;
          return task;
        }
        return { ...task, title: texts.titles[row] ?? null, text, unitsRaw };
      });
      filled.set(p.id, { ...dataset, tasks });
      if (unmatched > 0) failures.push({ file: p.file, id: p.id, kind: 'schema', status: null, details: [`${p.file}: ${unmatched} of ${tasks.length} tasks have no text row`] });
    }),
  );
  const { pendingTexts: _done, ...rest } = result;
  // Manifest order, like every other failure.
  const order = new Map(pending.map((p, index) => [p.id, index]));
  failures.sort((a, b) => (order.get(a.id ?? '') ?? 0) - (order.get(b.id ?? '') ?? 0));
  const datasets = result.datasets.map((d) => filled.get(d.id) ?? d);
  const fileKeys = result.fileKeys === undefined ? {} : { fileKeys: { ...result.fileKeys, ...Object.fromEntries(keys) } };
  return { ...rest, datasets, failures: [...result.failures, ...failures], ...fileKeys };
}
