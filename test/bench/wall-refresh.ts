// The wall's periodic re-read of data/ at province scale: loads `#/screen` on a generated Arrow folder (200 regions,
// 200,000 tasks by default), lets it refresh every `--minutes` (0.5) for `--watch` seconds once everything is shown,
// and prints each main-thread task over 50 ms in that time and the slowest answer to a probe sent every 250 ms.
// A script that reports figures, not a test: `node --import tsx test/bench/wall-refresh.ts [--tasks 200000] [--watch 100]`
// (build first: `npm run build`).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM } from './browser-bench.ts';
import { ensureArrowFolder } from './encoding-bench.ts';
import { startStaticServer } from './static-server.ts';
import { writeGeneratedData } from './write-generated-data.ts';

const { values } = parseArgs({
  options: {
    tasks: { type: 'string', default: '200000' },
    regions: { type: 'string', default: '200' },
    minutes: { type: 'string', default: '0.5' },
    watch: { type: 'string', default: '100' },
    dist: { type: 'string', default: 'dist' },
    folder: { type: 'string', default: '/tmp/duban-bench' },
    // rewrite manifest.json (one space more) once everything is shown: every refresh after it loads everything again
    touch: { type: 'boolean', default: false },
    // a PNG of the wall once the watch is over, to look at
    shot: { type: 'string' },
  },
});
const tasks = Number(values.tasks);
const jsonFolder = `${values.folder}/wall-json-${tasks}`;
const arrowFolder = `${values.folder}/wall-arrow-${tasks}`;
writeGeneratedData(jsonFolder, { tasks, regions: Number(values.regions), seed: 20240501 });
ensureArrowFolder(jsonFolder, arrowFolder);

const server = await startStaticServer(values.dist, arrowFolder);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  let dataRequests = 0;
  page.on('request', (request) => {
    if (request.url().includes('/data/')) dataRequests += 1;
  });
  await page.addInitScript(`
    window.__long = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push([Math.round(e.startTime), Math.round(e.duration)]); })
      .observe({ type: 'longtask', buffered: true });
  `);
  const t0 = Date.now();
  await page.goto(`${server.url}#/screen?rotate=0&refresh=${values.minutes}`);
  await page.waitForSelector('[data-testid="load-progress"]', { state: 'attached', timeout: 120_000 }).catch(() => undefined);
  await page.waitForSelector('[data-testid="load-progress"]', { state: 'detached', timeout: 600_000 });
  // the texts side files: the alert lines have titles once they are in
  await page
    .waitForFunction(() => document.querySelector('[data-title-pending]') === null && [...document.querySelectorAll('.wall-alert-title')].some((e) => (e.textContent ?? '').trim() !== ''), undefined, { timeout: 600_000 })
    .catch(() => undefined);
  const shownAt = await page.evaluate(() => performance.now());
  console.log(`every dataset shown after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const requestsBefore = dataRequests;
  const manifestFile = join(arrowFolder, 'manifest.json');
  const manifest = readFileSync(manifestFile, 'utf8');
  if (values.touch) writeFileSync(manifestFile, `${manifest} `);
  let slowestProbe = 0;
  const until = Date.now() + Number(values.watch) * 1000;
  while (Date.now() < until) {
    const sent = Date.now();
    await page.evaluate(() => 0);
    slowestProbe = Math.max(slowestProbe, Date.now() - sent);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const long = (await page.evaluate(() => (window as unknown as { __long: [number, number][] }).__long)).filter(([start]) => start > shownAt);
  console.log(`watched ${values.watch} s with refresh=${values.minutes} min: ${dataRequests - requestsBefore} requests to data/`);
  console.log(`tasks over 50 ms after everything was shown: ${long.length}; longest ${Math.max(0, ...long.map(([, d]) => d))} ms; sum ${long.reduce((s, [, d]) => s + d, 0)} ms`);
  console.log(`  ${long.map(([start, d]) => `${((start - shownAt) / 1000).toFixed(1)}s:${d}ms`).join(' ')}`);
  console.log(`slowest probe answer: ${slowestProbe} ms`);
  if (values.shot !== undefined) await page.screenshot({ path: values.shot });
} finally {
  if (values.touch) writeFileSync(join(arrowFolder, 'manifest.json'), readFileSync(join(arrowFolder, 'manifest.json'), 'utf8').trimEnd());
  await browser.close();
  await server.close();
}
