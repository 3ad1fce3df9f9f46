import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { convertToArrow } from '../../src/ingest/arrow/convert-to-arrow.ts';

export const CHROMIUM = '/usr/bin/chromium';
/** The app is served below this path, as an intranet server would, to prove every URL is relative. */
export const SUB_PATH = '/intranet/duban/';
export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURES = resolve(ROOT, 'test/fixtures/e2e-data');
export const RESULTS = resolve(ROOT, 'test-results');

/**
 * Copies dist/ into a fresh temp folder under SUB_PATH and returns the folder to serve.
 * The built data/ is used when present (the committed datasets), else the hand-made fixtures; DUBAN_E2E_DATA=fixtures forces them.
 * `mutate` may then change the copy's data/ folder (e.g. inject a broken dataset).
 */
export function prepareSite(mutate?: (dataDir: string) => void): string {
  const root = mkdtempSync(join(tmpdir(), 'duban-e2e-site-'));
  const app = join(root, SUB_PATH);
  mkdirSync(app, { recursive: true });
  cpSync(resolve(ROOT, 'dist'), app, { recursive: true });
  const dataDir = join(app, 'data');
  if (process.env.DUBAN_E2E_DATA === 'fixtures' || !existsSync(join(dataDir, 'manifest.json'))) {
    rmSync(dataDir, { recursive: true, force: true });
    mkdirSync(dataDir);
    for (const file of ['manifest.json', 'alpha-2021.json', 'beta-2022.json']) cpSync(join(FIXTURES, file), join(dataDir, file));
  }
  mutate?.(dataDir);
  return root;
}

/** Adds a dataset that fails the schema (broken-2022.json) and one whose file is missing (gone-2020.json) to a site's manifest. */
export function injectBrokenDatasets(dataDir: string): void {
  const manifestFile = join(dataDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { datasets: object[] };
  const entry = (id: string) => ({ id, file: `${id}.json`, region: '丙市', title: '测试', source: 'seeds/x.txt', taskCount: 3 });
  manifest.datasets.push(entry('broken-2022'), entry('gone-2020'));
  writeFileSync(manifestFile, JSON.stringify(manifest));
  cpSync(join(FIXTURES, 'broken-2022.json'), join(dataDir, 'broken-2022.json'));
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** The Content-Type the test servers answer a file with (fault-server.ts uses it too). */
export function contentTypeOf(file: string): string {
  return TYPES[extname(file)] ?? 'application/octet-stream';
}

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234/intranet/duban/ */
  appUrl: string;
  /** Paths asked for that lie outside SUB_PATH. */
  outside: string[];
  close(): Promise<void>;
}

/** Serves `root` over node:http on 127.0.0.1 with a free port; anything outside SUB_PATH is a 404 and recorded. */
export async function startServer(root: string): Promise<StaticServer> {
  const outside: string[] = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    if (!path.startsWith(SUB_PATH)) outside.push(path);
    let file = normalize(join(root, path));
    if (file.startsWith(root) && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!path.startsWith(SUB_PATH) || !file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': contentTypeOf(file) }).end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    appUrl: `http://127.0.0.1:${port}${SUB_PATH}`,
    outside,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

export interface Browser {
  context: BrowserContext;
  /** Every URL the pages requested. */
  requests: string[];
  /** Console errors and uncaught page errors, as text. */
  errors: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Launches Debian's Chromium headless with a fresh profile (no browser download) at 1920×1080, recording requests and errors. */
export async function launchBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'duban-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    viewport: { width: 1920, height: 1080 },
    acceptDownloads: true,
  });
  const requests: string[] = [];
  const errors: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  };
  context.on('request', (request) => requests.push(request.url()));
  context.on('page', watch);
  for (const page of context.pages()) watch(page);
  return {
    context,
    requests,
    errors,
    newPage: () => context.newPage(),
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens the app at `hash` and waits until the datasets have loaded and the view is on screen. */
export async function openApp(page: Page, appUrl: string, hash: string): Promise<void> {
  await page.goto(`${appUrl}${hash}`);
  // generous: on a busy 2-core machine a page holding 200,000 tasks has taken over 20 s to show its shell.
  // Attached, not visible: the wall's <main> has no height of its own (its stage is fixed to the window), so it is
  // visible only while a loading line passes through it.
  await page.waitForSelector('main[data-view]', { state: 'attached', timeout: 60_000 });
}

/** Reads the task count the tasks view shows. */
export async function taskCount(page: Page): Promise<number> {
  const el = await page.waitForSelector('[data-testid="task-count"]');
  return Number(await el.getAttribute('data-count'));
}

/**
 * Clicks the first pixel of the given colour inside a chart canvas — how a person clicks a bar, without
 * reaching into ECharts; `skipTop` CSS pixels at the top (a legend) are not searched. Returns false when no pixel of that colour is drawn.
 */
export async function clickColour(page: Page, canvasSelector: string, rgb: [number, number, number], skipTop = 0): Promise<boolean> {
  const canvas = await page.waitForSelector(canvasSelector);
  const point = await canvas.evaluate((el, [r, g, b, top]) => {
    const c = el as HTMLCanvasElement;
    const ctx = c.getContext('2d');
    if (!ctx) return null;
    const { data, width, height } = ctx.getImageData(0, 0, c.width, c.height);
    const scale = c.width / c.getBoundingClientRect().width;
    for (let y = Math.round(top * scale); y < height; y += 2) {
      for (let x = 0; x < width; x += 2) {
        const i = (y * width + x) * 4;
        if (Math.abs(data[i]! - r) < 6 && Math.abs(data[i + 1]! - g) < 6 && Math.abs(data[i + 2]! - b) < 6) {
          // step a little inside the bar so the click lands on it, not its anti-aliased edge
          return { x: (x + 4) / scale, y: (y + 4) / scale };
        }
      }
    }
    return null;
  }, [rgb[0], rgb[1], rgb[2], skipTop] as [number, number, number, number]);
  if (point === null) return false;
  await canvas.click({ position: point });
  return true;
}

/** Saves a full-viewport screenshot under test-results/ for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });
  await page.screenshot({ path: join(RESULTS, `${name}.png`) });
}

/**
 * Replaces a site's data with `datasets` generated datasets of `perDataset` small tasks each (deterministic), for the
 * large-table test; dataset d's region is `regionOf(d)` (测试市1, 测试市2, … unless given: names no map places).
 */
export function writeLargeDatasets(dataDir: string, datasets: number, perDataset: number, regionOf: (d: number) => string = (d) => `测试市${d + 1}`): void {
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir);
  const entries = [];
  for (let d = 0; d < datasets; d++) {
    const id = `large-${d + 1}`;
    const region = regionOf(d);
    const tasks = [];
    for (let i = 1; i <= perDataset; i++) {
      const month = (i % 12) + 1;
      const year = 2021 + (i % 4);
      const due = `${year}-${String(month).padStart(2, '0')}-28`;
      tasks.push({
        id: `${id}/${i}`, no: String(i), path: [`领域${i % 7}`], title: `任务${i}`, text: `第${i}项任务的全文，单位${i % 50}牵头。`,
        units: [{ name: `单位${i % 50}`, role: 'lead' }, { name: `单位${(i + 7) % 50}`, role: 'support' }],
        unitsRaw: `单位${i % 50}牵头`,
        deadline: { raw: `${year}年${month}月底前`, due, monthDay: due.slice(5), yearKnown: true, precision: 'month', ongoing: i % 10 === 0 },
        indicators: i % 20 === 0 ? [{ metric: '办结率', category: '审批效率', comparator: '≥', value: 90 + (i % 10), unit: '%', due: null }] : [],
        source: { file: `seeds/${id}.txt`, line: i },
      });
    }
    const dataset = {
      version: 1, id, region, title: `${region}任务表`, issuer: null, docNumber: null, published: '2021-01-01', planPeriod: null,
      source: `seeds/${id}.txt`, unitGroups: {}, tasks, warnings: [],
    };
    writeFileSync(join(dataDir, `${id}.json`), JSON.stringify(dataset));
    entries.push({ id, file: `${id}.json`, region, title: dataset.title, source: dataset.source, taskCount: perDataset });
  }
  writeFileSync(join(dataDir, 'manifest.json'), JSON.stringify({ version: 1, datasets: entries }));
}

/** What useServedSite provides once its beforeAll has run. */
export interface ServedSite {
  readonly site: string;
  readonly server: StaticServer;
  readonly browser: Browser;
}

/**
 * Registers the beforeAll/afterAll every browser test file needs: a copy of dist/ (changed by
 * `mutate` if given), served under the sub-path, and a fresh Chromium; all torn down afterwards.
 */
export function useServedSite(mutate?: (dataDir: string) => void): ServedSite {
  const served = {} as { site: string; server: StaticServer; browser: Browser };
  beforeAll(async () => {
    served.site = prepareSite(mutate);
    served.server = await startServer(served.site);
    served.browser = await launchBrowser();
  });
  afterAll(async () => {
    await served.browser?.close();
    await served.server?.close();
    if (served.site) rmSync(served.site, { recursive: true, force: true });
  });
  return served;
}

/**
 * Makes the page's own ECharts reachable as window.__pageEcharts: src/ui/echarts-setup.ts exports its namespace, and a
 * module is one instance per URL, so importing the chunk again gives the page's instances. Which chunk holds that
 * module is the bundler's choice (it is merged into a shared chunk when ECharts parts load apart), so every script
 * the page fetched is asked, echarts-setup-* first; worker scripts are left out (they would take over onmessage).
 * A string, so the test runner's transform leaves its import() alone.
 */
export const INSTALL_PAGE_ECHARTS = `(async () => {
  const scripts = performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /\\/assets\\/[^/]*\\.js$/.test(n) && !/worker/.test(n));
  const urls = [...scripts.filter((n) => /\\/echarts-setup-[^/]*\\.js$/.test(n)), ...scripts.filter((n) => !/\\/echarts-setup-[^/]*\\.js$/.test(n))];
  for (const url of urls) {
    const module = await import(url);
    const found = Object.values(module).find((v) => v && typeof v.getInstanceByDom === 'function');
    if (found) { window.__pageEcharts = found; return true; }
  }
  return false;
})()`;

/**
 * Waits until every dataset of the load is on screen: the progress line goes once the whole load is shown. Charts drawn
 * from a load's first batch show only its first datasets, so figures read before this may be of a part of the data.
 */
export async function waitForWholeLoad(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForSelector('[data-testid="load-progress"]', { state: 'detached', timeout });
}

/**
 * Waits until the page has stopped moving: every ECharts instance exists with no zrender animation left and no
 * repaint pending, and no finite CSS animation or transition is running, for a few frames in a row. Used before
 * clicking a chart's pixels or taking a screenshot, instead of a fixed pause that a busy machine can outlast.
 */
export async function waitForAtRest(page: Page, timeout = 30_000): Promise<void> {
  const charts = (await page.$('[_echarts_instance_]')) !== null;
  if (charts) expect(await page.evaluate(INSTALL_PAGE_ECHARTS), 'the page loaded its ECharts chunk').toBe(true);
  await page.evaluate(async ({ limit, charts }) => {
    type Zr = { animation: { isFinished(): boolean }; _needsRefresh?: boolean };
    const echarts = (window as unknown as { __pageEcharts?: { getInstanceByDom(el: Element): { getZr(): Zr } | undefined } }).__pageEcharts;
    const chartsAtRest = () => !charts || [...document.querySelectorAll('[_echarts_instance_]')].every((el) => {
      const zr = echarts?.getInstanceByDom(el)?.getZr();
      return zr !== undefined && zr.animation.isFinished() && zr._needsRefresh !== true;
    });
    // an endless animation (a pulse, a spinner) never ends: only finite ones are waited for
    const cssAtRest = () => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity);
    const until = performance.now() + limit;
    let still = 0;
    while (still < 3) {
      if (performance.now() > until) throw new Error('the page kept animating');
      await new Promise((done) => requestAnimationFrame(done));
      still = chartsAtRest() && cssAtRest() ? still + 1 : 0;
    }
  }, { limit: timeout, charts });
}

/**
 * Holds every request for a compact dataset's texts side file (the page's and its loading workers') until `release` is
 * called; `stop` also removes the hold. For tests of what the page shows while the texts are on their way.
 */
export async function holdTextsFiles(page: Page): Promise<{ release: () => void; stop: () => Promise<void> }> {
  return holdRequests(page, '**/*.texts.arrow');
}

/**
 * Holds every request matching `pattern` (the page's and its loading workers') whose URL `held` accepts, until `release`
 * is called; `stop` also removes the hold. Other requests go on at once.
 */
export async function holdRequests(page: Page, pattern: string, held: (url: string) => boolean = () => true): Promise<{ release: () => void; stop: () => Promise<void> }> {
  let release = () => undefined as void;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.context().route(pattern, async (route) => {
    if (held(route.request().url())) await gate;
    await route.continue();
  });
  return { release: () => release(), stop: () => page.context().unroute(pattern) };
}

/** Rewrites a served data/ folder in the compact encoding, as `npm run convert` would, the JSON datasets removed. */
export function convertDataToArrow(dataDir: string): void {
  const converted = convertToArrow(readFileSync(join(dataDir, 'manifest.json'), 'utf8'), (file) =>
    existsSync(join(dataDir, file)) ? readFileSync(join(dataDir, file), 'utf8') : null,
  );
  if (converted.failures.length > 0) throw new Error(converted.failures.join('\n'));
  for (const file of converted.replaced) rmSync(join(dataDir, file));
  for (const [name, content] of converted.files) writeFileSync(join(dataDir, name), content);
}
