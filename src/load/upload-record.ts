import { z } from 'zod';
import type { Dataset } from '../model/schema.ts';
import { parseDataset } from './load-file.ts';
import type { LoadFailure } from './load-result.ts';

/** A dataset brought in from the browser, as kept between visits. */
export interface UploadRecord {
  /** The dropped file's name; shown as the dataset's file. */
  fileName: string;
  /** ISO timestamp of the import (from the UI edge; records are sorted by it). */
  addedAt: string;
  /** How the bytes were decoded, e.g. `gb18030`. */
  encoding: string;
  format: 'csv' | 'text';
  dataset: Dataset;
}

const RECORD_KIND = 'duban-upload';
const RECORD_VERSION = 1;

const EnvelopeSchema = z.object({
  kind: z.literal(RECORD_KIND),
  version: z.literal(RECORD_VERSION),
  fileName: z.string().min(1),
  addedAt: z.string(),
  encoding: z.string(),
  format: z.enum(['csv', 'text']),
  dataset: z.unknown(),
});

/** Serialises an upload record as the JSON text kept in the browser (parseUploadRecord reads it back). */
export function formatUploadRecord(record: UploadRecord): string {
  return JSON.stringify({ kind: RECORD_KIND, version: RECORD_VERSION, ...record });
}

/**
 * Reads a kept upload record, validating its dataset again like a fetched one (newer format
 * refused, schema checked); a bad record becomes a failure naming its file (or `key`), never
 * an exception.
 */
export function parseUploadRecord(text: string, key: string): { ok: true; record: UploadRecord } | { ok: false; failure: LoadFailure } {
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    return { ok: false, failure: { file: key, id: key, kind: 'not-json', status: null, details: [String(error)] } };
  }
  const envelope = EnvelopeSchema.safeParse(value);
  if (!envelope.success) {
    const details = envelope.error.issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
    return { ok: false, failure: { file: key, id: key, kind: 'schema', status: null, details } };
  }
  const { fileName, addedAt, encoding, format, dataset } = envelope.data;
  const parsed = parseDataset(dataset, fileName, key);
  if ('kind' in parsed) return { ok: false, failure: parsed };
  return { ok: true, record: { fileName, addedAt, encoding, format, dataset: parsed.dataset } };
}

/** The dataset JSON file an upload becomes for data/ (two-space indented, final newline), and its file name. */
export function formatDatasetFile(dataset: Dataset): { fileName: string; text: string } {
  return { fileName: `${dataset.id}.json`, text: `${JSON.stringify(dataset, null, 2)}\n` };
}
