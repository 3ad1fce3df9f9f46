import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { summarise, type Summary } from './stats.ts';

export interface IngestThroughput {
  documents: number;
  lines: number;
  kib: number;
  tasks: number;
  /** Time of one buildDataFiles over all seeds. */
  ms: Summary;
  documentsPerSecond: number;
  linesPerSecond: number;
  kibPerSecond: number;
}

/** Runs src/ingest/build-data-files.ts buildDataFiles over every seed `runs` times (after one warm-up); null with the reason when the ingest cannot be imported or fails. */
export async function measureIngest(seedsDir: string, runs: number): Promise<IngestThroughput | { unavailable: string }> {
  type Build = (docs: { file: string; text: string }[]) => { files: Map<string, string>; failures: string[] };
  let buildDataFiles: Build;
  try {
    const mod = (await import(pathToFileURL(join(import.meta.dirname, '../../src/ingest/build-data-files.ts')).href)) as { buildDataFiles: Build };
    buildDataFiles = mod.buildDataFiles;
  } catch (error) {
    return { unavailable: `ingest not importable: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` };
  }
  const docs = readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ file: `seeds/${f}`, text: readFileSync(join(seedsDir, f), 'utf8') }));
  const lines = docs.reduce((n, d) => n + d.text.split('\n').length, 0);
  const kib = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / 1024;
  let tasks = 0;
  try {
    const first = buildDataFiles(docs);
    for (const [name, json] of first.files) if (name !== 'manifest.json') tasks += (JSON.parse(json) as { tasks: unknown[] }).tasks.length;
  } catch (error) {
    return { unavailable: `ingest failed: ${error instanceof Error ? error.message : String(error)}` };
  }
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    buildDataFiles(docs);
    samples.push(performance.now() - start);
  }
  const ms = summarise(samples);
  const perSecond = (n: number) => (n * 1000) / ms.median;
  return { documents: docs.length, lines, kib, tasks, ms, documentsPerSecond: perSecond(docs.length), linesPerSecond: perSecond(lines), kibPerSecond: perSecond(kib) };
}
