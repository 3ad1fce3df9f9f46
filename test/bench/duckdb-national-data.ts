import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { INDICATOR_CATEGORIES } from '../../src/model/indicator-categories.ts';
import { openDuckDb, sqlList, sqlString, type DuckConnection, type DuckDb } from './duckdb-node.ts';
import { regionName } from './generate.ts';
import { ACTIONS, DEPARTMENTS, DETAILS, OBJECTS, SECTIONS } from './vocabulary.ts';

/** Bump when the national layout changes, so cached folders are rewritten. */
export const NATIONAL_LAYOUT_VERSION = 1;

/** Mainland provinces: one partition (one Parquet file) each. */
export const PROVINCES = [
  '北京', '天津', '河北', '山西', '内蒙古', '辽宁', '吉林', '黑龙江', '上海', '江苏', '浙江', '安徽', '福建', '江西', '山东', '河南',
  '湖北', '湖南', '广东', '广西', '海南', '重庆', '四川', '贵州', '云南', '西藏', '陕西', '甘肃', '青海', '宁夏', '新疆',
] as const;

const REGIONS_PER_PROVINCE = 12;
// small row groups: a drill-down into one region (rows sorted by region) skips the others by their min/max statistics
const ROW_GROUP_ROWS = 8192;

export interface NationalData {
  folder: string;
  tasks: number;
  /** One file per province: partitions/province=NN/tasks.parquet, relative to folder. */
  partitions: { province: string; file: string; bytes: number; tasks: number }[];
  /** Counts per province × region × month × status: what an overview needs, a few hundred KiB. */
  overview: { file: string; bytes: number };
  bytes: number;
  cached: boolean;
  writeMs: number;
}

/**
 * Generates `tasks` synthetic tasks as Parquet partitioned by province, one province at a time in DuckDB-WASM
 * (SQL over range(), never the whole set in memory, never as JSON), plus a pre-aggregated overview file.
 * The columns follow the v1 task (region, path, units, deadline, indicator categories, text), flattened where
 * a national overview does not need the nesting; reuses the folder when its stamp matches.
 */
export async function writeNationalData(folder: string, tasks: number, seed: number, log: (m: string) => void): Promise<NationalData> {
  const stampPath = join(folder, 'national.stamp.json');
  const stamp = JSON.stringify({ layout: NATIONAL_LAYOUT_VERSION, tasks, seed });
  if (existsSync(stampPath)) {
    const previous = JSON.parse(readFileSync(stampPath, 'utf8')) as { stamp: string; result: NationalData };
    if (previous.stamp === stamp) return { ...previous.result, cached: true };
  }
  const start = performance.now();
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const { db, conn } = await openDuckDb();
  conn.query(`CREATE TABLE overview (province VARCHAR, region VARCHAR, month VARCHAR, status VARCHAR, tasks INTEGER)`);
  const partitions: NationalData['partitions'] = [];
  let done = 0;
  for (const [p, province] of PROVINCES.entries()) {
    const count = Math.floor(((p + 1) * tasks) / PROVINCES.length) - Math.floor((p * tasks) / PROVINCES.length);
    const regions = Array.from({ length: REGIONS_PER_PROVINCE }, (_, r) => `${province}${regionName(seed, p * REGIONS_PER_PROVINCE + r)}`);
    const file = `partitions/province=${String(p).padStart(2, '0')}/tasks.parquet`;
    writePartition(db, conn, join(folder, file), province, regions, done, count, seed);
    partitions.push({ province, file, bytes: statSync(join(folder, file)).size, tasks: count });
    done += count;
    log(`national: ${province} ${count} tasks, ${(partitions.at(-1)!.bytes / 2 ** 20).toFixed(1)} MiB (${done}/${tasks})`);
  }
  // the Node runtime writes a COPY target to disk, relative to the working directory: name it inside the folder
  const overviewTmp = join(folder, 'overview.tmp.parquet');
  conn.query(`COPY (SELECT * FROM overview ORDER BY province, region, month, status) TO '${overviewTmp}' (FORMAT parquet, COMPRESSION zstd)`);
  const overviewBytes = db.copyFileToBuffer(overviewTmp);
  db.dropFile(overviewTmp);
  rmSync(overviewTmp, { force: true });
  writeFileSync(join(folder, 'overview.parquet'), overviewBytes);
  conn.close();
  const result: NationalData = {
    folder, tasks, partitions,
    overview: { file: 'overview.parquet', bytes: overviewBytes.length },
    bytes: partitions.reduce((n, x) => n + x.bytes, 0) + overviewBytes.length,
    cached: false,
    writeMs: performance.now() - start,
  };
  writeFileSync(stampPath, JSON.stringify({ stamp, result }));
  return result;
}

/** Total bytes of the files under a folder. */
export function folderBytes(folder: string): number {
  let total = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}

/** One province's tasks: rows first + i of the whole set, pseudo-random in (seed, row) through hash(), sorted by region then due. */
function writePartition(db: DuckDb, conn: DuckConnection, path: string, province: string, regions: readonly string[], first: number, count: number, seed: number): void {
  const h = (k: number) => `hash(i * 16 + ${k} + ${seed})`;
  const pick = (list: readonly string[], k: number) => `(${sqlList(list)})[1 + (${h(k)} % ${list.length})::INTEGER]`;
  const categories = INDICATOR_CATEGORIES.map((c) => c.zh);
  conn.query(`CREATE OR REPLACE TEMP TABLE part AS
    WITH base AS (
      SELECT i, (${sqlList(regions)})[1 + ((i - ${first}) * ${regions.length} // ${count})::INTEGER] AS region,
        CASE WHEN ${h(1)} % 100 < 15 THEN NULL ELSE DATE '2021-01-01' + CAST(${h(2)} % 2191 AS INTEGER) END AS due,
        ${h(3)} % 100 < 20 AS ongoing
      FROM range(${first}, ${first + count}) t(i))
    SELECT ${sqlString(province)} AS province, region, region || '-' || (i - ${first}) AS id, CAST(1 + (i % 400) AS VARCHAR) AS no,
      [${pick(SECTIONS, 4)}] AS path,
      ${pick(ACTIONS, 5)} || ${pick(OBJECTS, 6)} || '。' || ${pick(DETAILS, 7)} || '，' || ${pick(DETAILS, 8)} || '。' AS text,
      list_transform(range(1 + (${h(9)} % 3)::INTEGER), k -> region || '/' || (${sqlList(DEPARTMENTS.map((d) => `市${d}`))})[1 + (hash(i * 16 + k + 10) % ${DEPARTMENTS.length})::INTEGER]) AS units,
      due, ongoing,
      CASE WHEN due IS NOT NULL THEN strftime(due, '%Y年%-m月底前') WHEN ongoing THEN '长期推进' ELSE '' END AS deadline_raw,
      CASE WHEN ${h(13)} % 100 < 25 THEN [${pick(categories, 14)}] ELSE []::VARCHAR[] END AS categories
    FROM base ORDER BY region, due`);
  conn.query(`INSERT INTO overview SELECT province, region, coalesce(strftime(due, '%Y-%m'), '') AS month,
      CASE WHEN due IS NULL THEN (CASE WHEN ongoing THEN 'ongoing' ELSE 'none' END) WHEN due < DATE '2024-06-30' THEN 'passed' ELSE 'later' END AS status,
      count(*) FROM part GROUP BY ALL`);
  const tmp = `${path}.tmp`;
  mkdirSync(join(path, '..'), { recursive: true });
  conn.query(`COPY part TO '${tmp}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${ROW_GROUP_ROWS})`);
  const bytes = db.copyFileToBuffer(tmp);
  db.dropFile(tmp);
  rmSync(tmp, { force: true });
  conn.query(`DROP TABLE part`);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, bytes);
}
