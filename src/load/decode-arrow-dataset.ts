import { tableFromIPC, type Data, type RecordBatch, type Table } from 'apache-arrow';
import { ARROW_DATASET_KEY, ARROW_LAYOUT_VERSION, TASK_COLUMNS, TEXT_COLUMNS } from '../model/arrow-layout.ts';
import { ArrowLayoutError, readBools, readIsoDates, readLists, readNumbers, readStrings, structField, type Read } from './arrow-columns.ts';
import { packArrowTasks } from './pack-arrow-tasks.ts';
import type { PackedTasks } from './packed-tasks.ts';

export { ArrowLayoutError } from './arrow-columns.ts';

/**
 * One task as read from `<id>.arrow`, before its texts arrive: the v1 TASK fields, with `title`
 * null, `text` and `unitsRaw` "" until mergeArrowTexts fills them. Plain data, for DatasetSchema to check.
 */
type DecodedTask = Record<string, unknown> & { id: unknown; title: string | null; text: string; unitsRaw: string };

/** The dataset-shaped value decoded from `<id>.arrow` (not yet schema-checked). */
export interface DecodedArrowDataset {
  value: Record<string, unknown> & { tasks: DecodedTask[] };
}

/** Titles, texts and unitsRaw decoded from `<id>.texts.arrow`, by row. */
export interface DecodedArrowTexts {
  ids: (string | null)[];
  titles: (string | null)[];
  texts: (string | null)[];
  unitsRaw: (string | null)[];
  /** The fingerprint of the side file's bytes, set by the loader that fetched it. */
  digest?: string;
}

/**
 * Decodes the tasks file of the compact encoding into a v1-shaped dataset value (titles null, texts
 * "" until mergeArrowTexts). Throws ArrowLayoutError (or Arrow's own error for bytes that are not
 * Arrow IPC) with a message naming what is wrong; the caller validates the result with DatasetSchema.
 */
export function decodeArrowTasks(bytes: Uint8Array): DecodedArrowDataset {
  const table = tableFromIPC(bytes);
  const header = readHeader(table);
  const dataset = header['dataset'];
  if (typeof dataset !== 'object' || dataset === null || Array.isArray(dataset)) throw new ArrowLayoutError(`${ARROW_DATASET_KEY}: no "dataset" object`);
  const tasks: DecodedTask[] = new Array(table.numRows);
  if (header['taskCount'] !== table.numRows) throw new ArrowLayoutError(`${ARROW_DATASET_KEY}: taskCount ${String(header['taskCount'])} ≠ ${table.numRows} rows`);
  let base = 0;
  for (const batch of table.batches) {
    const col = (name: (typeof TASK_COLUMNS)[number]): Data => columnOf(batch, name);
    const id = readStrings('id', col('id'));
    const no = readStrings('no', col('no'));
    const path = readList('path', col('path'), (items) => readStrings('path', items));
    const units = readList('units', col('units'), (items) => {
      const name = readStrings('units.name', structField('units', items, 'name'));
      const role = readStrings('units.role', structField('units', items, 'role'));
      const collective = readBools('units.collective', structField('units', items, 'collective'));
      return (i) => {
        const c = collective(i);
        return c === null ? { name: name(i), role: role(i) } : { name: name(i), role: role(i), collective: c };
      };
    });
    const deadlineRaw = readStrings('deadlineRaw', col('deadlineRaw'));
    const deadlineDue = readIsoDates('deadlineDue', col('deadlineDue'));
    const deadlineMonthDay = readStrings('deadlineMonthDay', col('deadlineMonthDay'));
    const deadlineYearKnown = readBools('deadlineYearKnown', col('deadlineYearKnown'));
    const deadlinePrecision = readStrings('deadlinePrecision', col('deadlinePrecision'));
    const deadlineOngoing = readBools('deadlineOngoing', col('deadlineOngoing'));
    const indicators = readList('indicators', col('indicators'), (items) => {
      const field = (name: string) => structField('indicators', items, name);
      const metric = readStrings('indicators.metric', field('metric'));
      const category = readStrings('indicators.category', field('category'));
      const comparator = readStrings('indicators.comparator', field('comparator'));
      const value = readNumbers('indicators.value', field('value'));
      const unit = readStrings('indicators.unit', field('unit'));
      const due = readIsoDates('indicators.due', field('due'));
      return (i) => ({ metric: metric(i), category: category(i), comparator: comparator(i), value: value(i), unit: unit(i), due: due(i) });
    });
    const sourceFile = readStrings('sourceFile', col('sourceFile'));
    const sourceLine = readNumbers('sourceLine', col('sourceLine'));
    for (let row = 0; row < batch.numRows; row++) {
      tasks[base + row] = {
        id: id(row),
        no: no(row),
        path: path(row),
        title: null,
        text: '',
        units: units(row),
        unitsRaw: '',
        deadline: {
          raw: deadlineRaw(row),
          due: deadlineDue(row),
          monthDay: deadlineMonthDay(row),
          yearKnown: deadlineYearKnown(row),
          precision: deadlinePrecision(row),
          ongoing: deadlineOngoing(row),
        },
        indicators: indicators(row),
        source: { file: sourceFile(row), line: sourceLine(row) },
      };
    }
    base += batch.numRows;
  }
  return { value: { ...dataset, tasks } };
}

/** A compact dataset read the fast way: its dataset-level fields (not yet schema-checked) and its tasks packed. */
export interface PackedArrowDataset {
  dataset: Record<string, unknown>;
  packedTasks: PackedTasks;
}

/**
 * Reads a compact dataset's tasks file, and its texts side file unless null, straight into the packed
 * form (pack-arrow-tasks.ts), or null when anything is not certainly valid: the caller then decodes the
 * same bytes with decodeArrowTasks and mergeArrowTexts, and the schema, for the words of the refusal.
 */
export function packArrowDataset(tasksBytes: Uint8Array, textsBytes: Uint8Array | null): PackedArrowDataset | null {
  try {
    const table = tableFromIPC(tasksBytes);
    const header = readHeader(table);
    const dataset = header['dataset'];
    if (typeof dataset !== 'object' || dataset === null || Array.isArray(dataset) || header['taskCount'] !== table.numRows) return null;
    let textsTable: Table | null = null;
    if (textsBytes !== null) {
      textsTable = tableFromIPC(textsBytes);
      readHeader(textsTable);
    }
    const id = (dataset as { id?: unknown }).id;
    const packedTasks = packArrowTasks(table, textsTable, typeof id === 'string' ? id : null);
    return packedTasks === null ? null : { dataset: dataset as Record<string, unknown>, packedTasks };
  } catch {
    return null;
  }
}

/** Decodes the texts side file: id, title, text and unitsRaw per row. Throws like decodeArrowTasks. */
export function decodeArrowTexts(bytes: Uint8Array): DecodedArrowTexts {
  const table = tableFromIPC(bytes);
  readHeader(table);
  const ids: (string | null)[] = [];
  const titles: (string | null)[] = [];
  const texts: (string | null)[] = [];
  const unitsRaw: (string | null)[] = [];
  for (const batch of table.batches) {
    const col = (name: (typeof TEXT_COLUMNS)[number]): Read<string | null> => readStrings(name, columnOf(batch, name));
    const id = col('id');
    const title = col('title');
    const text = col('text');
    const raw = col('unitsRaw');
    for (let row = 0; row < batch.numRows; row++) {
      ids.push(id(row));
      titles.push(title(row));
      texts.push(text(row));
      unitsRaw.push(raw(row));
    }
  }
  return { ids, titles, texts, unitsRaw };
}

/**
 * Fills each task's title, text and unitsRaw from the side file, in place. The two files must list the same
 * task ids in the same order: a side file from another run would put texts on the wrong tasks,
 * so any difference is refused (ArrowLayoutError naming the first differing row) instead.
 */
export function mergeArrowTexts(decoded: DecodedArrowDataset, texts: DecodedArrowTexts): void {
  const { tasks } = decoded.value;
  if (texts.ids.length !== tasks.length) throw new ArrowLayoutError(`texts: ${texts.ids.length} rows ≠ ${tasks.length} tasks`);
  for (let row = 0; row < tasks.length; row++) {
    const task = tasks[row]!;
    if (texts.ids[row] !== task.id) throw new ArrowLayoutError(`texts row ${row + 1}: id "${String(texts.ids[row])}" ≠ task id "${String(task.id)}"`);
    task.title = texts.titles[row] ?? null;
    // A null text is left for the schema to refuse (text is required), never quietly made "".
    task.text = texts.texts[row] as string;
    task.unitsRaw = texts.unitsRaw[row] as string;
  }
}

/** Decodes both files of one dataset into a v1-shaped value (not yet schema-checked). */
export function decodeArrowDataset(tasksBytes: Uint8Array, textsBytes: Uint8Array): unknown {
  const decoded = decodeArrowTasks(tasksBytes);
  mergeArrowTexts(decoded, decodeArrowTexts(textsBytes));
  return decoded.value;
}

/** The one-batch data of a named column; a missing column is a layout error naming it. */
function columnOf(batch: RecordBatch, name: string): Data {
  const data = batch.getChild(name)?.data[0];
  if (data === undefined) throw new ArrowLayoutError(`column ${name}: missing`);
  return data;
}

function readHeader(table: Table): Record<string, unknown> {
  const json = table.schema.metadata.get(ARROW_DATASET_KEY);
  if (json === undefined) throw new ArrowLayoutError(`schema metadata: no "${ARROW_DATASET_KEY}"`);
  let header: unknown;
  try {
    header = JSON.parse(json);
  } catch (error) {
    throw new ArrowLayoutError(`${ARROW_DATASET_KEY}: not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof header !== 'object' || header === null) throw new ArrowLayoutError(`${ARROW_DATASET_KEY}: not an object`);
  const layout = (header as { layout?: unknown }).layout;
  if (typeof layout !== 'number' || layout > ARROW_LAYOUT_VERSION) throw new ArrowLayoutError(`${ARROW_DATASET_KEY}: layout ${String(layout)} (this build reads ${ARROW_LAYOUT_VERSION})`);
  return header as Record<string, unknown>;
}

function readList<T>(name: string, data: Data, item: (items: Data) => Read<T>): Read<T[]> {
  const { range, items } = readLists(name, data);
  const read = item(items);
  return (row) => {
    const r = range(row);
    if (r === null) throw new ArrowLayoutError(`column ${name}: null list in row ${row + 1}`);
    const out: T[] = new Array(r[1] - r[0]);
    for (let i = r[0]; i < r[1]; i++) out[i - r[0]] = read(i);
    return out;
  };
}
