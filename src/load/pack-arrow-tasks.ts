import { DataType, type Data, type RecordBatch, type Table, type Vector } from 'apache-arrow';
import { TASK_COLUMNS, TEXT_COLUMNS } from '../model/arrow-layout.ts';
import { COMPARATOR_WORDS, ISO_DATE_PATTERN, isRealDate, MONTH_DAY_PATTERN, PRECISION_WORDS, ROLE_WORDS, TASK_ID_PATTERN } from '../model/format-patterns.ts';
import { isoDateOf, isValid, readBools, readDateMs, readLists, readNumbers, structField, type Read } from './arrow-columns.ts';
import type { PackedTasks } from './packed-tasks.ts';

/**
 * The fast way from a compact dataset's columns to the packed form a worker posts (packed-tasks.ts):
 * no task object is made and no schema run per task. Each value is checked here as TaskSchema checks
 * it; anything this reader is not sure of — a null where a value is required, an unknown role, a date
 * TaskSchema would refuse, a column of a type it does not expect, texts of other tasks — makes it give
 * up (null), and the caller takes the slow way (decode to objects, DatasetSchema), which accepts exactly
 * the same files and words each refusal. So this reader only ever has to be right about what it accepts.
 */

const NONE = -1;
const ROLES: readonly string[] = ROLE_WORDS;
const PRECISIONS: readonly string[] = PRECISION_WORDS;
const COMPARATORS: readonly string[] = COMPARATOR_WORDS;

/** Thrown inside pack when a value is not certainly valid; packArrowTasks catches it. */
class NotSure extends Error {}

function sure(ok: boolean): void {
  if (!ok) throw new NotSure();
}

/** The strings of a packing, each once, and the index of each. */
interface Interner {
  strings: string[];
  indexOf(value: string): number;
}

function createInterner(): Interner {
  const strings: string[] = [];
  const indexes = new Map<string, number>();
  return {
    strings,
    indexOf(value) {
      let index = indexes.get(value);
      if (index === undefined) {
        index = strings.length;
        strings.push(value);
        indexes.set(value, index);
      }
      return index;
    },
  };
}

const utf8 = new TextDecoder('utf-8');

/** A string column (plain, large or dictionary) read as interned indexes, NONE where null; a dictionary entry is decoded once. */
function readStringIndexes(data: Data, interner: Interner, dictionaries: WeakMap<Vector, Int32Array>): Read<number> {
  if (DataType.isDictionary(data.type)) {
    const dictionary = data.dictionary as Vector;
    let map = dictionaries.get(dictionary);
    if (map === undefined) {
      const entries: number[] = [];
      for (const chunk of dictionary.data) {
        const read = readPlainIndexes(chunk, interner);
        for (let row = 0; row < chunk.length; row++) entries.push(read(row));
      }
      map = Int32Array.from(entries);
      dictionaries.set(dictionary, map);
    }
    const indices = data.values as ArrayLike<number | bigint>;
    const entries = map;
    return (row) => {
      if (!isValid(data, row)) return NONE;
      const index = Number(indices[data.offset + row]);
      sure(index >= 0 && index < entries.length);
      return entries[index]!;
    };
  }
  return readPlainIndexes(data, interner);
}

function readPlainIndexes(data: Data, interner: Interner): Read<number> {
  sure(DataType.isUtf8(data.type) || DataType.isLargeUtf8(data.type));
  const offsets = data.valueOffsets as Int32Array | BigInt64Array;
  const values = data.values as Uint8Array;
  const big = offsets instanceof BigInt64Array;
  const offset = (at: number): number => (big ? Number(offsets[at]) : (offsets[at] as number));
  const first = offset(data.offset);
  const last = offset(data.offset + data.length);
  // A column of ASCII only (task ids always are) is decoded once and cut by its byte offsets, which are then its
  // character offsets: decoding ten thousand short strings one by one was most of a cold worker's first file.
  if (isAscii(values, first, last)) {
    const whole = utf8.decode(values.subarray(first, last));
    return (row) => (isValid(data, row) ? interner.indexOf(whole.slice(offset(data.offset + row) - first, offset(data.offset + row + 1) - first)) : NONE);
  }
  return (row) => {
    if (!isValid(data, row)) return NONE;
    const at = data.offset + row;
    return interner.indexOf(utf8.decode(values.subarray(offset(at), offset(at + 1))));
  };
}

function isAscii(bytes: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (bytes[i]! >= 0x80) return false;
  return true;
}

/** A date column as interned "YYYY-MM-DD" indexes, NONE where null; each distinct day is formatted and checked once. */
function readDateIndexes(name: string, data: Data, interner: Interner, days: Map<number, number>): Read<number> {
  const ms = readDateMs(name, data);
  return (row) => {
    const at = ms(row);
    if (at === null) return NONE;
    let index = days.get(at);
    if (index === undefined) {
      const iso = isoDateOf(at);
      // as TaskSchema's date: a year outside 100–9999 fails it
      sure(ISO_DATE_PATTERN.test(iso) && isRealDate(iso));
      index = interner.indexOf(iso);
      days.set(at, index);
    }
    return index;
  };
}

/** A list column: for a row, its items' [start, end) as offsets into `items`; a null list makes the reader give up. */
function readRanges(name: string, data: Data): { start: Read<number>; end: Read<number>; items: Data } {
  const { items } = readLists(name, data);
  const offsets = data.valueOffsets as Int32Array;
  return {
    items,
    start: (row) => {
      sure(isValid(data, row));
      return offsets[data.offset + row]!;
    },
    end: (row) => offsets[data.offset + row + 1]!,
  };
}

/** A growing Int32Array: packing pushes some thirty numbers a task. */
interface IntWriter {
  push(value: number): void;
  done(): Int32Array;
}

function createIntWriter(capacity: number): IntWriter {
  let buffer = new Int32Array(Math.max(16, capacity));
  let length = 0;
  return {
    push(value) {
      if (length === buffer.length) {
        const grown = new Int32Array(buffer.length * 2);
        grown.set(buffer);
        buffer = grown;
      }
      buffer[length++] = value;
    },
    done: () => buffer.slice(0, length),
  };
}

function columnOf(batch: RecordBatch, name: string): Data {
  const data = batch.getChild(name)?.data[0];
  sure(data !== undefined);
  return data!;
}

/** The texts of a side file, by row across its batches, as interned indexes. */
interface TextIndexes {
  ids: Int32Array;
  titles: Int32Array;
  texts: Int32Array;
  unitsRaw: Int32Array;
}

function readTextIndexes(table: Table, interner: Interner, dictionaries: WeakMap<Vector, Int32Array>): TextIndexes {
  const rows = table.numRows;
  const out: TextIndexes = { ids: new Int32Array(rows), titles: new Int32Array(rows), texts: new Int32Array(rows), unitsRaw: new Int32Array(rows) };
  let base = 0;
  for (const batch of table.batches) {
    const col = (name: (typeof TEXT_COLUMNS)[number]): Read<number> => readStringIndexes(columnOf(batch, name), interner, dictionaries);
    const id = col('id');
    const title = col('title');
    const text = col('text');
    const raw = col('unitsRaw');
    for (let row = 0; row < batch.numRows; row++) {
      out.ids[base + row] = id(row);
      out.titles[base + row] = title(row);
      out.texts[base + row] = text(row);
      out.unitsRaw[base + row] = raw(row);
    }
    base += batch.numRows;
  }
  return out;
}

/**
 * Packs the tasks of a decoded compact dataset (`tasks`, and `texts` unless they are deferred) of the dataset
 * `datasetId` as packTasks would pack the tasks DatasetSchema gives for the same files, or null when any value is
 * not certainly valid (see above). The tables' headers are the caller's to check. Pure.
 */
export function packArrowTasks(tasks: Table, texts: Table | null, datasetId: string | null): PackedTasks | null {
  try {
    return pack(tasks, texts, datasetId);
  } catch {
    // NotSure, or a column of another shape (a reader's ArrowLayoutError, a bad date's RangeError): the slow way words it
    return null;
  }
}

function pack(table: Table, textsTable: Table | null, datasetId: string | null): PackedTasks {
  const prefix = `${datasetId}/`;
  const idIndexes = new Set<number>();
  let idsClean = datasetId !== null;
  const interner = createInterner();
  const dictionaries = new WeakMap<Vector, Int32Array>();
  const days = new Map<number, number>();
  const texts = textsTable === null ? null : readTextIndexes(textsTable, interner, dictionaries);
  sure(texts === null || texts.ids.length === table.numRows);
  const empty = interner.indexOf('');
  const ints = createIntWriter(table.numRows * 32);
  const numbers: number[] = [];
  const str = (index: number): void => {
    sure(index !== NONE);
    ints.push(index);
  };
  const nonEmpty = (index: number): void => {
    sure(index !== NONE && interner.strings[index] !== '');
    ints.push(index);
  };
  const code = (words: readonly string[], index: number): number => {
    const found = index === NONE ? NONE : words.indexOf(interner.strings[index]!);
    sure(found !== NONE);
    return found;
  };
  let base = 0;
  for (const batch of table.batches) {
    const col = (name: (typeof TASK_COLUMNS)[number]): Data => columnOf(batch, name);
    const strings = (data: Data): Read<number> => readStringIndexes(data, interner, dictionaries);
    const id = strings(col('id'));
    const no = strings(col('no'));
    const path = readRanges('path', col('path'));
    const pathItem = strings(path.items);
    const units = readRanges('units', col('units'));
    const unitName = strings(structField('units', units.items, 'name'));
    const unitRole = strings(structField('units', units.items, 'role'));
    const unitCollective = readBools('units.collective', structField('units', units.items, 'collective'));
    const deadlineRaw = strings(col('deadlineRaw'));
    const deadlineDue = readDateIndexes('deadlineDue', col('deadlineDue'), interner, days);
    const deadlineMonthDay = strings(col('deadlineMonthDay'));
    const deadlineYearKnown = readBools('deadlineYearKnown', col('deadlineYearKnown'));
    const deadlinePrecision = strings(col('deadlinePrecision'));
    const deadlineOngoing = readBools('deadlineOngoing', col('deadlineOngoing'));
    const indicators = readRanges('indicators', col('indicators'));
    const field = (name: string): Data => structField('indicators', indicators.items, name);
    const metric = strings(field('metric'));
    const category = strings(field('category'));
    const comparator = strings(field('comparator'));
    const value = readNumbers('indicators.value', field('value'));
    const unit = strings(field('unit'));
    const indicatorDue = readDateIndexes('indicators.due', field('due'), interner, days);
    const sourceFile = strings(col('sourceFile'));
    const sourceLine = readNumbers('sourceLine', col('sourceLine'));
    for (let row = 0; row < batch.numRows; row++) {
      const taskId = id(row);
      sure(taskId !== NONE && TASK_ID_PATTERN.test(interner.strings[taskId]!));
      ints.push(taskId);
      if (idsClean) {
        idsClean = !idIndexes.has(taskId) && interner.strings[taskId]!.startsWith(prefix);
        idIndexes.add(taskId);
      }
      ints.push(no(row));
      const pathStart = path.start(row);
      const pathEnd = path.end(row);
      ints.push(pathEnd - pathStart);
      for (let i = pathStart; i < pathEnd; i++) str(pathItem(i));
      if (texts === null) {
        ints.push(NONE);
        ints.push(empty);
      } else {
        // the side file must list the same tasks in the same order (mergeArrowTexts words the refusal)
        sure(texts.ids[base + row] === taskId);
        ints.push(texts.titles[base + row]!);
        str(texts.texts[base + row]!);
      }
      const unitsStart = units.start(row);
      const unitsEnd = units.end(row);
      ints.push(unitsEnd - unitsStart);
      for (let i = unitsStart; i < unitsEnd; i++) {
        nonEmpty(unitName(i));
        ints.push(code(ROLES, unitRole(i)));
        const collective = unitCollective(i);
        ints.push(collective === null ? 0 : collective ? 2 : 1);
      }
      str(texts === null ? empty : texts.unitsRaw[base + row]!);
      str(deadlineRaw(row));
      ints.push(deadlineDue(row));
      const monthDay = deadlineMonthDay(row);
      sure(monthDay === NONE || MONTH_DAY_PATTERN.test(interner.strings[monthDay]!));
      ints.push(monthDay);
      const yearKnown = deadlineYearKnown(row);
      sure(yearKnown !== null);
      ints.push(yearKnown ? 1 : 0);
      const precision = deadlinePrecision(row);
      ints.push(precision === NONE ? NONE : code(PRECISIONS, precision));
      const ongoing = deadlineOngoing(row);
      sure(ongoing !== null);
      ints.push(ongoing ? 1 : 0);
      const indicatorsStart = indicators.start(row);
      const indicatorsEnd = indicators.end(row);
      ints.push(indicatorsEnd - indicatorsStart);
      for (let i = indicatorsStart; i < indicatorsEnd; i++) {
        nonEmpty(metric(i));
        nonEmpty(category(i));
        ints.push(code(COMPARATORS, comparator(i)));
        const amount = value(i);
        // z.number() takes finite numbers only
        sure(amount !== null && Number.isFinite(amount));
        numbers.push(amount!);
        str(unit(i));
        ints.push(indicatorDue(i));
      }
      nonEmpty(sourceFile(row));
      const line = sourceLine(row);
      sure(line !== null && Number.isSafeInteger(line) && line >= 1);
      numbers.push(line!);
      // the compact encoding has no cell column
      ints.push(NONE);
    }
    base += batch.numRows;
  }
  return { count: table.numRows, strings: interner.strings, ints: ints.done(), numbers: Float64Array.from(numbers), idsClean };
}
