import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, openApp, screenshot, useServedSite, writeLargeDatasets } from './harness.ts';

const DATASETS = 120;
const PER_DATASET = 200;

/** 120 generated datasets with a schema-breaking one (broken-2022.json) in the middle of the manifest. */
function manyWithOneBroken(dataDir: string): void {
  writeLargeDatasets(dataDir, DATASETS, PER_DATASET);
  const manifestFile = join(dataDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { datasets: object[] };
  manifest.datasets.splice(DATASETS / 2, 0, { id: 'broken-2022', file: 'broken-2022.json', region: '丙市', title: '测试', source: 'seeds/x.txt', taskCount: 3 });
  writeFileSync(manifestFile, JSON.stringify(manifest));
  cpSync(join(FIXTURES, 'broken-2022.json'), join(dataDir, 'broken-2022.json'));
}

// Records every text the progress line ever showed, however briefly it was on screen.
const WATCH_PROGRESS = `
  window.__progressTexts = [];
  new MutationObserver(() => {
    const line = document.querySelector('[data-testid="load-progress"]');
    const text = line && line.textContent;
    if (text && window.__progressTexts[window.__progressTexts.length - 1] !== text) window.__progressTexts.push(text);
  }).observe(document, { childList: true, subtree: true, characterData: true });
`;

const served = useServedSite(manyWithOneBroken);

describe('loading many datasets, one broken', () => {
  it('shows "加载中 n / 121 个数据集" while loading, then the overview with every good dataset and the broken one named', async () => {
    const page = await served.browser.newPage();
    await page.addInitScript(WATCH_PROGRESS);
    // a slower server, so the load is seen in steps (requests from the validation workers included where the browser routes them)
    await page.route('**/data/large-*.json', async (route) => {
      await new Promise((ok) => setTimeout(ok, 20));
      await route.continue();
    });
    await openApp(page, served.server.appUrl, '#/overview');
    await page.waitForSelector('.chart canvas, .chart svg');
    await page.waitForFunction(() => document.querySelector('[data-testid="load-progress"]') === null, undefined, { timeout: 30_000 });

    const texts = await page.evaluate(() => (window as unknown as { __progressTexts: string[] }).__progressTexts);
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text).toMatch(/^加载中 \d+ \/ 121 个数据集$/);

    const figure = await page.textContent('[data-figure="figure.tasks"] .figure-value');
    expect(Number((figure ?? '').replace(/\D/g, ''))).toBe(DATASETS * PER_DATASET);
    const notice = await page.waitForSelector('[data-testid="failure-notice"]');
    expect(await notice.textContent()).toContain('broken-2022.json');
    await screenshot(page, 'loading-many-one-broken');

    await openApp(page, served.server.appUrl, '#/quality');
    const broken = await page.textContent('.failure[data-file="broken-2022.json"]');
    expect(broken).toContain('tasks.1.deadline.due: invalid date');
    await page.close();
  });

  it('validates in a worker: the page requested the validation worker and no console error was logged', () => {
    expect(served.browser.requests.some((url) => /\/assets\/validate-worker-[\w-]+\.js$/.test(url))).toBe(true);
    expect(served.browser.errors).toEqual([]);
  });
});
