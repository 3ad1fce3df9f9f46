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
    // the manifest counts every dataset's tasks; the other files are datasets and (since sources/ ships beside them) the documents' texts
    const manifest = JSON.parse(first.files.get('manifest.json') ?? '{"datasets":[]}') as { datasets: { taskCount: number }[] };
    tasks = manifest.datasets.reduce((n, d) => n + d.taskCount, 0);
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

export interface FormatThroughput {
  format: string;
  rows: number;
  kib: number;
  tasks: number;
  /** Time of one ingestUploadFile (reading the file and building the dataset). */
  ms: Summary;
  rowsPerSecond: number;
}

/**
 * Ingest throughput per file format: one `rows`-row task table (the 港口镇 seed's rows repeated
 * and renumbered) written as .docx, .xlsx, .html, pipe text and CSV, each read by
 * ingestUploadFile `runs` times after a warm-up, in Node (the browser runs the same code).
 */
export async function measureTableFormats(rows: number, runs: number): Promise<FormatThroughput[] | { unavailable: string }> {
  try {
    const { ingestUploadFile } = await import('../../src/ingest/ingest-upload.ts');
    const { buildDocx, buildXlsx, buildHtml } = await import('../ingest/sources/table-fixtures.ts');
    const { seedDataset, seedTable } = await import('../ingest/table/seed-table.ts');
    const base = seedTable(seedDataset('gangkou-2021'));
    const [header = [], ...body] = base.rows;
    const big = { rows: [header, ...Array.from({ length: rows }, (_, i) => [String(i + 1), ...(body[i % body.length] ?? []).slice(1)])], mergeDown: base.mergeDown };
    const flat = (sep: string) => big.rows.map((r) => r.map((c) => c.replace(/\s*\n\s*/g, ' ').replace(/[|,"]/g, ' ')).join(sep)).join('\n');
    const utf8 = (s: string) => new TextEncoder().encode(s);
    const files: [string, Uint8Array][] = [
      ['table.docx', buildDocx(['港口镇任务分解表'], [big])],
      ['table.xlsx', await buildXlsx('港口镇任务分解表', big)],
      ['table.html', utf8(buildHtml(['港口镇任务分解表'], big))],
      ['table-pipe.txt', utf8(`港口镇任务分解表\n${flat(' | ')}`)],
      ['table.csv', utf8(`港口镇任务分解表\n${flat(',')}`)],
    ];
    const out: FormatThroughput[] = [];
    for (const [name, bytes] of files) {
      const first = await ingestUploadFile(name, bytes, { existingIds: [] });
      if (!first.ok) return { unavailable: `${name}: ${first.message}` };
      const samples: number[] = [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        await ingestUploadFile(name, bytes, { existingIds: [] });
        samples.push(performance.now() - start);
      }
      const ms = summarise(samples);
      out.push({ format: name.replace(/^table-?/, ''), rows, kib: bytes.length / 1024, tasks: first.dataset.tasks.length, ms, rowsPerSecond: (rows * 1000) / ms.median });
    }
    return out;
  } catch (error) {
    return { unavailable: `table formats: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` };
  }
}
