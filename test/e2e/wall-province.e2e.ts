import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { convertDataToArrow, holdTextsFiles, ROOT, screenshot, useServedSite, waitForAtRest, writeLargeDatasets } from './harness.ts';
import { INSTALL_PAGE_ECHARTS } from './harness.ts';
import { labelProblems, newScreenPage, openScreen, scrollSize, smallTexts, waitForDrawnCanvas } from './harness-screen.ts';

// A province on the wall: 100 regions of 1,000 tasks (100,000 tasks, 5,000 units, tens of thousands of passed
// deadlines). The wall must show every figure whole, list what a leader reads and count the rest, and stay light.
const REGIONS = 100;
const PER_REGION = 1000;
const AS_OF = '2024-06-15';
const WALL = `#/screen?asof=${AS_OF}&rotate=0`;
const served = useServedSite((dataDir) => writeLargeDatasets(dataDir, REGIONS, PER_REGION));

/** Opens the wall and waits until every dataset is counted and the load line is gone. */
async function openLoadedWall(page: Page): Promise<void> {
  await openScreen(page, served.server.appUrl, WALL);
  await page.waitForFunction((n) => document.querySelector('[data-counter="tasks"]')?.getAttribute('data-value') === String(n)
    && document.querySelector('[data-testid="load-progress"]') === null, REGIONS * PER_REGION, { timeout: 120_000 });
}

const counter = (page: Page, id: string) => page.$eval(`[data-counter="${id}"]`, (c) => Number(c.getAttribute('data-value')));
/** The first figure in a "另有 n …" line ("另有 8,260 项 90 天内到期" → 8260). */
const moreCount = (text: string | null) => Number(/[\d,]+/.exec(text ?? '')?.[0].replace(/,/g, '') ?? 0);

describe('the wall with a province of 100,000 tasks', () => {
  it.each([[1920, 1080], [3840, 2160]] as const)('at %i×%i every figure shows whole, text stays ≥ 28 px and nothing overlaps', async (width, height) => {
    const { page } = await newScreenPage(served.browser, width, height);
    await openLoadedWall(page);
    await waitForAtRest(page);
    await screenshot(page, `wall-province-${width}x${height}`);
    expect(await page.textContent('[data-counter="tasks"] .wall-counter-value')).toBe('100,000');
    // the counters were set smaller to fit, never below 32 px
    expect(Number(await page.getAttribute('[data-testid="wall-counters"]', 'data-fit'))).toBeGreaterThanOrEqual(32);
    const size = await scrollSize(page);
    expect(size.width).toBeLessThanOrEqual(width);
    expect(size.height).toBeLessThanOrEqual(height);
    expect(await smallTexts(page, 28)).toEqual([]);
    expect(await labelProblems(page)).toEqual([]);
    // the month strip prints thousands once a month holds 1,000 tasks or more, and says so
    expect(await page.getAttribute('[data-testid="wall-months"]', 'data-thousands')).toBe('true');
    expect(await page.textContent('[data-testid="wall-months"] .wall-panel-title')).toContain('千项');
    await page.close();
  });

  it('lists the most urgent tasks of each kind and counts the rest, so shown + counted = the counters', async () => {
    const { page } = await newScreenPage(served.browser, 1920, 1080);
    await openLoadedWall(page);
    const lines = await page.$$eval('[data-testid="wall-alerts"] .auto-scroll-copy:not([data-copy]) .wall-alert', (l) => l.map((e) => e.getAttribute('data-kind')));
    const more = await page.$$eval('[data-testid="wall-alerts"] .auto-scroll-copy:not([data-copy]) .wall-alert-more', (l) => l.map((e) => [e.getAttribute('data-more-kind'), e.textContent]));
    const shown = (kind: string) => lines.filter((k) => k === kind).length;
    const counted = (kind: string) => moreCount(more.find(([k]) => k === kind)?.[1] ?? null);
    expect(shown('passed')).toBe(40);
    expect(shown('passed') + counted('passed')).toBe(await counter(page, 'passed'));
    expect(shown('dueSoon') + counted('dueSoon')).toBe(await counter(page, 'due90'));
    expect(more.map(([, text]) => text)[0]).toMatch(/^另有 [\d,]+ 项期限已过$/);
    // rankings: five regions and a line for the other 95; units capped with the rest counted
    expect(await page.$$eval('[data-testid="wall-rank-regions"] .wall-rank', (r) => r.length)).toBe(5);
    expect(await page.textContent('[data-testid="wall-rank-regions-more"]')).toBe('另有 95 个地区');
    const units = await page.$$eval('[data-testid="wall-rank-units"] .auto-scroll-copy:not([data-copy]) .wall-rank', (r) => r.length);
    expect(units).toBe(30);
    expect(moreCount(await page.textContent('[data-testid="wall-rank-units-more"]'))).toBeGreaterThan(0);
    // no region can be placed on a map (test names): as many tiles as the box holds, and one saying how many more
    const tiles = await page.$$eval('.wall-tile', (t) => t.length);
    expect(tiles + moreCount(await page.textContent('[data-testid="wall-tiles-more"]'))).toBe(REGIONS);
    // the page stays light: a node per shown line, not per task
    expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBeLessThan(3000);
    await page.close();
  });

  it.each(['workload', 'targets', 'timeline'] as const)('single-panel mode: the %s panel names what it leaves out and prints nothing over anything', async (panel) => {
    const { page } = await newScreenPage(served.browser, 1920, 1080);
    await openScreen(page, served.server.appUrl, `#/screen?asof=${AS_OF}&rotate=0&panels=${panel}`);
    await page.waitForFunction(() => document.querySelector('[data-testid="load-progress"]') === null
      && /100 个数据集/.test(document.querySelector('[data-testid="screen-subtitle"]')?.textContent ?? ''), undefined, { timeout: 120_000 });
    await waitForDrawnCanvas(page, 30_000);
    await waitForAtRest(page);
    await screenshot(page, `wall-province-panel-${panel}`);
    expect(await smallTexts(page, 28)).toEqual([]);
    expect(await labelProblems(page)).toEqual([]);
    for (const font of await page.$$eval('.screen-chart[data-min-font]', (c) => c.map((e) => Number(e.getAttribute('data-min-font'))))) expect(font).toBeGreaterThanOrEqual(28);
    if (panel === 'targets') expect(await page.textContent('[data-testid="screen-targets-more"]')).toBe('列出指标最多的 11 个地区，另有 89 个地区未列出');
    if (panel === 'workload') expect(await page.textContent('[data-testid="screen-workload-more"]')).toMatch(/^另有 [\d,]+ 个单位（共涉及 [\d,]+ 项任务）未画出$/);
    if (panel === 'timeline') {
      // 100 region lanes fold into 11 and one "其他 89 个" lane
      expect(await page.evaluate(INSTALL_PAGE_ECHARTS)).toBe(true);
      const lanes = await page.evaluate(() => {
        const echarts = (window as unknown as { __pageEcharts: { getInstanceByDom(el: Element): { getOption(): { yAxis: { data?: unknown[] }[] } } } }).__pageEcharts;
        return echarts.getInstanceByDom(document.querySelector('[_echarts_instance_]')!).getOption().yAxis[0]!.data ?? [];
      });
      expect(lanes).toHaveLength(12);
      // the last lane is the folded one (its key; its label "其他 89 个 (…)" is drawn from the key)
      expect(lanes.at(-1)).toBe('\u0000folded');
    }
    await page.close();
  });

  it('no console error', () => {
    expect(served.browser.errors).toEqual([]);
  });
});

// Guangdong's 21 cities, every one on the province map (the Pearl River Delta's are too close for all their labels),
// in the compact (Arrow) encoding: the tasks files first, their titles and texts in side files that come after.
const CITIES = (JSON.parse(readFileSync(join(ROOT, 'public/boundaries/440000.json'), 'utf8')) as { features: { properties: { name: string } }[] })
  .features.map((f) => f.properties.name);
const PER_CITY = 200;
const TITLE_LOADING = '标题加载中…';

describe('the wall with every city of a province on the map, in the compact (Arrow) encoding', () => {
  const cities = useServedSite((dataDir) => {
    writeLargeDatasets(dataDir, CITIES.length, PER_CITY, (d) => CITIES[d]!);
    convertDataToArrow(dataDir);
  });

  /** The titles of the alert column's lines (the first copy of a scrolling list), each with whether it is the loading placeholder. */
  const alertTitles = (page: Page) => page.$$eval('[data-testid="wall-alerts"] .auto-scroll-copy:not([data-copy]) .wall-alert-title',
    (titles) => titles.map((t) => ({ text: t.textContent ?? '', pending: t.hasAttribute('data-title-pending') })));

  it('until the texts side files arrive, each alert line says its title is loading (never an empty title); then every line has its title', async () => {
    const { page } = await newScreenPage(cities.browser, 1920, 1080);
    const { release, stop } = await holdTextsFiles(page);
    try {
      await openScreen(page, cities.server.appUrl, WALL);
      await page.waitForFunction((n) => document.querySelector('[data-counter="tasks"]')?.getAttribute('data-value') === String(n), CITIES.length * PER_CITY, { timeout: 60_000 });
      await page.waitForSelector('[data-testid="wall-alerts"] .wall-alert-title');
      const waiting = await alertTitles(page);
      expect(waiting.length).toBeGreaterThan(0);
      expect(waiting.every((t) => t.pending && t.text === TITLE_LOADING)).toBe(true);
      expect(await smallTexts(page, 28)).toEqual([]);
      await screenshot(page, 'wall-arrow-titles-loading');
    } finally {
      release();
    }
    await page.waitForSelector('[data-title-pending]', { state: 'detached', timeout: 60_000 });
    const filled = await alertTitles(page);
    expect(filled.length).toBeGreaterThan(0);
    expect(filled.filter((t) => t.pending || t.text.trim() === '')).toEqual([]);
    expect(filled.every((t) => /^任务\d+$/.test(t.text))).toBe(true);
    await stop();
    await page.close();
  });

  it.each([[1920, 1080, ''], [3840, 2160, ''], [1920, 1080, '&lang=en']] as const)(
    'at %i×%i%s the map says how many of its places carry no label, text stays ≥ 28 px and nothing overlaps',
    async (width, height, extra) => {
      const { page } = await newScreenPage(cities.browser, width, height);
      await openScreen(page, cities.server.appUrl, `${WALL}${extra}`);
      await page.waitForSelector('[data-testid="wall-map"][data-map="440000"] [_echarts_instance_] canvas', { timeout: 45_000 });
      const note = await page.waitForSelector('[data-testid="wall-map-unlabelled"]', { timeout: 45_000 });
      await page.waitForSelector('[data-title-pending]', { state: 'detached', timeout: 60_000 });
      await waitForAtRest(page);
      await screenshot(page, `wall-arrow-map-${width}x${height}${extra.replace(/[&=]/g, '-')}`);
      // the places the drawn map leaves without a label, read from the page's own ECharts
      const labels = await page.evaluate(() => {
        type Point = { name: string; label?: { show?: boolean } };
        const echarts = (window as unknown as { __pageEcharts: { getInstanceByDom(el: Element): { getOption(): { series: { data: Point[] }[] } } } }).__pageEcharts;
        const data = echarts.getInstanceByDom(document.querySelector('[data-testid="wall-map"] [_echarts_instance_]')!).getOption().series[0]!.data;
        return { points: data.length, hidden: data.filter((p) => p.label?.show === false).length };
      });
      expect(labels.points).toBe(CITIES.length);
      expect(labels.hidden).toBeGreaterThan(0);
      expect(Number(await note.getAttribute('data-count'))).toBe(labels.hidden);
      expect(await note.textContent()).toBe(extra.includes('en') ? `${labels.hidden} places not labelled` : `另有 ${labels.hidden} 个地区未标注名称`);
      const size = await scrollSize(page);
      expect(size.width).toBeLessThanOrEqual(width);
      expect(size.height).toBeLessThanOrEqual(height);
      expect(await smallTexts(page, 28)).toEqual([]);
      expect(await labelProblems(page)).toEqual([]);
      await page.close();
    },
  );

  it('no console error', () => {
    expect(cities.browser.errors).toEqual([]);
  });
});
