import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_ID, HOSTILE_REGION, HOSTILE_UNIT, PAYLOADS, buildHostileDataset, hostileManifestEntry } from '../fixtures/hostile/hostile-dataset.ts';
import type { Browser, StaticServer } from './harness.ts';
import { FIXTURES, launchBrowser, openApp, prepareSite, screenshot, startServer, SUB_PATH, waitForAtRest } from './harness.ts';

let site: string;
let server: StaticServer;
let browser: Browser;
const dialogs: string[] = [];

/** Serves one ordinary fixture dataset and the hostile one, so the hostile units head every ranking. */
function withHostileDataset(dataDir: string): void {
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir);
  cpSync(join(FIXTURES, 'alpha-2021.json'), join(dataDir, 'alpha-2021.json'));
  const alpha = { id: 'alpha-2021', file: 'alpha-2021.json', region: '甲市', title: '甲市任务表', source: 'seeds/alpha.txt', taskCount: 3 };
  writeFileSync(join(dataDir, `${HOSTILE_ID}.json`), JSON.stringify(buildHostileDataset()));
  writeFileSync(join(dataDir, 'manifest.json'), JSON.stringify({ version: 1, datasets: [hostileManifestEntry(), alpha] }));
}

beforeAll(async () => {
  site = prepareSite(withHostileDataset);
  server = await startServer(site);
  browser = await launchBrowser();
  browser.context.on('page', (page) => page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  }));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

/** Moves the mouse over a grid of points across every chart on the page, pausing so tooltips render. */
async function sweepCharts(page: Page): Promise<number> {
  await waitForAtRest(page);
  const charts = await page.$$('[_echarts_instance_]');
  for (const chart of charts) {
    await chart.scrollIntoViewIfNeeded();
    const box = await chart.boundingBox();
    if (!box || box.width < 10 || box.height < 10) continue;
    const cols = 12;
    const rows = 7;
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        await page.mouse.move(box.x + ((c + 0.5) * box.width) / cols, box.y + ((r + 0.5) * box.height) / rows);
        await page.waitForTimeout(10);
      }
    }
  }
  return charts.length;
}

/** Moves the mouse over every filter chip. */
async function hoverChips(page: Page): Promise<number> {
  const chips = await page.$$('.chip');
  for (const chip of chips) await chip.hover();
  return chips.length;
}

/** Nothing ran: no flag, no dialog, no element the payloads would have created. */
async function expectNothingRan(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  const injected = await page.evaluate(() => ({
    img: document.querySelectorAll('img[src="x"], img[onerror]').length,
    svg: document.querySelectorAll('svg[onload]').length,
    iframe: document.querySelectorAll('iframe').length,
    script: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
    onmouseover: document.querySelectorAll('[onmouseover]').length,
    javascriptLinks: [...document.querySelectorAll('a[href]')].filter((a) => a.getAttribute('href')?.trim().toLowerCase().startsWith('javascript:')).length,
  }));
  expect(injected).toEqual({ img: 0, svg: 0, iframe: 0, script: 0, onmouseover: 0, javascriptLinks: 0 });
  expect(await page.title()).not.toMatch(/[<>]/);
}

const q = (s: string) => encodeURIComponent(s);
const VIEWS: [string, number][] = [
  ['#/overview', 1],
  ['#/timeline?lane=region', 1],
  ['#/timeline?lane=section', 1],
  ['#/timeline?lane=lead', 1],
  ['#/workload', 1],
  ['#/workload?scope=region&expand=1', 1],
  ['#/targets', 1],
  // the wall display: its first panel is DOM key figures; the chart panels are swept one by one
  ['#/screen', 0],
  ['#/screen?rotate=0&panels=deadlines', 1],
  ['#/screen?rotate=0&panels=workload', 1],
  ['#/screen?rotate=0&panels=targets', 1],
  ['#/screen?rotate=0&panels=timeline', 1],
  [`#/overview?region=${q(HOSTILE_REGION)}&unit=${q(HOSTILE_UNIT)}&section=${q(`${PAYLOADS.script}领域`)}&q=${q(PAYLOADS.img)}`, 0],
];

describe('a dataset whose every string is markup or script', () => {
  it.each(VIEWS)('%s: hovering every chart runs nothing', async (hash, minCharts) => {
    const page = await browser.newPage();
    if (hash.startsWith('#/screen')) {
      // the wall display lays its own stage over main, so main is attached but not visible
      await page.goto(`${server.appUrl}${hash}`);
      await page.waitForSelector('main[data-view="screen"]', { state: 'attached', timeout: 20_000 });
    } else {
      await openApp(page, server.appUrl, hash);
    }
    if (minCharts > 0) await page.waitForSelector('[_echarts_instance_]', { timeout: 10_000 });
    else await page.waitForSelector('[_echarts_instance_]', { timeout: 3_000, state: 'attached' }).catch(() => null);
    const charts = await sweepCharts(page);
    expect(charts).toBeGreaterThanOrEqual(minCharts);
    await hoverChips(page);
    await expectNothingRan(page);
    await screenshot(page, `hostile-${hash.replace(/[^a-z]+/gi, '-').slice(0, 40)}`);
    await page.close();
  });

  it('chips, table cells, the task dialog and the quality view show the markup as literal text', async () => {
    const page = await browser.newPage();
    await openApp(page, server.appUrl, `#/tasks?region=${q(HOSTILE_REGION)}&unit=${q(HOSTILE_UNIT)}&q=${q('正文')}`);
    expect(await hoverChips(page)).toBeGreaterThanOrEqual(3);
    expect(await page.textContent(`[data-chip^="region:"]`)).toContain(HOSTILE_REGION);
    await page.waitForSelector(`[data-task-id^="${HOSTILE_ID}/"]`);
    const row = await page.textContent(`[data-task-id^="${HOSTILE_ID}/"]`);
    expect(row).toContain('<img src=x onerror="window.__pwned=1">');
    await page.click(`[data-task-id^="${HOSTILE_ID}/"] .task-link`);
    const dialog = await page.waitForSelector('[data-testid="task-detail"]');
    const text = (await dialog.textContent()) ?? '';
    expect(text).toContain('<img src=x');
    expect(text).toContain('window.__pwned=1');
    await page.mouse.move(10, 10);
    await expectNothingRan(page);
    await screenshot(page, 'hostile-task-dialog');
    await page.keyboard.press('Escape');

    await openApp(page, server.appUrl, `#/tasks?task=${q(`${HOSTILE_ID}/2`)}`);
    const long = await page.waitForSelector('[data-testid="task-detail"]');
    expect(((await long.textContent()) ?? '').length).toBeGreaterThan(12_000);
    await expectNothingRan(page);

    await openApp(page, server.appUrl, '#/quality');
    const article = (await page.textContent(`.quality-dataset[data-dataset="${HOSTILE_ID}"]`)) ?? '';
    expect(article).toContain(PAYLOADS.script);
    expect(article).toContain(PAYLOADS.img);
    await expectNothingRan(page);
    await page.close();
  });

  it('asks for nothing outside the app folder (no img src=x) and logs no error', () => {
    const prefix = new URL(server.appUrl).origin + SUB_PATH;
    expect(browser.requests.filter((url) => !url.startsWith(prefix) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
    expect(browser.requests.filter((url) => /\/x$/.test(url))).toEqual([]);
    expect(server.outside).toEqual([]);
    // The page's Content-Security-Policy (index.html) refusing an inline style attribute is not an error of this dataset.
    expect(browser.errors.filter((e) => !/Content Security Policy directive 'style-src/.test(e))).toEqual([]);
  });
});
