import {
  Bool, DateDay, Dictionary, Field, Float64, Int16, Int32, Int8, List, Struct, Table, Utf8, tableToIPC, vectorFromArray, type DataType, type Vector,
} from 'apache-arrow';
import { ARROW_DATASET_KEY, ARROW_LAYOUT_VERSION } from '../../model/arrow-layout.ts';
import type { Dataset } from '../../model/schema.ts';

/** The two files of one dataset in the compact encoding (see src/model/arrow-layout.ts). */
export interface ArrowDatasetFiles {
  /** `<id>.arrow`: one row per task, every field but the texts. */
  tasks: Uint8Array;
  /** `<id>.texts.arrow`: id, title, text and unitsRaw per task, in the same row order. */
  texts: Uint8Array;
}

/** What the tasks file's schema metadata holds under ARROW_DATASET_KEY: every dataset field but `tasks`. */
export interface ArrowDatasetHeader {
  layout: number;
  taskCount: number;
  dataset: Omit<Dataset, 'tasks'>;
}

/**
 * Repeated strings (sections, units, roles, categories, deadline wordings) are stored once per file
 * and referred to by number, in the narrowest integer that holds every distinct value: 1 byte a row
 * for a column of fewer than 128 distinct strings instead of 4.
 */
function interned(values: Iterable<string | null>): Dictionary {
  const distinct = new Set(values).size;
  const index = distinct <= 127 ? new Int8() : distinct <= 32_767 ? new Int16() : new Int32();
  return new Dictionary(new Utf8(), index);
}

/**
 * Encodes a valid (schema-checked) dataset as the two Arrow IPC files of the compact encoding.
 * Pure: the same dataset gives the same bytes. Decoding them (src/load/decode-arrow-dataset.ts)
 * gives back the same dataset, every field.
 */
export function encodeArrowDataset(dataset: Dataset): ArrowDatasetFiles {
  const { tasks, ...rest } = dataset;
  const header: ArrowDatasetHeader = { layout: ARROW_LAYOUT_VERSION, taskCount: tasks.length, dataset: rest };
  const column = <T extends DataType>(type: T, values: unknown[]): Vector<T> => vectorFromArray(values as never, type) as Vector<T>;
  const units = tasks.flatMap((t) => t.units);
  const indicators = tasks.flatMap((t) => t.indicators);
  const unitType = new Struct([
    new Field('name', interned(units.map((u) => u.name)), false),
    new Field('role', interned(units.map((u) => u.role)), false),
    // null: the task's unit has no `collective` field at all (kept apart from an explicit false)
    new Field('collective', new Bool(), true),
  ]);
  const indicatorType = new Struct([
    new Field('metric', interned(indicators.map((i) => i.metric)), false),
    new Field('category', interned(indicators.map((i) => i.category)), false),
    new Field('comparator', interned(indicators.map((i) => i.comparator)), false),
    new Field('value', new Float64(), false),
    new Field('unit', interned(indicators.map((i) => i.unit)), false),
    new Field('due', new DateDay(), true),
  ]);
  const strings = (values: (string | null)[]) => column(interned(values), values);
  const table = new Table({
    id: column(new Utf8(), tasks.map((t) => t.id)),
    no: column(new Utf8(), tasks.map((t) => t.no)),
    path: column(new List(new Field('item', interned(tasks.flatMap((t) => t.path)), false)), tasks.map((t) => t.path)),
    units: column(
      new List(new Field('item', unitType, false)),
      tasks.map((t) => t.units.map((u) => ({ name: u.name, role: u.role, collective: u.collective ?? null }))),
    ),
    deadlineRaw: strings(tasks.map((t) => t.deadline.raw)),
    deadlineDue: column(new DateDay(), tasks.map((t) => isoToDate(t.deadline.due))),
    deadlineMonthDay: strings(tasks.map((t) => t.deadline.monthDay)),
    deadlineYearKnown: column(new Bool(), tasks.map((t) => t.deadline.yearKnown)),
    deadlinePrecision: strings(tasks.map((t) => t.deadline.precision)),
    deadlineOngoing: column(new Bool(), tasks.map((t) => t.deadline.ongoing)),
    indicators: column(
      new List(new Field('item', indicatorType, false)),
      tasks.map((t) => t.indicators.map((i) => ({ ...i, due: isoToDate(i.due) }))),
    ),
    sourceFile: strings(tasks.map((t) => t.source.file)),
    sourceLine: column(new Int32(), tasks.map((t) => t.source.line)),
  });
  table.schema.metadata.set(ARROW_DATASET_KEY, JSON.stringify(header));
  const texts = new Table({
    id: column(new Utf8(), tasks.map((t) => t.id)),
    title: column(new Utf8(), tasks.map((t) => t.title)),
    text: column(new Utf8(), tasks.map((t) => t.text)),
    unitsRaw: column(new Utf8(), tasks.map((t) => t.unitsRaw)),
  });
  texts.schema.metadata.set(ARROW_DATASET_KEY, JSON.stringify({ layout: ARROW_LAYOUT_VERSION, taskCount: tasks.length, id: dataset.id }));
  return { tasks: tableToIPC(table, 'file'), texts: tableToIPC(texts, 'file') };
}

/** "2021-06-30" → that day at 00:00 UTC, which Arrow stores as days since 1970-01-01. */
function isoToDate(iso: string | null): Date | null {
  return iso === null ? null : new Date(`${iso}T00:00:00Z`);
}
