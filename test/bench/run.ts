/**
 * `npm run bench`: the province-scale benchmark of issue 5. Prints one table, then issue 14's goals one line per
 * row of its table (issue14-goals.ts), and writes the same figures to test/bench/results.json. Options: --sizes 20k,200k,1m  --runs 5  --browser-runs 3
 * --no-browser  --out <file>. Generated data and builds go to $TMPDIR/duban-bench/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { filterOptions } from '../../src/analysis/filter-options.ts';
import { toTaskRows } from '../../src/analysis/task-row.ts';
import { benchAnalysis, type AnalysisFigures } from './analysis-bench.ts';
import { measureBrowser, type BrowserFigures } from './browser-bench.ts';
import { measureBundle, type BundleSizes } from './bundle-sizes.ts';
import { measureRouteScripts } from './route-js.ts';
import { filterSequence } from './filter-sequence.ts';
import { measureIngest, measureTableFormats } from './ingest-throughput.ts';
import { encodingRows, ensureArrowFolder, measureEncodings, type EncodingFigures } from './encoding-bench.ts';
import { browserRows } from './browser-rows.ts';
import { formatGoals, GOALS, issue14Goals, type Issue14Figures, type LayoutFigures } from './issue14-goals.ts';
import { loadFolder, type LoadTimes } from './load-folder.ts';
import { formatTable, summaryRow, verdictAtMost, type ReportRow } from './report-table.ts';
import { summarise, timed, type Summary } from './stats.ts';
import { writeGeneratedData, type GeneratedData } from './write-generated-data.ts';
import { benchDuckdb, type DuckFigures } from './duckdb-bench.ts';
import { duckdbRows, warnDuckdbMismatches } from './duckdb-report.ts';
import { benchNational } from './duckdb-national.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const WORK = join(tmpdir(), 'duban-bench');
const AS_OF = '2024-06-30';
const SEED = 20240501;
const KIB = 1024;

interface SizeSpec {
  name: string;
  tasks: number;
  regions: number;
  /** Budget for one filter change + re-aggregation in Node, ms (null: none stated). */
  analysisBudget: number | null;
}

const SIZES: Record<string, SizeSpec> = {
  '20k': { name: '20k', tasks: 20_000, regions: 100, analysisBudget: null },
  '200k': { name: '200k', tasks: 200_000, regions: 200, analysisBudget: 10 },
  '1m': { name: '1M', tasks: 1_000_000, regions: 300, analysisBudget: 50 },
};

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '20k,200k,1m' },
    runs: { type: 'string', default: '5' },
    'browser-runs': { type: 'string', default: '3' },
    'no-browser': { type: 'boolean', default: false },
    out: { type: 'string', default: join(ROOT, 'test/bench/results.json') },
    // DuckDB-WASM side by side (issue 14.5) and the national prototype (14.6): --no-duckdb, --national 5m
    'no-duckdb': { type: 'boolean', default: false },
    national: { type: 'string' },
  },
});

/** Issue 14: the same tasks also in this many equal files ("20 files of 10,000" at 200k), below 1M. */
const FEW_FILES = 20;

type BrowserResult = BrowserFigures | { unavailable: string };

/** One browser run over one layout of a size's data: JSON or Arrow, one file per document or FEW_FILES files. */
interface LayoutRun {
  label: string;
  files: number;
  browser: BrowserResult;
}

interface SizeResult {
  data: GeneratedData;
  /** The same tasks in FEW_FILES files (JSON, and converted to Arrow beside; 0 ms when both were cached), below 1M. */
  fewFiles?: { data: GeneratedData; generateMs: number; convertMs: number };
  encodings?: EncodingFigures;
  /** Browser runs beside the JSON one `browser` holds: Arrow, and both encodings in FEW_FILES files. */
  layouts: LayoutRun[];
  generateMs: number;
  load: Record<keyof LoadTimes, Summary>;
  rowsMs: number;
  filterOptionsMs: number;
  analysis: AnalysisFigures;
  browser: BrowserResult;
  duckdb: DuckFigures | { unavailable: string };
}

const rows: ReportRow[] = [];
const results: Record<string, unknown> = {
  generatedAt: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
  asOf: AS_OF,
  seed: SEED,
  sizes: {},
  table: rows,
};

mkdirSync(WORK, { recursive: true });
const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

// 1. bundle
const dist = ensureDist();
if (dist === null) {
  rows.push({ section: 'bundle', item: 'vite build', median: 'not available', unit: '', verdict: 'build failed' });
} else {
  const bundle = measureBundle(dist);
  results.bundle = { dist, ...bundle };
  bundleRows(bundle);
  try {
    const routes = await measureRouteScripts(dist, join(ROOT, 'data'), bundle.chunks);
    results.routes = routes;
    for (const route of routes) {
      rows.push({ section: 'bundle', item: `JS to open #/${route.route} (first visit)`, median: route.gzip / KIB, unit: 'KiB gz', budget: '≤ 300 KiB gz', verdict: verdictAtMost(route.gzip, 300 * KIB) });
    }
  } catch (error) {
    rows.push({ section: 'bundle', item: 'JS per view', median: 'not available', unit: '', verdict: String(error).slice(0, 80) });
  }
}

// 2. ingest
const ingest = await measureIngest(join(ROOT, 'seeds'), Number(args.runs));
results.ingest = ingest;
if ('unavailable' in ingest) rows.push({ section: 'ingest', item: 'buildDataFiles(seeds)', median: 'not available', unit: '', verdict: ingest.unavailable });
else {
  const label = `${ingest.documents} docs, ${ingest.lines} lines, ${ingest.kib.toFixed(0)} KiB, ${ingest.tasks} tasks`;
  rows.push(summaryRow('ingest', `buildDataFiles (${label})`, ingest.ms, 'ms'));
  rows.push({ section: 'ingest', item: 'throughput', median: `${ingest.documentsPerSecond.toFixed(1)} docs/s · ${Math.round(ingest.linesPerSecond)} lines/s · ${Math.round(ingest.kibPerSecond)} KiB/s`, unit: '' });
}
// ingest throughput per file format (a 2,000-row table as .docx, .xlsx, .html, pipe text, CSV)
const formats = await measureTableFormats(2000, Math.min(5, Number(args.runs)));
results.ingestFormats = formats;
if ('unavailable' in formats) rows.push({ section: 'ingest', item: 'table formats', median: 'not available', unit: '', verdict: formats.unavailable });
else {
  for (const f of formats) {
    rows.push(summaryRow('ingest', `${f.format}: ${f.rows}-row table (${f.kib.toFixed(0)} KiB, ${f.tasks} tasks)`, f.ms, 'ms'));
  }
}

// 3. each size (--sizes none: only the national prototype)
for (const key of args.sizes === 'none' ? [] : args.sizes.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean)) {
  const spec = SIZES[key];
  if (spec === undefined) throw new Error(`unknown size ${key}; use ${Object.keys(SIZES).join(', ')}`);
  const result = await benchSize(spec);
  (results.sizes as Record<string, unknown>)[spec.name] = result;
  sizeRows(spec, result);
  writeResults();
}

// 4. past one browser: partitioned Parquet read over HTTP range requests by DuckDB-WASM in headless Chromium
if (args.national !== undefined) {
  const national = await benchNational({ size: args.national, work: WORK, root: ROOT, log });
  results.national = national.figures;
  rows.push(...national.rows);
}

const goals = issue14Goals(issue14Figures(results.sizes as Record<string, SizeResult>));
results.issue14Goals = goals;
writeResults();
console.log(formatTable(rows));
console.log('');
console.log(formatGoals('issue 14 goals (200,000 tasks; the last row 1,000,000), this run:', goals));

function writeResults(): void {
  writeFileSync(args.out, `${JSON.stringify(results, null, 2)}\n`);
}

async function benchSize(spec: SizeSpec): Promise<SizeResult> {
  const runs = spec.tasks >= 1_000_000 ? Math.min(3, Number(args.runs)) : Number(args.runs);
  const folder = join(WORK, `data-${spec.name.toLowerCase()}`);
  log(`${spec.name}: generating ${spec.tasks} tasks in ${folder}`);
  const generated = timed(() => writeGeneratedData(folder, { tasks: spec.tasks, regions: spec.regions, seed: SEED }));
  log(`${spec.name}: ${generated.value.datasets} files, ${(generated.value.bytes / 2 ** 20).toFixed(0)} MiB${generated.value.cached ? ' (cached)' : ''}`);

  const loads: LoadTimes[] = [];
  let datasets = loadFolder(folder, false).datasets; // warm-up
  for (let i = 0; i < runs; i++) {
    gc();
    const last = i === runs - 1;
    const loaded = loadFolder(folder, last);
    loads.push(loaded.times);
    if (last) datasets = loaded.datasets;
  }
  log(`${spec.name}: loaded ${datasets.length} datasets`);
  const taskRows = timed(() => toTaskRows(datasets));
  const options = timed(() => filterOptions(taskRows.value));
  const named = options.value.units.find((u) => !u.collective);
  const sequence = filterSequence({
    regions: options.value.regions.map((r) => r.value),
    unit: named?.value ?? '',
    section: options.value.sections[0]?.value ?? '',
    category: options.value.categories.find((c) => c.value === '网上办理')?.value ?? options.value.categories[0]?.value ?? '',
  });
  log(`${spec.name}: analysis, ${runs} runs of ${sequence.length} filter changes`);
  const analysis = benchAnalysis(taskRows.value, datasets, AS_OF, sequence, runs);
  // at 1M the Parquet write and single-thread DuckDB-WASM would add most of an hour: 20k and 200k carry the comparison
  let duckdb: SizeResult['duckdb'] = { unavailable: args['no-duckdb'] ? 'skipped (--no-duckdb)' : 'skipped at 1M (20k and 200k carry the comparison)' };
  if (!args['no-duckdb'] && spec.tasks < 1_000_000) {
    log(`${spec.name}: DuckDB-WASM over Parquet, ${runs} runs`);
    const median = (k: keyof LoadTimes) => summarise(loads.map((l) => l[k])).median;
    try {
      duckdb = await benchDuckdb(folder, taskRows.value, datasets, AS_OF, sequence, runs, analysis, { readMs: median('readMs'), parseValidateMs: median('parseValidateMs'), rowsMs: taskRows.ms });
      warnDuckdbMismatches(spec.name, duckdb);
    } catch (error) {
      duckdb = { unavailable: String(error).slice(0, 120) };
    }
  }
  const regions = options.value.regions.map((r) => r.value);
  datasets = [];
  taskRows.value.length = 0;
  gc();

  let browser: SizeResult['browser'] = { unavailable: 'skipped (--no-browser)' };
  if (!args['no-browser']) {
    if (dist === null) browser = { unavailable: 'no build' };
    else {
      log(`${spec.name}: headless Chromium`);
      const big = spec.tasks >= 1_000_000;
      browser = await measureBrowser({
        distDir: dist,
        dataDir: folder,
        regions,
        runs: big ? 1 : Number(args['browser-runs']),
        timeoutMs: big ? 300_000 : 120_000,
        frozenMs: 10_000,
      });
    }
  }
  // Issue 14: the same data in the compact (Arrow) encoding, converted once and cached: bytes, decode time, the browser on it.
  const encodings = measureEncodings(folder, join(WORK, `arrow-${spec.name.toLowerCase()}`), runs);
  const layouts: LayoutRun[] = [];
  const onBrowser = async (label: string, files: number, dataDir: string, layoutRegions: readonly (string | readonly string[])[]) => {
    if (args['no-browser'] || dist === null) return;
    log(`${spec.name}: headless Chromium on ${label}`);
    const browser = await measureBrowser({ distDir: dist, dataDir, regions: layoutRegions, runs: Number(args['browser-runs']), timeoutMs: 120_000, frozenMs: 10_000 });
    layouts.push({ label, files, browser });
    if (label === 'Arrow') results[`browserArrow${spec.name}`] = browser;
  };
  let fewFiles: SizeResult['fewFiles'];
  if (spec.tasks < 1_000_000) {
    await onBrowser('Arrow', generated.value.datasets, encodings.arrowFolder, regions);
    // issue 14: the same tasks in 20 large files, JSON and Arrow, both cached by stamp like the folder above
    const fewFolder = join(WORK, `data-${spec.name.toLowerCase()}-${FEW_FILES}files`);
    const few = timed(() => writeGeneratedData(fewFolder, { tasks: spec.tasks, regions: spec.regions, seed: SEED }, FEW_FILES));
    const fewArrow = join(WORK, `arrow-${spec.name.toLowerCase()}-${FEW_FILES}files`);
    fewFiles = { data: few.value, generateMs: few.ms, convertMs: ensureArrowFolder(fewFolder, fewArrow) };
    const fewRegions = growingRegionSelections([...new Set(manifestRegions(fewFolder))]);
    await onBrowser(`JSON, ${few.value.datasets} files`, few.value.datasets, fewFolder, fewRegions);
    await onBrowser(`Arrow, ${few.value.datasets} files`, few.value.datasets, fewArrow, fewRegions);
  }
  results[`encodings${spec.name}`] = encodings;
  const load = Object.fromEntries(
    (Object.keys(loads[0]!) as (keyof LoadTimes)[]).map((k) => [k, summarise(loads.map((l) => l[k]))]),
  ) as Record<keyof LoadTimes, Summary>;
  return { data: generated.value, ...(fewFiles ? { fewFiles } : {}), encodings, layouts, generateMs: generated.ms, load, rowsMs: taskRows.ms, filterOptionsMs: options.ms, analysis, browser, duckdb };
}

/**
 * Region selections for the browser's filter changes (one region, then it and the next; see measureBrowser's cycle of
 * two changes and a clear): equal files give regions of equal counts, and a change that leaves the tasks figure as it
 * was is not seen as drawn.
 */
function growingRegionSelections(regions: readonly string[]): (string | string[])[] {
  return regions.map((region, i) => (i % 3 === 1 ? [regions[i - 1]!, region] : region));
}

function manifestRegions(folder: string): string[] {
  return (JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as { datasets: { region: string }[] }).datasets.map((d) => d.region);
}

/** The figures issue 14's table names, from the 200k result (and the 1M one for its last row). */
function issue14Figures(sizes: Record<string, SizeResult>): Issue14Figures {
  const r = sizes['200k'];
  const m = sizes['1M'];
  const figures: Issue14Figures = { layouts: [] };
  if (m !== undefined && !('unavailable' in m.browser)) {
    figures.oneMillion = { allDataMs: m.browser.allDataMs.median, responsive: m.browser.responsive, maxProbeMs: m.browser.maxProbeMs.median };
  }
  if (r === undefined) return figures;
  const mib = (b: number) => b / 2 ** 20;
  if (r.encodings !== undefined) {
    const e = r.encodings;
    figures.bytes = { jsonMiB: mib(e.json.raw), arrowTasksMiB: mib(e.arrowTasks.raw), arrowAllMiB: mib(e.arrowTasks.raw + e.arrowTexts.raw) };
  }
  figures.toTaskRowsMs = r.rowsMs;
  const steps = r.analysis.steps;
  if (steps.length > 0) {
    const worst = steps.reduce((a, b) => (b.duban.median > a.duban.median ? b : a));
    figures.slowestFilter = { ms: worst.duban.median, step: worst.label };
  }
  const runs: LayoutRun[] = [{ label: `JSON, ${r.data.datasets} files`, files: r.data.datasets, browser: r.browser }, ...r.layouts];
  for (const run of runs) {
    if ('unavailable' in run.browser) continue;
    const b = run.browser;
    const layout: LayoutFigures = {
      label: run.label === 'Arrow' ? `Arrow, ${r.data.datasets} files` : run.label,
      files: run.files,
      firstChartMs: b.firstChartMs.median,
      allDataMs: b.allDataMs.median,
      filterTaskMs: b.filterTaskMs.median,
      longestTaskMs: b.longestTaskMs.median,
      heapMB: b.heapMB.median,
    };
    figures.layouts.push(layout);
  }
  return figures;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function bundleRows(bundle: BundleSizes): void {
  for (const chunk of bundle.chunks) {
    rows.push({ section: 'bundle', item: `${chunk.file} (${chunk.load})`, median: chunk.gzip / KIB, min: '', max: '', unit: `KiB gz (raw ${(chunk.raw / KIB).toFixed(0)})` });
  }
  // Everything, including what only an import or the wall loads: a figure to watch, not a budget (the budget is per view, below).
  rows.push({ section: 'bundle', item: 'JS total (all chunks)', median: bundle.jsGzip / KIB, unit: `KiB gz (raw ${(bundle.jsRaw / KIB).toFixed(0)})` });
  rows.push({
    section: 'bundle', item: 'JS before first chart (entry + modulepreload)', median: bundle.initialJsGzip / KIB,
    unit: `KiB gz (raw ${(bundle.initialJsRaw / KIB).toFixed(0)})`, budget: '≤ 100 KiB gz', verdict: verdictAtMost(bundle.initialJsGzip, 100 * KIB),
  });
}

function sizeRows(spec: SizeSpec, r: SizeResult): void {
  const s = spec.name;
  const a = r.analysis;
  rows.push({ section: s, item: `data: ${r.data.tasks} tasks, ${r.data.datasets} files, ${(r.data.bytes / 2 ** 20).toFixed(0)} MiB JSON`, median: r.generateMs, unit: r.data.cached ? 'ms (cached)' : 'ms to generate' });
  rows.push(summaryRow(s, 'load: JSON.parse', r.load.parseMs, 'ms'));
  rows.push(summaryRow(s, 'load: DatasetSchema.safeParse', r.load.validateMs, 'ms'));
  rows.push(summaryRow(s, 'load: parse + validate', r.load.parseValidateMs, 'ms'));
  const at200k = spec.tasks === 200_000;
  rows.push({ section: s, item: 'toTaskRows (once per load)', median: r.rowsMs, unit: 'ms', ...(at200k ? { budget: `≤ ${GOALS.toTaskRowsMs} ms`, verdict: verdictAtMost(r.rowsMs, GOALS.toTaskRowsMs) } : {}) });
  rows.push({ section: s, item: 'filterOptions (once per load)', median: r.filterOptionsMs, unit: 'ms' });
  rows.push({ section: s, item: 'crossfilter build (once per load)', median: a.crossfilterBuildMs, unit: 'ms' });
  const budget = spec.analysisBudget;
  for (const [i, step] of a.steps.entries()) {
    const name = `step ${i + 1} ${step.label} (${step.count} left)`;
    rows.push(summaryRow(s, `${name}: duban`, step.duban, 'ms', budget === null ? undefined : `≤ ${budget} ms`, budget === null ? undefined : verdictAtMost(step.duban.median, budget)));
    rows.push(summaryRow(s, `${name}: crossfilter`, step.crossfilter, 'ms', 'duban ≤ cf', `duban/cf ×${step.ratio.median.toFixed(2)}`));
  }
  const worst = Math.max(...a.steps.map((st) => st.duban.median));
  rows.push(summaryRow(s, `sequence total (${a.steps.length} changes): duban`, a.dubanTotal, 'ms'));
  rows.push(summaryRow(s, `sequence total: crossfilter`, a.crossfilterTotal, 'ms'));
  rows.push(summaryRow(s, 'sequence total: duban / crossfilter', a.ratioTotal, '×', '≤ 1', verdictAtMost(a.ratioTotal.median, 1)));
  if (budget !== null) rows.push({ section: s, item: 'slowest filter change: duban', median: worst, unit: 'ms', budget: `≤ ${budget} ms`, verdict: verdictAtMost(worst, budget) });
  for (const [stage, sum] of Object.entries(a.stages)) rows.push(summaryRow(s, `  where: ${stage} (sum over sequence)`, sum, 'ms'));
  rows.push({ section: s, item: 'engines agree on every step', median: a.mismatches.length === 0 ? 'yes' : `NO: ${a.mismatches.slice(0, 3).join('; ')}`, unit: '' });
  if ('unavailable' in r.duckdb) rows.push({ section: s, item: 'duckdb', median: 'not available', unit: '', verdict: r.duckdb.unavailable });
  else rows.push(...duckdbRows(s, r.duckdb, a));

  rows.push(...browserRows(s, '', spec.tasks, r.browser));
  if (r.encodings !== undefined) rows.push(...encodingRows(s, r.encodings));
  const few = r.fewFiles;
  if (few !== undefined) {
    const label = `data: the same tasks in ${few.data.datasets} files, ${(few.data.bytes / 2 ** 20).toFixed(0)} MiB JSON${few.convertMs > 0 ? `; Arrow converted in ${(few.convertMs / 1000).toFixed(1)} s` : ''}`;
    rows.push({ section: s, item: label, median: few.generateMs, unit: few.data.cached ? 'ms (cached)' : 'ms to generate' });
  }
  for (const layout of r.layouts) rows.push(...browserRows(s, layout.label, spec.tasks, layout.browser));
}

/** dist/ when it is newer than every source; otherwise a fresh build in $TMPDIR (never touching the shared dist/); null when the build fails. */
function ensureDist(): string | null {
  const distIndex = join(ROOT, 'dist/index.html');
  const newestSource = Math.max(newestMtime(join(ROOT, 'src')), ...['index.html', 'vite.config.ts', 'package.json'].map((f) => statSync(join(ROOT, f)).mtimeMs));
  if (existsSync(distIndex) && statSync(distIndex).mtimeMs >= newestSource) return join(ROOT, 'dist');
  const outDir = join(WORK, 'dist');
  log(`dist/ missing or older than src/: building into ${outDir}`);
  try {
    execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    return outDir;
  } catch {
    return null;
  }
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}
