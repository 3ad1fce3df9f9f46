import type { Dataset } from '../../src/model/schema.ts';
import { FORMAT_VERSION } from '../../src/model/schema.ts';

/**
 * Issue 14's second layout: the same tasks as the generated documents, in `files` datasets of equal size
 * (200,000 tasks → 20 files of 10,000), so a load of many small files and of a few large ones can be compared.
 * Tasks keep their order; each file takes the region of the document its first task came from (unit keys are
 * region-scoped, so counts per region differ from the many-file layout: compare load figures, not filter answers).
 * A task id is re-keyed under its file (`f20-03/r012-2021-2~17`) as the format requires; its warnings follow it.
 */
export function* regroupDatasets(documents: Iterable<Dataset>, totalTasks: number, files: number): Generator<Dataset> {
  const count = Math.max(1, Math.min(files, totalTasks));
  const sizes = Array.from({ length: count }, (_, i) => Math.floor(((i + 1) * totalTasks) / count) - Math.floor((i * totalTasks) / count));
  let index = 0;
  let open: Dataset | null = null;
  for (const doc of documents) {
    const rekey = new Map<string, string>();
    let taken = 0;
    while (taken < doc.tasks.length) {
      if (open === null) open = emptyFile(index, count, doc);
      const room = sizes[index]! - open.tasks.length;
      const part = doc.tasks.slice(taken, taken + room);
      for (const task of part) {
        const id = `${open.id}/${task.id.replace('/', '~')}`;
        rekey.set(task.id, id);
        open.tasks.push({ ...task, id });
      }
      mergeUnitGroups(open, doc);
      const inPart = new Set(part.map((t) => t.id));
      for (const w of doc.warnings) {
        // a document-level warning goes with the document's first part; a task's with its task
        if (w.taskId === null ? taken === 0 : inPart.has(w.taskId)) open.warnings.push({ ...w, taskId: w.taskId === null ? null : rekey.get(w.taskId)! });
      }
      taken += part.length;
      if (open.tasks.length === sizes[index]) {
        yield open;
        open = null;
        index++;
      }
    }
  }
  if (open !== null && open.tasks.length > 0) yield open;
}

function emptyFile(index: number, count: number, first: Dataset): Dataset {
  const id = `f${count}-${String(index + 1).padStart(2, '0')}`;
  return {
    version: FORMAT_VERSION,
    id,
    region: first.region,
    title: `合并文件 ${index + 1} / ${count}`,
    issuer: null,
    docNumber: null,
    published: first.published,
    planPeriod: first.planPeriod,
    source: `seeds/synthetic/${id}.txt`,
    unitGroups: {},
    tasks: [],
    warnings: [],
  };
}

function mergeUnitGroups(into: Dataset, from: Dataset): void {
  for (const [name, members] of Object.entries(from.unitGroups)) {
    if (!(name in into.unitGroups)) into.unitGroups[name] = members;
  }
}
