/**
 * The compact dataset encoding ("arrow" in the manifest): the names both the writer
 * (src/ingest/arrow/) and the reader (src/load/decode-arrow-dataset.ts) agree on. The documented
 * form is README "Compact encoding"; like format version 1 it is a public interface: add columns,
 * never rename or drop them.
 *
 * A dataset is two Apache Arrow IPC files: `<id>.arrow` holds one row per task, every field but
 * the long texts; `<id>.texts.arrow` holds each task's id, title, text and unitsRaw (the units cell as
 * printed), so the first charts do not wait for them. Dataset-level fields (id, region, title, unitGroups, warnings…) are one JSON
 * object in the tasks file's schema metadata under ARROW_DATASET_KEY.
 */

/** Schema-metadata key of the dataset-level JSON object in both files. */
export const ARROW_DATASET_KEY = 'duban.dataset';

/** Version of this column layout; a reader refuses a file of a newer one instead of half-reading it. */
export const ARROW_LAYOUT_VERSION = 1;

/** Columns of `<id>.arrow`, one row per task, in this order. */
export const TASK_COLUMNS = [
  'id',
  'no',
  'path',
  'units',
  'deadlineRaw',
  'deadlineDue',
  'deadlineMonthDay',
  'deadlineYearKnown',
  'deadlinePrecision',
  'deadlineOngoing',
  'indicators',
  'sourceFile',
  'sourceLine',
] as const;

/** Columns of `<id>.texts.arrow`, one row per task in the same order; `id` lets the reader prove the rows line up. */
export const TEXT_COLUMNS = ['id', 'title', 'text', 'unitsRaw'] as const;

/** The manifest's `texts` name for a dataset file name: "gangkou-2021.arrow" → "gangkou-2021.texts.arrow". */
export function textsFileName(id: string): string {
  return `${id}.texts.arrow`;
}

/** The manifest's `file` name of a dataset in the compact encoding. */
export function arrowFileName(id: string): string {
  return `${id}.arrow`;
}
