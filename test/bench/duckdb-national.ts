import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { writeNationalData, type NationalData } from './duckdb-national-data.ts';
import type { ReportRow } from './report-table.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';

export interface NationalOptions {
  /** "5m", "500k", or a number of tasks. */
  size: string;
  work: string;
  root: string;
  log: (message: string) => void;
}

/** One query of the prototype in the browser: its time and what it cost on the wire. */
export interface NationalQuery {
  label: string;
  ms: number;
  bytesFetched: number;
  requests: number;
  rangeRequests: number;
  resultRows: number;
}

export interface NationalFigures {
  data: NationalData;
  instantiate: NationalQuery;
  queries: NationalQuery[];
  /** Cross-checks between the answers (overview total = task count, drill-down = its overview row); empty when all hold. */
  mismatches: string[];
}

const SEED = 20240501;
const AS_OF = '2024-06-30';
const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

// The page: DuckDB-WASM's own browser build from node_modules (import map, no bundler, no CDN), one worker, the
// exception-handling wasm; window.national runs SQL and reports its time, the server counts the bytes.
const PAGE = `<!doctype html><meta charset="utf-8"><title>national prototype</title><link rel="icon" href="data:,">
<script type="importmap">{"imports":{"apache-arrow":"/arrow/Arrow.dom.mjs","flatbuffers":"/flatbuffers/mjs/flatbuffers.js","tslib":"/tslib/tslib.es6.js"}}</script>
<script type="module">
import * as duckdb from '/duckdb/duckdb-browser.mjs';
let db = null;
let conn = null;
window.national = {
  async open() {
    const start = performance.now();
    const worker = new Worker('/duckdb/duckdb-browser-eh.worker.js');
    db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
    await db.instantiate('/duckdb/duckdb-eh.wasm');
    conn = await db.connect();
    await conn.query("SET autoinstall_known_extensions=false");
    await conn.query("SET autoload_known_extensions=false");
    return performance.now() - start;
  },
  async register(files) {
    for (const f of files) await db.registerFileURL(f.name, new URL(f.url, location.href).href, duckdb.DuckDBDataProtocol.HTTP, false);
  },
  async query(sql) {
    const start = performance.now();
    const table = await conn.query(sql);
    const ms = performance.now() - start;
    const rows = table.toArray().slice(0, 5).map((r) => JSON.parse(JSON.stringify(r.toJSON(), (k, v) => typeof v === 'bigint' ? Number(v) : v)));
    return { ms, rows, count: table.numRows };
  },
};
window.nationalReady = true;
</script>`;

/** Parses "5m", "500k" or "123456" into a task count. */
export function parseTaskCount(size: string): number {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(size.trim());
  if (m === null) throw new Error(`--national: expected a size like 5m or 500k, got "${size}"`);
  return Math.round(Number(m[1]) * (m[2]!.toLowerCase() === 'm' ? 1e6 : m[2]!.toLowerCase() === 'k' ? 1e3 : 1));
}

/**
 * The national prototype (issue 14.6): N synthetic tasks as Parquet partitioned by province on the static
 * server, read by DuckDB-WASM in headless Chromium over HTTP range requests. Measures a first overview
 * (tasks per region × month) from the partitions and from the pre-aggregated file, and one drill-down into
 * one region (its key figures and first 200 tasks), each with the bytes the server sent.
 */
export async function benchNational(options: NationalOptions): Promise<{ figures: NationalFigures | { unavailable: string }; rows: ReportRow[] }> {
  const tasks = parseTaskCount(options.size);
  const label = options.size.toUpperCase();
  const folder = join(options.work, `national-${options.size.toLowerCase()}`);
  options.log(`national ${label}: generating ${tasks} tasks as province partitions in ${folder}`);
  const data = await writeNationalData(folder, tasks, SEED, options.log);
  const pageDir = join(options.work, 'national-page');
  mkdirSync(pageDir, { recursive: true });
  writeFileSync(join(pageDir, 'index.html'), PAGE);
  const modules = join(options.root, 'node_modules');
  const server = await startStaticServer(pageDir, folder, {
    '/duckdb/': join(modules, '@duckdb/duckdb-wasm/dist'),
    '/arrow/': join(modules, 'apache-arrow'),
    '/flatbuffers/': join(modules, 'flatbuffers'),
    '/tslib/': join(modules, 'tslib'),
  });
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
    const page = await browser.newPage();
    page.on('pageerror', (error) => options.log(`national page error: ${error.message}`));
    page.on('console', (message) => { if (message.type() === 'error') options.log(`national page console: ${message.text()}`); });
    page.on('requestfailed', (request) => options.log(`national page request failed: ${request.url()}`));
    const figures = await measure(page, server, data, options.log);
    return { figures, rows: nationalRows(label, figures) };
  } catch (error) {
    const unavailable = String(error).slice(0, 200);
    return { figures: { unavailable }, rows: [{ section: `national ${label}`, item: 'prototype', median: 'not available', unit: '', verdict: unavailable }] };
  } finally {
    await browser?.close();
    await server.close();
  }
}

async function measure(page: Page, server: StaticServer, data: NationalData, log: (m: string) => void): Promise<NationalFigures> {
  const queries: NationalQuery[] = [];
  const mismatches: string[] = [];
  const run = async (label: string, sql: string) => {
    server.resetTraffic();
    const r = await page.evaluate((q) => (window as unknown as NationalWindow).national.query(q), sql);
    const query: NationalQuery = { label, ms: r.ms, bytesFetched: server.traffic.bytes, requests: server.traffic.requests, rangeRequests: server.traffic.rangeRequests, resultRows: r.count };
    queries.push(query);
    log(`national: ${label}: ${r.ms.toFixed(0)} ms, ${(query.bytesFetched / 1024).toFixed(0)} KiB in ${query.requests} requests`);
    return r;
  };
  const open = async () => {
    await page.goto(server.url);
    await page.waitForFunction(() => (window as unknown as { nationalReady?: boolean }).nationalReady === true, null, { timeout: 60_000 });
    server.resetTraffic();
    const ms = await page.evaluate(() => (window as unknown as NationalWindow).national.open());
    return { label: 'instantiate DuckDB-WASM (eh build, 1 worker)', ms, bytesFetched: server.traffic.bytes, requests: server.traffic.requests, rangeRequests: server.traffic.rangeRequests, resultRows: 0 };
  };

  const instantiate = await open();
  const files = data.partitions.map((p, i) => ({ name: `p${i}.parquet`, url: `data/${p.file}` }));
  await page.evaluate((f) => (window as unknown as NationalWindow).national.register(f), files);
  const all = `read_parquet([${files.map((f) => `'${f.name}'`).join(', ')}])`;
  // 1. overview from the partitions: only the region and due columns' pages travel
  const overview = await run(`overview: tasks per region × month, from ${files.length} province partitions`,
    `SELECT region, strftime(due, '%Y-%m') AS month, count(*) AS n FROM ${all} GROUP BY ALL ORDER BY region, month`);
  const total = await run('overview: total tasks (footers only)', `SELECT count(*)::INTEGER AS n FROM ${all}`);
  if (total.rows[0]?.n !== data.tasks) mismatches.push(`total ${String(total.rows[0]?.n)} ≠ ${data.tasks}`);
  void overview;
  // 2. drill-down into one region of one province: its row groups only (rows sorted by region)
  const p = Math.min(18, data.partitions.length - 1);
  const regionRow = await run('drill-down: region list of one province', `SELECT DISTINCT region FROM p${p}.parquet ORDER BY region`);
  const region = String(regionRow.rows[Math.min(4, regionRow.rows.length - 1)]?.region ?? '');
  const escaped = region.replace(/'/g, "''");
  const figures = await run(`drill-down: key figures of ${region}`,
    `SELECT count(*)::INTEGER AS n, count(*) FILTER (WHERE due < DATE '${AS_OF}')::INTEGER AS passed, count(*) FILTER (WHERE due IS NULL AND ongoing)::INTEGER AS ongoing,
      count(DISTINCT u)::INTEGER AS units FROM (SELECT due, ongoing, unnest(units) AS u FROM p${p}.parquet WHERE region = '${escaped}')`);
  await run(`drill-down: first 200 tasks of ${region} (every column)`, `SELECT * FROM p${p}.parquet WHERE region = '${escaped}' ORDER BY due NULLS LAST, id LIMIT 200`);
  const regionCount = await run(`drill-down: task count of ${region}`, `SELECT count(*)::INTEGER AS n FROM p${p}.parquet WHERE region = '${escaped}'`);
  void figures;
  // 3. a fresh page: the overview from the pre-aggregated file alone
  await open();
  await page.evaluate((f) => (window as unknown as NationalWindow).national.register(f), [{ name: 'overview.parquet', url: `data/${data.overview.file}` }]);
  const pre = await run('overview: tasks per region × month, from the pre-aggregated file', `SELECT region, month, sum(tasks)::INTEGER AS n FROM 'overview.parquet' GROUP BY ALL ORDER BY region, month`);
  void pre;
  const preRegion = await run(`overview file: task count of ${region}`, `SELECT sum(tasks)::INTEGER AS n FROM 'overview.parquet' WHERE region = '${escaped}'`);
  if (preRegion.rows[0]?.n !== regionCount.rows[0]?.n) mismatches.push(`${region}: overview file ${String(preRegion.rows[0]?.n)} ≠ partition ${String(regionCount.rows[0]?.n)}`);
  return { data, instantiate, queries, mismatches };
}

interface NationalWindow {
  national: {
    open(): Promise<number>;
    register(files: { name: string; url: string }[]): Promise<void>;
    query(sql: string): Promise<{ ms: number; rows: Record<string, unknown>[]; count: number }>;
  };
}

function nationalRows(label: string, f: NationalFigures): ReportRow[] {
  const s = `national ${label}`;
  const mib = (n: number) => `${(n / 2 ** 20).toFixed(1)} MiB`;
  const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
  const d = f.data;
  const rows: ReportRow[] = [
    { section: s, item: `data: ${d.tasks} tasks in ${d.partitions.length} province partitions (Parquet, zstd)`, median: d.writeMs, unit: d.cached ? 'ms (cached)' : 'ms to generate' },
    { section: s, item: 'bytes on disk: partitions + overview file', median: mib(d.bytes), unit: '' },
    { section: s, item: 'bytes on disk: pre-aggregated overview file', median: kib(d.overview.bytes), unit: '' },
    { section: s, item: `for scale: the same tasks as v1 JSON (≈1.3 KiB a task)`, median: `≈ ${((d.tasks * 1.3) / 2 ** 20).toFixed(1)} GiB`, unit: '' },
    { section: s, item: f.instantiate.label, median: f.instantiate.ms, unit: 'ms', verdict: `${mib(f.instantiate.bytesFetched)} fetched (wasm + worker)` },
  ];
  for (const q of f.queries) {
    rows.push({ section: s, item: q.label, median: q.ms, unit: 'ms', verdict: `${kib(q.bytesFetched)} fetched, ${q.requests} requests (${q.rangeRequests} ranges)` });
  }
  rows.push({ section: s, item: 'answers agree (overview total, drill-down vs overview file)', median: f.mismatches.length === 0 ? 'yes' : `NO: ${f.mismatches.join('; ')}`, unit: '' });
  return rows;
}
