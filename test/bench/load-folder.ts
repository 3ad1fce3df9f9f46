import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../src/model/schema.ts';
import { DatasetSchema, ManifestSchema } from '../../src/model/schema.ts';

/** Times of one load of a data folder, split as the browser loader's work is: read, JSON.parse, DatasetSchema.safeParse. */
export interface LoadTimes {
  readMs: number;
  parseMs: number;
  validateMs: number;
  /** parse + validate: what the browser pays on the main thread after the bytes arrive. */
  parseValidateMs: number;
  failures: number;
}

/** Loads manifest.json and every dataset of a folder like src/load/load-datasets.ts (parse then validate per file); keeps the datasets only when asked. */
export function loadFolder(folder: string, keep: boolean): { times: LoadTimes; datasets: Dataset[] } {
  let readMs = 0;
  let parseMs = 0;
  let validateMs = 0;
  let failures = 0;
  const datasets: Dataset[] = [];
  const manifest = ManifestSchema.parse(JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')));
  for (const entry of manifest.datasets) {
    const t0 = performance.now();
    const text = readFileSync(join(folder, entry.file), 'utf8');
    const t1 = performance.now();
    const value: unknown = JSON.parse(text);
    const t2 = performance.now();
    const parsed = DatasetSchema.safeParse(value);
    const t3 = performance.now();
    readMs += t1 - t0;
    parseMs += t2 - t1;
    validateMs += t3 - t2;
    if (!parsed.success) failures++;
    else if (keep) datasets.push(parsed.data);
  }
  return { times: { readMs, parseMs, validateMs, parseValidateMs: parseMs + validateMs, failures }, datasets };
}
