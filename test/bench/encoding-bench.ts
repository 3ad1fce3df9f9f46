import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { convertToArrow } from '../../src/ingest/arrow/convert-to-arrow.ts';
import { decodeArrowTasks, decodeArrowTexts, mergeArrowTexts } from '../../src/load/decode-arrow-dataset.ts';
import { DatasetSchema, ManifestSchema } from '../../src/model/schema.ts';
import type { ReportRow } from './report-table.ts';
import { summarise, type Summary } from './stats.ts';

/** Bytes of one encoding over a whole folder: as stored, and as sent by a server that gzips (level 6). */
export interface EncodingBytes {
  raw: number;
  gzip: number;
}

export interface EncodingFigures {
  tasks: number;
  arrowFolder: string;
  /** Seconds spent converting (0 when the cached folder was reused). */
  convertMs: number;
  json: EncodingBytes;
  /** `<id>.arrow` files: what the first charts wait for. */
  arrowTasks: EncodingBytes;
  /** `<id>.texts.arrow` side files. */
  arrowTexts: EncodingBytes;
  /** Per load, summed over every file: tableFromIPC + column reads of the tasks files. */
  decodeTasksMs: Summary;
  decodeTextsMs: Summary;
  /** DatasetSchema.safeParse of the decoded datasets (the same check as for JSON). */
  validateMs: Summary;
}

/**
 * Converts the generated JSON folder to the compact encoding beside it (once: reused while the JSON
 * folder's stamp is unchanged) and measures both: bytes raw and gzipped, and the decode time of the
 * Arrow files as the browser worker does it (read → decode tasks → decode texts → merge → validate).
 */
export function measureEncodings(jsonFolder: string, arrowFolder: string, runs: number): EncodingFigures {
  const convertMs = ensureArrowFolder(jsonFolder, arrowFolder);
  const jsonManifest = ManifestSchema.parse(JSON.parse(readFileSync(join(jsonFolder, 'manifest.json'), 'utf8')));
  const arrowManifest = ManifestSchema.parse(JSON.parse(readFileSync(join(arrowFolder, 'manifest.json'), 'utf8')));
  const bytes = (folder: string, files: string[]): EncodingBytes => {
    let raw = 0;
    let gzip = 0;
    for (const file of files) {
      const content = readFileSync(join(folder, file));
      raw += content.byteLength;
      gzip += gzipSync(content).byteLength;
    }
    return { raw, gzip };
  };
  const json = bytes(jsonFolder, ['manifest.json', ...jsonManifest.datasets.map((e) => e.file)]);
  const arrowTasks = bytes(arrowFolder, ['manifest.json', ...arrowManifest.datasets.map((e) => e.file)]);
  const arrowTexts = bytes(arrowFolder, arrowManifest.datasets.map((e) => e.texts ?? ''));

  const tasksMs: number[] = [];
  const textsMs: number[] = [];
  const validMs: number[] = [];
  let tasks = 0;
  for (let run = 0; run <= runs; run++) {
    let t = 0;
    let x = 0;
    let v = 0;
    tasks = 0;
    for (const entry of arrowManifest.datasets) {
      const taskBytes = new Uint8Array(readFileSync(join(arrowFolder, entry.file)));
      const textBytes = new Uint8Array(readFileSync(join(arrowFolder, entry.texts ?? '')));
      const t0 = performance.now();
      const decoded = decodeArrowTasks(taskBytes);
      const t1 = performance.now();
      mergeArrowTexts(decoded, decodeArrowTexts(textBytes));
      const t2 = performance.now();
      const parsed = DatasetSchema.safeParse(decoded.value);
      const t3 = performance.now();
      if (!parsed.success) throw new Error(`${entry.file}: decoded dataset fails the schema`);
      tasks += parsed.data.tasks.length;
      t += t1 - t0;
      x += t2 - t1;
      v += t3 - t2;
    }
    // run 0 warms the JIT, as the JSON load does
    if (run === 0) continue;
    tasksMs.push(t);
    textsMs.push(x);
    validMs.push(v);
  }
  return { tasks, arrowFolder, convertMs, json, arrowTasks, arrowTexts, decodeTasksMs: summarise(tasksMs), decodeTextsMs: summarise(textsMs), validateMs: summarise(validMs) };
}

/** Converts a generated JSON folder to the compact encoding in `arrowFolder` unless the folder holds the conversion of the same stamp; ms spent (0: reused). */
export function ensureArrowFolder(jsonFolder: string, arrowFolder: string): number {
  const stamp = readFileSync(join(jsonFolder, 'generated.stamp.json'), 'utf8');
  const stampFile = join(arrowFolder, 'converted.stamp.json');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return 0;
  const t0 = performance.now();
  rmSync(arrowFolder, { recursive: true, force: true });
  mkdirSync(arrowFolder, { recursive: true });
  const converted = convertToArrow(readFileSync(join(jsonFolder, 'manifest.json'), 'utf8'), (file) => readFileSync(join(jsonFolder, file), 'utf8'));
  if (converted.failures.length > 0) throw new Error(converted.failures.slice(0, 3).join('\n'));
  for (const [name, content] of converted.files) writeFileSync(join(arrowFolder, name), content);
  writeFileSync(stampFile, stamp);
  return performance.now() - t0;
}

const MIB = 2 ** 20;

/** The benchmark's rows for one size: bytes per encoding (total and per task, raw and gzip) and the Arrow decode times. */
export function encodingRows(section: string, f: EncodingFigures): ReportRow[] {
  const per = (b: number) => `${(b / f.tasks).toFixed(0)} B/task`;
  const size = (label: string, b: EncodingBytes, budget?: string, verdict?: string): ReportRow => ({
    section,
    item: `bytes: ${label}`,
    median: b.raw / MIB,
    unit: `MiB raw (${per(b.raw)}); gzip ${(b.gzip / MIB).toFixed(1)} MiB (${per(b.gzip)})`,
    ...(budget === undefined ? {} : { budget, verdict }),
  });
  const arrowAll = { raw: f.arrowTasks.raw + f.arrowTexts.raw, gzip: f.arrowTasks.gzip + f.arrowTexts.gzip };
  const goal = f.tasks === 200_000 ? '≤ 40 MiB' : undefined;
  const verdict = (b: number) => (b <= 40 * MIB ? 'ok' : `MISS ×${(b / (40 * MIB)).toFixed(1)}`);
  return [
    size('JSON v1 (manifest + datasets)', f.json, goal, goal && verdict(f.json.raw)),
    size('Arrow tasks (manifest + <id>.arrow): before the first chart', f.arrowTasks, goal, goal && verdict(f.arrowTasks.raw)),
    size('Arrow texts (<id>.texts.arrow): after', f.arrowTexts),
    size('Arrow, both files', arrowAll, goal, goal && verdict(arrowAll.raw)),
    { section, item: `Arrow conversion of the JSON folder${f.convertMs === 0 ? ' (cached)' : ''}`, median: f.convertMs, unit: 'ms' },
    { section, item: 'load Arrow: decode tasks files', median: f.decodeTasksMs.median, min: f.decodeTasksMs.min, max: f.decodeTasksMs.max, unit: 'ms' },
    { section, item: 'load Arrow: decode texts files + merge', median: f.decodeTextsMs.median, min: f.decodeTextsMs.min, max: f.decodeTextsMs.max, unit: 'ms' },
    { section, item: 'load Arrow: DatasetSchema.safeParse', median: f.validateMs.median, min: f.validateMs.min, max: f.validateMs.max, unit: 'ms' },
  ];
}
