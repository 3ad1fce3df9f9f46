import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { startStaticServer } from './static-server.ts';
import { summarise, type Summary } from './stats.ts';

export const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
/** The first chart of the overview; the e2e tests wait for the same thing. */
const CHART = '.chart canvas, .chart svg';
const TASKS_FIGURE = '[data-figure="figure.tasks"] .figure-value';
/** Shown while compact-encoded datasets wait for their texts side files (src/ui/texts-loading). */
const TEXTS_LOADING = '[data-testid="texts-loading"]';
const MB = 1e6;

// Installed in every page before its scripts run. Kept as source text: tsx's keepNames helper
// (__name) would otherwise leak into the function Playwright serialises into the page.
const PAGE_WATCH = `
  window.__longest = 0;
  window.__longSum = 0;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.__longest = Math.max(window.__longest, entry.duration);
        window.__longSum += entry.duration;
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  window.__figures = null;
  window.__chart = null;
  window.__chartError = null;
  window.__progressSeen = false;
  window.__allData = null;
  window.__frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  (function watch() {
    if (window.__figures === null && document.querySelector('[data-testid="key-figures"]')) window.__figures = performance.now();
    const chart = document.querySelector('${CHART}');
    if (chart !== null && chart.getBoundingClientRect().width > 0) { window.__chart = performance.now(); return; }
    const error = document.querySelector('[data-error-boundary="chart"]');
    if (error !== null) { window.__chartError = (error.textContent || '').slice(0, 160); return; }
    requestAnimationFrame(watch);
  })();
  // the page is done loading once its progress line ("加载中 n / N") is gone and the key figures are up
  (function watchLoad() {
    if (document.querySelector('[data-testid="load-progress"]') !== null) window.__progressSeen = true;
    else if (window.__figures !== null && (window.__progressSeen || window.__chart !== null)) { window.__allData = performance.now(); return; }
    requestAnimationFrame(watchLoad);
  })();
`;

export interface BrowserOptions {
  distDir: string;
  dataDir: string;
  /** Region names to put in the hash, one entry per filter change (cycled); a list selects those regions together. */
  regions: readonly (string | readonly string[])[];
  runs: number;
  /** Give up waiting for the first chart after this long. */
  timeoutMs: number;
  /** A probe evaluation slower than this counts as a frozen page. */
  frozenMs: number;
}

export interface BrowserFigures {
  /** Navigation start → first chart canvas/svg in the overview, per fresh page. */
  firstChartMs: Summary;
  /** Navigation start → the overview's key figures on screen (the data is loaded even if a chart fails). */
  firstViewMs: Summary;
  /** Navigation start → every dataset loaded and shown (the progress line gone), per fresh page. */
  allDataMs: Summary;
  /** Longest main-thread task seen while loading (PerformanceObserver 'longtask'). */
  longestTaskMs: Summary;
  /** Slowest answer to a trivial evaluate() sent every 250 ms while loading: how long the page stayed frozen. */
  maxProbeMs: Summary;
  /** Main-thread busy time (CDP Performance TaskDuration delta) of one hash filter change until it is drawn. */
  filterTaskMs: Summary;
  /** Script time (CDP ScriptDuration delta) of the same filter changes. */
  filterScriptMs: Summary;
  /** Hash change → key figure updated and two frames painted, wall clock. */
  filterWallMs: Summary;
  /**
   * The page's JS heap once every dataset is shown and (Arrow) every texts side file filled in, after a forced
   * garbage collection (CDP HeapProfiler.collectGarbage, then Runtime.getHeapUsage usedSize), in MB (10^6 bytes).
   * The main thread's heap only: the validation workers' heaps are apart (and idle by then).
   */
  heapMB: Summary;
  /** The page answered every probe within frozenMs and drew the first chart before the timeout. */
  responsive: boolean;
  notes: string[];
}

/** Measures the built dashboard in headless Chromium over a generated data folder; `{ unavailable }` when Chromium, dist/ or the UI is missing. */
export async function measureBrowser(options: BrowserOptions): Promise<BrowserFigures | { unavailable: string }> {
  if (!existsSync(CHROMIUM)) return { unavailable: `${CHROMIUM} not installed` };
  if (!existsSync(join(options.distDir, 'index.html'))) return { unavailable: 'dist/ not built' };
  const { chromium } = await import('playwright-core');
  const server = await startStaticServer(options.distDir, options.dataDir);
  const profile = mkdtempSync(join(tmpdir(), 'duban-bench-profile-'));
  let context: BrowserContext | null = null;
  const notes: string[] = [];
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1920, height: 1080 },
    });
    await context.addInitScript(PAGE_WATCH);
    const firstChart: number[] = [];
    const firstView: number[] = [];
    const allData: number[] = [];
    const longest: number[] = [];
    const probes: number[] = [];
    const filterTask: number[] = [];
    const filterScript: number[] = [];
    const filterWall: number[] = [];
    const heap: number[] = [];
    let responsive = true;
    for (let run = 0; run < options.runs; run++) {
      const page = await context.newPage();
      let crashed = false;
      page.on('crash', () => {
        crashed = true;
      });
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(e.message));
      const load = await loadOnce(page, server.url, options);
      if (crashed) notes.push(`run ${run + 1}: page crashed while loading`);
      if (pageErrors.length > 0) notes.push(`run ${run + 1}: page error ${pageErrors[0]}`);
      probes.push(load.maxProbeMs);
      if (load.firstViewMs !== null) firstView.push(load.firstViewMs);
      if (load.allDataMs !== null) allData.push(load.allDataMs);
      if (load.maxProbeMs > options.frozenMs) responsive = false;
      if (load.firstChartMs === null) {
        const note = `no chart${load.error ? ` (${load.error})` : ''}`;
        if (!notes.includes(note)) notes.push(note);
        // without even the key figures the page never loaded: nothing further to measure
        if (load.firstViewMs === null || crashed) {
          responsive = false;
          await page.close().catch(() => undefined);
          break;
        }
      } else {
        firstChart.push(load.firstChartMs);
      }
      longest.push(await page.evaluate(() => (window as unknown as { __longest: number }).__longest));
      const cdp = await context.newCDPSession(page);
      const heapBytes = await heapAfterLoad(page, cdp, options.timeoutMs);
      if (heapBytes === null) notes.push(`run ${run + 1}: task texts still loading after ${options.timeoutMs} ms: heap not measured`);
      else heap.push(heapBytes / MB);
      await cdp.send('Performance.enable');
      // one filter change per run on a fresh page, then two more on the same page
      for (let k = 0; k < 3; k++) {
        const region = options.regions[(run * 3 + k) % options.regions.length]!;
        const change = await filterChange(page, cdp, k === 2 ? '#/overview' : `#/overview?region=${[region].flat().map(encodeURIComponent).join(',')}`, options.frozenMs * 3);
        if (change === null) {
          notes.push(`run ${run + 1}: filter change not drawn within ${options.frozenMs * 3} ms`);
          responsive = false;
          break;
        }
        filterTask.push(change.taskMs);
        filterScript.push(change.scriptMs);
        filterWall.push(change.wallMs);
      }
      await cdp.detach().catch(() => undefined);
      await page.close().catch(() => undefined);
    }
    return {
      firstChartMs: summarise(firstChart),
      firstViewMs: summarise(firstView),
      allDataMs: summarise(allData),
      longestTaskMs: summarise(longest),
      maxProbeMs: summarise(probes),
      filterTaskMs: summarise(filterTask),
      filterScriptMs: summarise(filterScript),
      filterWallMs: summarise(filterWall),
      heapMB: summarise(heap),
      responsive,
      notes,
    };
  } catch (error) {
    return { unavailable: `browser run failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` };
  } finally {
    await context?.close().catch(() => undefined);
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

interface LoadResult {
  firstChartMs: number | null;
  /** Navigation start → the overview's key figures on screen (data loaded and counted). */
  firstViewMs: number | null;
  allDataMs: number | null;
  maxProbeMs: number;
  error?: string;
}

async function loadOnce(page: Page, baseUrl: string, options: BrowserOptions): Promise<LoadResult> {
  let done = false;
  let maxProbeMs = 0;
  // probe the main thread while the page loads: an evaluate() can only answer between tasks
  const probing = (async () => {
    while (!done) {
      const start = performance.now();
      await Promise.race([page.evaluate(() => 0).catch(() => 0), sleep(options.timeoutMs)]);
      maxProbeMs = Math.max(maxProbeMs, performance.now() - start);
      await sleep(250);
    }
  })();
  try {
    await page.goto(`${baseUrl}#/overview`, { waitUntil: 'commit', timeout: options.timeoutMs });
    await page.waitForFunction(
      () => {
        const m = window as unknown as { __chart: number | null; __chartError: string | null };
        return m.__chart !== null || m.__chartError !== null;
      },
      undefined,
      { polling: 500, timeout: options.timeoutMs },
    );
    const marks = await page.evaluate(() => {
      const m = window as unknown as { __figures: number | null; __chart: number | null; __chartError: string | null };
      return { figures: m.__figures, chart: m.__chart, error: m.__chartError };
    });
    // the first chart may show the first batch only: filter changes are measured once everything is in
    await page.waitForFunction(() => (window as unknown as { __allData: number | null }).__allData !== null, undefined, { polling: 250, timeout: options.timeoutMs });
    const allDataMs = await page.evaluate(() => (window as unknown as { __allData: number | null }).__allData);
    if (marks.chart === null) return { firstChartMs: null, firstViewMs: marks.figures, allDataMs, maxProbeMs, error: `chart error: ${marks.error}` };
    const firstChartMs = marks.chart;
    const firstViewMs = marks.figures;
    return { firstChartMs, firstViewMs, allDataMs, maxProbeMs };
  } catch (error) {
    return { firstChartMs: null, firstViewMs: null, allDataMs: null, maxProbeMs, error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  } finally {
    done = true;
    await probing;
  }
}

async function filterChange(page: Page, cdp: CDPSession, hash: string, timeoutMs: number): Promise<{ taskMs: number; scriptMs: number; wallMs: number } | null> {
  await settle(page);
  const before = await metrics(cdp);
  const start = performance.now();
  try {
    await page.evaluate(
      async ({ hash, figure, timeoutMs }) => {
        const w = window as unknown as { __frame: () => Promise<void> };
        const old = document.querySelector(figure)?.textContent ?? null;
        location.hash = hash;
        const until = performance.now() + timeoutMs;
        // wait for the key figure to show the new count (when the overview has one), then two painted frames
        while (old !== null && document.querySelector(figure)?.textContent === old && performance.now() < until) await w.__frame();
        await w.__frame();
        await w.__frame();
      },
      { hash, figure: TASKS_FIGURE, timeoutMs },
    );
  } catch {
    return null;
  }
  const wallMs = performance.now() - start;
  const after = await metrics(cdp);
  return { taskMs: (after.TaskDuration - before.TaskDuration) * 1000, scriptMs: (after.ScriptDuration - before.ScriptDuration) * 1000, wallMs };
}

/** Bytes of JS heap in use once the texts side files are in (no texts notice), after a forced garbage collection; null when the texts never arrive. */
async function heapAfterLoad(page: Page, cdp: CDPSession, timeoutMs: number): Promise<number | null> {
  try {
    await page.waitForFunction((selector) => document.querySelector(selector) === null, TEXTS_LOADING, { polling: 250, timeout: timeoutMs });
  } catch {
    return null;
  }
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize;
}

async function settle(page: Page): Promise<void> {
  // ECharts animates for about a second after a draw; let it finish so it is not counted as the filter's work
  await sleep(1500);
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

async function metrics(cdp: CDPSession): Promise<{ TaskDuration: number; ScriptDuration: number }> {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const value = (name: string) => list.find((m) => m.name === name)?.value ?? NaN;
  return { TaskDuration: value('TaskDuration'), ScriptDuration: value('ScriptDuration') };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
