import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest, ManifestEntry } from '../../src/model/schema.ts';
import { FORMAT_VERSION } from '../../src/model/schema.ts';
import { generateDatasets, type GenerateOptions } from './generate.ts';
import { regroupDatasets } from './regroup.ts';

/** Bump when the generator's output changes, so cached folders are rewritten. */
export const GENERATOR_VERSION = 1;

export interface GeneratedData {
  folder: string;
  tasks: number;
  datasets: number;
  /** Bytes of all dataset files plus the manifest. */
  bytes: number;
  /** True when an up-to-date folder was reused. */
  cached: boolean;
}

/**
 * Writes manifest.json and one pretty-printed file per dataset (as the ingest writes data/)
 * into `folder`, one dataset in memory at a time; reuses the folder when its stamp matches.
 * `files`: the same tasks regrouped into that many equal files (regroup.ts) instead of one file per generated document.
 */
export function writeGeneratedData(folder: string, options: GenerateOptions, files?: number): GeneratedData {
  const stampFile = join(folder, 'generated.stamp.json');
  const stamp = JSON.stringify({ generator: GENERATOR_VERSION, ...options, ...(files === undefined ? {} : { files }) });
  if (existsSync(stampFile)) {
    const previous = JSON.parse(readFileSync(stampFile, 'utf8')) as { stamp: string; result: GeneratedData };
    if (previous.stamp === stamp) return { ...previous.result, cached: true };
  }
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const entries: ManifestEntry[] = [];
  let bytes = 0;
  let tasks = 0;
  const documents = generateDatasets(options);
  for (const dataset of files === undefined ? documents : regroupDatasets(documents, options.tasks, files)) {
    const file = `${dataset.id}.json`;
    const json = `${JSON.stringify(dataset, null, 2)}\n`;
    writeFileSync(join(folder, file), json);
    bytes += Buffer.byteLength(json);
    tasks += dataset.tasks.length;
    entries.push({ id: dataset.id, file, region: dataset.region, title: dataset.title, source: dataset.source, taskCount: dataset.tasks.length });
  }
  const manifest: Manifest = { version: FORMAT_VERSION, datasets: entries };
  const manifestJson = `${JSON.stringify(manifest, null, 2)}\n`;
  writeFileSync(join(folder, 'manifest.json'), manifestJson);
  bytes += Buffer.byteLength(manifestJson);
  const result: GeneratedData = { folder, tasks, datasets: entries.length, bytes, cached: false };
  writeFileSync(stampFile, JSON.stringify({ stamp, result }));
  return result;
}
