import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, holdRequests, INSTALL_PAGE_ECHARTS, openApp, screenshot, useServedSite, waitForAtRest, writeLargeDatasets } from './harness.ts';

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

  it('draws the charts of a load arriving in batches without animation, and animates a filter change once all is shown', async () => {
    const page = await served.browser.newPage();
    // the second half of the files waits (the workers' requests too): the first half is drawn as a batch after a second's stall
    const hold = await holdRequests(page, '**/data/large-*.json', (url) => Number(/large-(\d+)\.json/.exec(url)?.[1] ?? 0) > DATASETS / 2);
    try {
      await openApp(page, served.server.appUrl, '#/overview');
      await page.waitForSelector('.chart canvas, .chart svg', { timeout: 30_000 });
      expect(await page.$('[data-testid="load-progress"]'), 'the batch is drawn while the load goes on').not.toBeNull();
      expect(await page.evaluate(INSTALL_PAGE_ECHARTS)).toBe(true);
      const animations = () =>
        page.evaluate(() => {
          const echarts = (window as unknown as { __pageEcharts: { getInstanceByDom(el: Element): { getOption(): { animation?: unknown } } | undefined } }).__pageEcharts;
          return [...document.querySelectorAll('[_echarts_instance_]')].map((el) => echarts.getInstanceByDom(el)?.getOption().animation);
        });
      const whileLoading = await animations();
      expect(whileLoading.length).toBeGreaterThan(0);
      for (const animation of whileLoading) expect(animation).toBe(false);

      hold.release();
      await page.waitForFunction(() => document.querySelector('[data-testid="load-progress"]') === null, undefined, { timeout: 30_000 });
      const all = await page.textContent('[data-figure="figure.tasks"] .figure-value');
      expect(Number((all ?? '').replace(/\D/g, ''))).toBe(DATASETS * PER_DATASET);
      // one region: few marks, within the animation budget, so its charts animate again
      await page.evaluate(() => {
        location.hash = `#/overview?region=${encodeURIComponent('测试市1')}`;
      });
      await page.waitForFunction((n) => (document.querySelector('[data-figure="figure.tasks"] .figure-value')?.textContent ?? '') === String(n), PER_DATASET, { timeout: 30_000 });
      await waitForAtRest(page);
      expect((await animations()).some((animation) => animation !== false)).toBe(true);
    } finally {
      hold.release();
      await hold.stop();
      await page.close();
    }
  });

  it("asks for the opened view's code and the charts' code while the data is still on its way", async () => {
    const page = await served.browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    const hold = await holdRequests(page, '**/data/large-*.json');
    try {
      // not openApp: it waits for the view, which needs data
      await page.goto(`${served.server.appUrl}#/timeline`);
      await expect
        .poll(() => requested.some((url) => /\/assets\/timeline-view-[\w-]+\.js$/.test(url)) && requested.some((url) => /\/assets\/chart-canvas-[\w-]+\.js$/.test(url)), { timeout: 30_000 })
        .toBe(true);
      expect(await page.$('.chart canvas, .chart svg'), 'no dataset has arrived, so nothing is drawn yet').toBeNull();
      hold.release();
      await page.waitForSelector('.chart canvas, .chart svg', { timeout: 30_000 });
    } finally {
      hold.release();
      await hold.stop();
      await page.close();
    }
  });

  it('validates in a worker: the page requested the validation worker and no console error was logged', () => {
    expect(served.browser.requests.some((url) => /\/assets\/validate-worker-[\w-]+\.js$/.test(url))).toBe(true);
    expect(served.browser.errors).toEqual([]);
  });
});
