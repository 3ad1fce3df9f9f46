import type { Dataset } from '../model/schema.ts';

/** The kind of file a dataset was imported from. */
export type UploadFormat = 'csv' | 'text' | 'docx' | 'xlsx' | 'html';

// Writing upload records needs no validation library, so it stays out of the first download;
// reading them back (upload-record.ts) validates with zod and loads on demand.

/** A dataset brought in from the browser, as kept between visits. */
export interface UploadRecord {
  /** The dropped file's name; shown as the dataset's file. */
  fileName: string;
  /** ISO timestamp of the import (from the UI edge; records are sorted by it). */
  addedAt: string;
  /** How the bytes were decoded, e.g. `gb18030`. */
  encoding: string;
  format: UploadFormat;
  dataset: Dataset;
  /** The document's text as the ingest read it (UploadResult.sourceText), for the task dialog's source lines; absent in records kept before it was. */
  sourceText?: string;
}

export const RECORD_KIND = 'duban-upload';
export const RECORD_VERSION = 1;

/** Serialises an upload record as the JSON text kept in the browser (upload-record.ts parseUploadRecord reads it back). */
export function formatUploadRecord(record: UploadRecord): string {
  return JSON.stringify({ kind: RECORD_KIND, version: RECORD_VERSION, ...record });
}

/** The dataset JSON file an upload becomes for data/ (two-space indented, final newline), and its file name. */
export function formatDatasetFile(dataset: Dataset): { fileName: string; text: string } {
  return { fileName: `${dataset.id}.json`, text: `${JSON.stringify(dataset, null, 2)}\n` };
}
