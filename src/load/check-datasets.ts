import type { Dataset } from '../model/schema.ts';
import { rekeyForeignTaskIds } from './foreign-task-ids.ts';
import type { LoadFailure, LoadNotice } from './load-result.ts';

/** A dataset that passed the schema, with the file it came from (as the manifest or the upload names it). */
export interface LoadedFile {
  file: string;
  dataset: Dataset;
  /** The fingerprint of the file's bytes (content-digest.ts), when it was fetched; `textsDigest`: its texts side file's, when read with it. */
  digest?: string;
  textsDigest?: string;
}

/** What `checkDatasets` keeps and reports. */
export interface CheckedDatasets {
  datasets: Dataset[];
  failures: LoadFailure[];
  notices: LoadNotice[];
}

/** At most this many duplicate task lines are listed per file. */
const MAX_LINES = 20;

/**
 * Checks valid datasets against each other, in order, after `existing` (already shown): a
 * dataset whose id is taken is refused (a failure naming the file that has it); a task whose
 * id is taken — in the same dataset or an earlier one — is dropped, the first kept, and each
 * dropped task listed in a `duplicate-tasks` notice; a dataset without tasks is kept with an
 * `empty` notice. Pure; never throws.
 */
export function checkDatasets(files: readonly LoadedFile[], existing: readonly LoadedFile[] = []): CheckedDatasets {
  const checker = createDatasetChecker(existing);
  return checker.add(files);
}

/** Checks datasets batch after batch, remembering every id seen, so a progressive load checks each file once. */
export interface DatasetChecker {
  /** Checks `files` after everything added before (and the checker's `existing`), exactly as checkDatasets would. */
  add(files: readonly LoadedFile[]): CheckedDatasets;
}

/** Where a task id was first seen. */
interface TaskOwner {
  file: string;
  index: number;
  line: number;
}

/**
 * The indexes of the tasks of `dataset` whose ids do not start with "<its id>/". Cached per dataset (not per file
 * name, which a caller may give differently): a load asks again for every shown dataset at each progress step.
 */
const strayIndexesOf = new WeakMap<Dataset, number[]>();
function strayTaskIndexes(dataset: Dataset): number[] {
  let indexes = strayIndexesOf.get(dataset);
  if (indexes === undefined) {
    const prefix = `${dataset.id}/`;
    const found: number[] = [];
    dataset.tasks.forEach((task, index) => {
      if (!task.id.startsWith(prefix)) found.push(index);
    });
    indexes = found;
    strayIndexesOf.set(dataset, indexes);
  }
  return indexes;
}

/** One dataset checked on its own: re-keyed (`dataset`, `changes`), then its repeated task ids dropped (`kept`, `dropped`). */
interface TaskCheck {
  dataset: Dataset;
  changes: string[];
  kept: Dataset;
  dropped: string[];
}

/**
 * Re-keys a hand-copied dataset's foreign task ids (or each would be dropped as a repeat), then
 * drops every task whose id an earlier task of the dataset, or a stray id of a shown one, has.
 */
function taskCheck(file: string, loaded: Dataset, strays: ReadonlyMap<string, TaskOwner>): TaskCheck {
  const { dataset, changes } = rekeyForeignTaskIds(loaded);
  const firstIndex = new Map<string, number>();
  const kept: Dataset['tasks'] = [];
  const dropped: string[] = [];
  dataset.tasks.forEach((task, index) => {
    const stray = strays.get(task.id);
    const ownIndex = stray === undefined ? firstIndex.get(task.id) : undefined;
    if (stray === undefined && ownIndex === undefined) {
      firstIndex.set(task.id, index);
      kept.push(task);
      return;
    }
    const first: TaskOwner = stray ?? { file, index: ownIndex!, line: dataset.tasks[ownIndex!]!.source.line };
    const where = first.file === file ? `tasks.${first.index}` : `${first.file} tasks.${first.index}`;
    dropped.push(`tasks.${index} (line ${task.source.line}): id "${task.id}" = ${where} (line ${first.line})`);
  });
  return { dataset, changes, kept: dropped.length === 0 ? dataset : { ...dataset, tasks: kept }, dropped };
}

/**
 * taskCheck without strays, cached per dataset: what it says does not depend on the file's name then,
 * and a progressive load checks the files answered out of order again at every step.
 */
const ownChecks = new WeakMap<Dataset, TaskCheck>();
const NO_STRAYS: ReadonlyMap<string, TaskOwner> = new Map();
function ownTaskCheck(file: string, loaded: Dataset): TaskCheck {
  let checked = ownChecks.get(loaded);
  if (checked === undefined) {
    checked = taskCheck(file, loaded, NO_STRAYS);
    ownChecks.set(loaded, checked);
  }
  return checked;
}

/**
 * Records that `dataset`'s task ids all start with its id and none repeats (its worker saw so while packing, see
 * PackedTasks.idsClean): its own check then finds nothing, exactly as taskCheck would, without a map of its ids.
 */
export function noteIdsClean(dataset: Dataset): void {
  strayIndexesOf.set(dataset, []);
  ownChecks.set(dataset, { dataset, changes: [], kept: dataset, dropped: [] });
}

/**
 * Creates a DatasetChecker that starts after `existing` (already shown); `add` gives, batch by batch, what checkDatasets gives for all.
 *
 * A task id is "<dataset id>/<no>" and a dataset id holds no "/", so once a dataset's ids are re-keyed under
 * its own (new) id none can equal a task id of another dataset: each dataset's ids are checked against
 * each other only, plus any id of `existing` that does not carry its dataset's id (none when `existing` was
 * itself checked). That keeps a progressive load from keeping every task id of a province in one map.
 */
export function createDatasetChecker(existing: readonly LoadedFile[] = []): DatasetChecker {
  const datasetFile = new Map<string, string>();
  const strays = new Map<string, TaskOwner>();
  for (const { file, dataset } of existing) {
    datasetFile.set(dataset.id, file);
    for (const index of strayTaskIndexes(dataset)) {
      const task = dataset.tasks[index]!;
      if (!strays.has(task.id)) strays.set(task.id, { file, index, line: task.source.line });
    }
  }

  const add = (files: readonly LoadedFile[]): CheckedDatasets => {
    const result: CheckedDatasets = { datasets: [], failures: [], notices: [] };
    for (const { file, dataset: loaded } of files) {
      const checked = strays.size === 0 ? ownTaskCheck(file, loaded) : taskCheck(file, loaded, strays);
      const { dataset, changes, dropped } = checked;
      if (changes.length > 0) result.notices.push({ file, id: dataset.id, kind: 'foreign-task-ids', count: changes.length, details: capped(changes) });
      const holder = datasetFile.get(dataset.id);
      if (holder !== undefined) {
        result.failures.push({ file, id: dataset.id, kind: 'duplicate-dataset', status: null, details: [`id: "${dataset.id}" = ${holder}`] });
        continue;
      }
      datasetFile.set(dataset.id, file);
      result.datasets.push(checked.kept);
      if (dropped.length > 0) result.notices.push({ file, id: dataset.id, kind: 'duplicate-tasks', count: dropped.length, details: capped(dropped) });
      if (dataset.tasks.length === 0) result.notices.push({ file, id: dataset.id, kind: 'empty', count: 0, details: [] });
    }
    return result;
  };
  return { add };
}

/** Keeps the first MAX_LINES lines and counts the rest, so one bad file cannot flood the page. */
export function capped(lines: readonly string[], max = MAX_LINES): string[] {
  return lines.length > max ? [...lines.slice(0, max), `… +${lines.length - max}`] : [...lines];
}
