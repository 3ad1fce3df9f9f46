import { closeSync, existsSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset, Manifest } from '../../src/model/schema.ts';
import { duckModule, openDuckDb, type DuckConnection, type DuckDb } from './duckdb-node.ts';

/** Bump when the Parquet layout changes, so cached files are rewritten. */
export const PARQUET_LAYOUT_VERSION = 1;

/** The Parquet file of a generated folder: where, how big, and whether it was reused. */
export interface ParquetFile {
  path: string;
  bytes: number;
  tasks: number;
  cached: boolean;
  /** Time to write it (0 when cached). */
  writeMs: number;
}

// list items and struct fields travel through CSV joined by the ASCII unit separator (never in task text)
const SEP = '\u001f';
const NULL = '\\N';

/**
 * The columns of tasks.parquet, one row per task, every field of the v1 task kept (nested lists stay lists):
 * the Parquet a deployment would put on its static server beside (or instead of) the JSON files.
 */
export const TASKS_PARQUET_SELECT = `
  dataset, region, id, no,
  CASE WHEN path = '' THEN []::VARCHAR[] ELSE string_split(path, chr(31)) END AS path,
  title, text, units_raw,
  list_transform(generate_series(1, len(unit_name)), i -> {'name': unit_name[i], 'role': unit_role[i], 'collective': unit_collective[i] = '1'}) AS units,
  deadline_raw, CAST(due AS DATE) AS due, month_day, year_known = '1' AS year_known, precision, ongoing = '1' AS ongoing,
  list_transform(generate_series(1, len(ind_metric)), i -> {'metric': ind_metric[i], 'category': ind_category[i], 'comparator': ind_comparator[i],
    'value': CAST(ind_value[i] AS DOUBLE), 'unit': ind_unit[i], 'due': CAST(NULLIF(ind_due[i], '') AS DATE)}) AS indicators,
  source_file, CAST(source_line AS INTEGER) AS source_line`;

const CSV_COLUMNS = [
  'dataset', 'region', 'id', 'no', 'path', 'title', 'text', 'units_raw', 'unit_name', 'unit_role', 'unit_collective',
  'deadline_raw', 'due', 'month_day', 'year_known', 'precision', 'ongoing',
  'ind_metric', 'ind_category', 'ind_comparator', 'ind_value', 'ind_unit', 'ind_due', 'source_file', 'source_line',
] as const;
const LIST_COLUMNS = new Set(['unit_name', 'unit_role', 'unit_collective', 'ind_metric', 'ind_category', 'ind_comparator', 'ind_value', 'ind_unit', 'ind_due']);

/**
 * Writes `tasks.parquet` beside the JSON of a generated folder with DuckDB-WASM itself (CSV staging file →
 * COPY … (FORMAT parquet)); reuses it when it is newer than the folder's generation stamp.
 */
export async function writeTasksParquet(folder: string, shared?: { db: DuckDb; conn: DuckConnection }): Promise<ParquetFile> {
  const path = join(folder, 'tasks.parquet');
  const stampPath = join(folder, 'tasks.parquet.stamp.json');
  const generated = statSync(join(folder, 'generated.stamp.json')).mtimeMs;
  if (existsSync(path) && existsSync(stampPath)) {
    const stamp = JSON.parse(readFileSync(stampPath, 'utf8')) as { layout: number; tasks: number };
    if (stamp.layout === PARQUET_LAYOUT_VERSION && statSync(path).mtimeMs >= generated) {
      return { path, bytes: statSync(path).size, tasks: stamp.tasks, cached: true, writeMs: 0 };
    }
  }
  const start = performance.now();
  const csvPath = join(folder, 'tasks.staging.csv');
  const tasks = writeCsv(folder, csvPath);
  const { db, conn } = shared ?? (await openDuckDb());
  const duck = duckModule();
  db.registerFileURL('tasks.staging.csv', csvPath, duck.DuckDBDataProtocol.NODE_FS, false);
  const columns = CSV_COLUMNS.map((c) => `'${c}': '${LIST_COLUMNS.has(c) ? 'VARCHAR' : 'VARCHAR'}'`).join(', ');
  conn.query(`CREATE OR REPLACE TEMP TABLE staging AS
    SELECT * REPLACE (${[...LIST_COLUMNS].map((c) => `CASE WHEN ${c} = '' THEN []::VARCHAR[] ELSE string_split(${c}, chr(31)) END AS ${c}`).join(', ')})
    FROM read_csv('tasks.staging.csv', header = true, delim = ',', quote = '"', escape = '"', nullstr = '${NULL}', columns = {${columns}})`);
  // row groups of 100k rows; zstd keeps the texts small
  // the Node runtime writes a COPY target to disk, relative to the working directory: name it inside the folder
  const outPath = join(folder, 'tasks.out.parquet');
  conn.query(`COPY (SELECT ${TASKS_PARQUET_SELECT} FROM staging) TO '${outPath}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 100000)`);
  conn.query(`DROP TABLE staging`);
  const bytes = db.copyFileToBuffer(outPath);
  db.dropFile(outPath);
  rmSync(outPath, { force: true });
  db.dropFile('tasks.staging.csv');
  writeFileSync(path, bytes);
  rmSync(csvPath, { force: true });
  writeFileSync(stampPath, JSON.stringify({ layout: PARQUET_LAYOUT_VERSION, tasks }));
  return { path, bytes: bytes.length, tasks, cached: false, writeMs: performance.now() - start };
}

/** One CSV row per task, in manifest then task order (the order toTaskRows gives); returns the task count. */
function writeCsv(folder: string, csvPath: string): number {
  const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as Manifest;
  const fd = openSync(csvPath, 'w');
  let tasks = 0;
  try {
    writeSync(fd, `${CSV_COLUMNS.join(',')}\n`);
    for (const entry of manifest.datasets) {
      const dataset = JSON.parse(readFileSync(join(folder, entry.file), 'utf8')) as Dataset;
      const lines: string[] = [];
      for (const t of dataset.tasks) {
        const d = t.deadline;
        const ind = t.indicators;
        const cells: (string | null)[] = [
          dataset.id, dataset.region, t.id, t.no, t.path.join(SEP), t.title, t.text, t.unitsRaw,
          t.units.map((u) => u.name).join(SEP), t.units.map((u) => u.role).join(SEP), t.units.map((u) => (u.collective === true ? '1' : '0')).join(SEP),
          d.raw, d.due, d.monthDay, d.yearKnown ? '1' : '0', d.precision, d.ongoing ? '1' : '0',
          ind.map((i) => i.metric).join(SEP), ind.map((i) => i.category).join(SEP), ind.map((i) => i.comparator).join(SEP),
          ind.map((i) => String(i.value)).join(SEP), ind.map((i) => i.unit).join(SEP), ind.map((i) => i.due ?? '').join(SEP),
          t.source.file, String(t.source.line),
        ];
        lines.push(cells.map(csvCell).join(','));
        tasks++;
      }
      writeSync(fd, `${lines.join('\n')}\n`);
    }
  } finally {
    closeSync(fd);
  }
  return tasks;
}

function csvCell(value: string | null): string {
  if (value === null) return NULL;
  return `"${value.replace(/"/g, '""')}"`;
}
