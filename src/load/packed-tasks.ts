import type { Dataset, Task } from '../model/schema.ts';
import { noteIdsClean, type LoadedFile } from './check-datasets.ts';

/**
 * A dataset's tasks as a worker posts them to the page: every string once in `strings`, the
 * tasks' shape and string references in `ints`, their numbers in `numbers`. The two typed
 * arrays are transferred, not copied, so the page's share of a message is cloning one array of
 * distinct strings, then building the task objects in plain code (unpackTasks) — several times
 * cheaper than deserialising 200,000 task objects with their 2 million strings, and every task
 * naming the same unit, region path or deadline shares one string.
 */
export interface PackedTasks {
  count: number;
  strings: string[];
  ints: Int32Array;
  numbers: Float64Array;
  /**
   * True when every task id starts with "<the dataset's id>/" and no two tasks share one: the page's check of a
   * dataset's own ids (check-datasets.ts) would find nothing, and is skipped. Equal ids share one string, so the
   * packer sees a repeat as a repeated index, at no cost.
   */
  idsClean: boolean;
}

// the format's words (format-patterns.ts) written out here: importing them made one more chunk for the page's first download to list
const ROLES = ['lead', 'responsible', 'support'] as const;
const PRECISIONS = ['day', 'month', 'quarter', 'half', 'year'] as const;
const COMPARATORS = ['≥', '>', '=', '≤', '<'] as const;
const NONE = -1;

/** Packs validated tasks (worker side), of the dataset `datasetId` (idsClean is false without it). Pure. */
export function packTasks(tasks: readonly Task[], datasetId: string | null = null): PackedTasks {
  const prefix = `${datasetId}/`;
  const idIndexes = new Set<number>();
  let idsClean = datasetId !== null;
  const strings: string[] = [];
  const indexOf = new Map<string, number>();
  const ints: number[] = [];
  const numbers: number[] = [];
  const str = (value: string): void => {
    let index = indexOf.get(value);
    if (index === undefined) {
      index = strings.length;
      strings.push(value);
      indexOf.set(value, index);
    }
    ints.push(index);
  };
  const maybe = (value: string | null | undefined): void => {
    if (value === null || value === undefined) ints.push(NONE);
    else str(value);
  };
  const code = <T>(values: readonly T[], value: T): void => {
    ints.push(values.indexOf(value));
  };
  for (const task of tasks) {
    str(task.id);
    if (idsClean) {
      const idIndex = ints[ints.length - 1]!;
      idsClean = !idIndexes.has(idIndex) && task.id.startsWith(prefix);
      idIndexes.add(idIndex);
    }
    maybe(task.no);
    ints.push(task.path.length);
    for (const part of task.path) str(part);
    maybe(task.title);
    // a task's text is almost always its own: stored without the lookup, which would hash every long text
    ints.push(strings.length);
    strings.push(task.text);
    ints.push(task.units.length);
    for (const unit of task.units) {
      str(unit.name);
      code(ROLES, unit.role);
      // absent / false / true: an absent flag stays absent, so the task reads back exactly as validated
      ints.push(unit.collective === undefined ? 0 : unit.collective ? 2 : 1);
    }
    str(task.unitsRaw);
    const { deadline } = task;
    str(deadline.raw);
    maybe(deadline.due);
    maybe(deadline.monthDay);
    ints.push(deadline.yearKnown ? 1 : 0);
    ints.push(deadline.precision === null ? NONE : PRECISIONS.indexOf(deadline.precision));
    ints.push(deadline.ongoing ? 1 : 0);
    ints.push(task.indicators.length);
    for (const indicator of task.indicators) {
      str(indicator.metric);
      str(indicator.category);
      code(COMPARATORS, indicator.comparator);
      numbers.push(indicator.value);
      str(indicator.unit);
      maybe(indicator.due);
    }
    str(task.source.file);
    // a line is an integer ≥ 1 but may pass 2^31: kept as a number
    numbers.push(task.source.line);
    maybe(task.source.cell);
  }
  return { count: tasks.length, strings, ints: Int32Array.from(ints), numbers: Float64Array.from(numbers), idsClean };
}

/** The tasks packTasks packed, every field and key order as validated (page side). Pure. */
export function unpackTasks(packed: PackedTasks): Task[] {
  const { strings, ints, numbers } = packed;
  let i = 0;
  let n = 0;
  const str = (): string => strings[ints[i++]!]!;
  const maybe = (): string | null => {
    const index = ints[i++]!;
    return index === NONE ? null : strings[index]!;
  };
  const tasks: Task[] = new Array<Task>(packed.count);
  for (let t = 0; t < packed.count; t += 1) {
    const id = str();
    const no = maybe();
    const path: string[] = new Array<string>(ints[i++]!);
    for (let k = 0; k < path.length; k += 1) path[k] = str();
    const title = maybe();
    const text = str();
    const units: Task['units'] = new Array<Task['units'][number]>(ints[i++]!);
    for (let k = 0; k < units.length; k += 1) {
      const name = str();
      const role = ROLES[ints[i++]!]!;
      const collective = ints[i++]!;
      units[k] = collective === 0 ? { name, role } : { name, role, collective: collective === 2 };
    }
    const unitsRaw = str();
    const raw = str();
    const due = maybe();
    const monthDay = maybe();
    const yearKnown = ints[i++] === 1;
    const precisionCode = ints[i++]!;
    const ongoing = ints[i++] === 1;
    const deadline: Task['deadline'] = { raw, due, monthDay, yearKnown, precision: precisionCode === NONE ? null : PRECISIONS[precisionCode]!, ongoing };
    const indicators: Task['indicators'] = new Array<Task['indicators'][number]>(ints[i++]!);
    for (let k = 0; k < indicators.length; k += 1) {
      const metric = str();
      const category = str();
      const comparator = COMPARATORS[ints[i++]!]!;
      const value = numbers[n++]!;
      const unit = str();
      const indicatorDue = maybe();
      indicators[k] = { metric, category, comparator, value, unit, due: indicatorDue };
    }
    const file = str();
    const line = numbers[n++]!;
    const cell = maybe();
    const source: Task['source'] = cell === null ? { file, line } : { file, line, cell };
    tasks[t] = { id, no, path, title, text, units, unitsRaw, deadline, indicators, source };
  }
  return tasks;
}

/** A LoadedFile as a worker posts it: its dataset's `tasks` empty and packed beside it. */
export interface PackedLoadedFile extends Omit<LoadedFile, 'dataset'> {
  dataset: Dataset;
  packedTasks: PackedTasks;
}

/** What a worker posts for `result`: a LoadedFile packed (with its buffers to transfer), anything else as it is. */
export function packAnswer<T>(result: T | LoadedFile | PackedLoadedFile): { message: T | PackedLoadedFile; transfer: ArrayBuffer[] } {
  if (typeof result !== 'object' || result === null) return { message: result, transfer: [] };
  // read packed already (load-file.ts loadArrowDatasetFile): only its buffers to hand over
  if ('packedTasks' in result) return { message: result, transfer: [result.packedTasks.ints.buffer as ArrayBuffer, result.packedTasks.numbers.buffer as ArrayBuffer] };
  return 'dataset' in result ? packLoadedFile(result) : { message: result as T, transfer: [] };
}

/** The message a worker posts for `loaded`, and the buffers to transfer with it. */
export function packLoadedFile(loaded: LoadedFile): { message: PackedLoadedFile; transfer: ArrayBuffer[] } {
  const packedTasks = packTasks(loaded.dataset.tasks, loaded.dataset.id);
  // `tasks` stays where it was among the dataset's keys, so the dataset reads back in the same order
  const message: PackedLoadedFile = { ...loaded, dataset: { ...loaded.dataset, tasks: [] }, packedTasks };
  return { message, transfer: [packedTasks.ints.buffer as ArrayBuffer, packedTasks.numbers.buffer as ArrayBuffer] };
}

/** A dataset answer as the page uses it: packed tasks made into objects, anything else as it is. */
export function unpackAnswer<T>(answer: T | PackedLoadedFile): T | LoadedFile {
  return typeof answer === 'object' && answer !== null && 'packedTasks' in answer ? unpackLoadedFile(answer) : answer;
}

/** The LoadedFile a worker packed. */
export function unpackLoadedFile(packed: PackedLoadedFile): LoadedFile {
  const { packedTasks, ...loaded } = packed;
  const dataset: Dataset = { ...loaded.dataset, tasks: unpackTasks(packedTasks) };
  if (packedTasks.idsClean) noteIdsClean(dataset);
  return { ...loaded, dataset };
}
