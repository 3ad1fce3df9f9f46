import { describe, expect, it } from 'vitest';
import { ROOT, injectBrokenDatasets, screenshot, useServedSite } from './harness.ts';
import { heapAfterGc, labelProblems, newScreenPage, openScreen, scrollSize, smallTexts } from './harness-screen.ts';
import type { Page } from 'playwright-core';

/** An as-of date at which the bundled seeds have both passed deadlines and deadlines due soon. */
const AS_OF = '2025-11-15';
const SIZES = [
  [1920, 1080, ''],
  [3840, 2160, ''],
  [3840, 1080, '&fit=fill'],
  [1920, 1080, '&lang=en'],
] as const;

const served = useServedSite();

/** Waits until the map canvas (when a map is chosen) has drawn something. */
async function waitForMap(page: Page): Promise<string> {
  await page.waitForSelector('[data-testid="wall-map"]:not([data-map="tiles"]) canvas', { timeout: 45_000 });
  await page.waitForFunction(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="wall-map"] canvas');
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || canvas.width === 0) return false;
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let drawn = 0;
    for (let i = 3; i < data.length; i += 4 * 97) if (data[i]! > 0) drawn++;
    return drawn > 50;
  }, undefined, { timeout: 45_000 });
  return (await page.getAttribute('[data-testid="wall-map"]', 'data-map'))!;
}

describe('the composite wall (#/screen) in Chromium', () => {
  it.each(SIZES)('at %i×%i%s every widget draws, no text is under 28 px, and nothing is clipped or overlaps (screenshots in test-results/)', async (width, height, extra) => {
    const { page, violations } = await newScreenPage(served.browser, width, height);
    await openScreen(page, served.server.appUrl, `#/screen?asof=${AS_OF}&rotate=0${extra}`);
    expect(await page.$$eval('[data-counter]', (cards) => cards.map((c) => c.getAttribute('data-counter')))).toEqual(['tasks', 'regions', 'units', 'due30', 'due90', 'passed']);
    await page.waitForSelector('.wall-alert');
    await page.waitForSelector('.wall-rank');
    await page.waitForSelector('.wall-month');
    await page.waitForSelector('[data-testid="wall-focus"]');
    expect(await waitForMap(page)).toBe('440000');
    await page.waitForTimeout(800); // the focus card's entry fade
    await screenshot(page, `wall-${width}x${height}${extra.replace(/[&=]/g, '-')}`);
    const size = await scrollSize(page);
    expect(size.width).toBeLessThanOrEqual(width);
    expect(size.height).toBeLessThanOrEqual(height);
    expect(await smallTexts(page, 28)).toEqual([]);
    const chartFonts = await page.$$eval('.screen-chart[data-min-font]', (charts) => charts.map((c) => Number(c.getAttribute('data-min-font'))));
    expect(chartFonts.length).toBeGreaterThan(0);
    for (const font of chartFonts) expect(font).toBeGreaterThanOrEqual(28);
    expect(await labelProblems(page)).toEqual([]);
    expect(await page.$$('[data-error-boundary]')).toEqual([]);
    expect(violations).toEqual([]);
    if (extra.includes('fill')) {
      // fill mode: the stage is as wide as the wall, not letterboxed
      expect(Number(await page.getAttribute('.screen-window', 'data-stage-width'))).toBe(3840);
      const stage = await page.$eval('.screen-stage', (el) => el.getBoundingClientRect().width);
      expect(stage).toBeGreaterThan(3830);
    }
    await page.close();
  });

  it('the alert column lists passed deadlines first (fewest days past first), then those due soon (fewest days left first), and scrolls', async () => {
    const { page } = await newScreenPage(served.browser, 1920, 1080);
    await openScreen(page, served.server.appUrl, `#/screen?asof=${AS_OF}&rotate=0`);
    await page.waitForSelector('.wall-alert');
    const items = await page.$$eval('.auto-scroll-copy:not([data-copy]) .wall-alert', (lines) =>
      lines.map((l) => ({ kind: l.getAttribute('data-kind')!, days: Number(l.getAttribute('data-days')) })));
    expect(items.length).toBeGreaterThan(5);
    const firstSoon = items.findIndex((i) => i.kind === 'dueSoon');
    expect(firstSoon).toBeGreaterThan(0);
    expect(items.slice(firstSoon).every((i) => i.kind === 'dueSoon')).toBe(true);
    const passed = items.slice(0, firstSoon).map((i) => i.days);
    const soon = items.slice(firstSoon).map((i) => i.days);
    expect(passed).toEqual([...passed].sort((a, b) => a - b));
    expect(soon).toEqual([...soon].sort((a, b) => a - b));
    // never 逾期: the data knows deadlines, not completion
    expect(await page.textContent('[data-testid="wall"]')).not.toContain('逾期');
    expect(await page.getAttribute('[data-testid="wall-alert-scroll"]', 'data-scrolling')).toBe('true');
    const offset = () => page.$eval('[data-testid="wall-alert-scroll"] .auto-scroll-track', (el) => new DOMMatrix(getComputedStyle(el).transform).m42);
    const before = await offset();
    await page.waitForFunction((was) => {
      const track = document.querySelector('[data-testid="wall-alert-scroll"] .auto-scroll-track')!;
      return new DOMMatrix(getComputedStyle(track).transform).m42 < was - 10;
    }, before, { timeout: 20_000 });
    await page.close();
  });

  it('the map or the tile grid shows every region, and units are named with their region', async () => {
    const { page } = await newScreenPage(served.browser, 1920, 1080);
    await openScreen(page, served.server.appUrl, `#/screen?asof=${AS_OF}&rotate=0`);
    await waitForMap(page);
    const regions = await page.$$eval('[data-testid="wall-rank-regions"] .wall-rank', (rows) => rows.map((r) => r.getAttribute('data-key')!));
    const placed = (await page.getAttribute('[data-testid="wall-map"]', 'data-placed'))!.split('|');
    const tiles = await page.$$eval('.wall-tile', (t) => t.map((e) => e.getAttribute('data-region')!));
    expect(regions.length).toBe(5);
    expect([...placed, ...tiles].sort()).toEqual([...regions].sort());
    expect(tiles).toEqual(['未注明地区']);
    const units = await page.$$eval('.auto-scroll-copy:not([data-copy]) .wall-rank-units .wall-rank-name', (names) => names.map((n) => n.textContent!));
    expect(units.length).toBeGreaterThan(0);
    for (const unit of units) expect(unit).toMatch(/（.+）|…$/);
    await page.close();
  });

  it('rotation moves the focus on while the counters, alerts and rankings stay', async () => {
    const { page } = await newScreenPage(served.browser, 1920, 1080);
    await openScreen(page, served.server.appUrl, `#/screen?asof=${AS_OF}&rotate=1`);
    await page.waitForSelector('[data-testid="wall-focus"]');
    await page.evaluate(() => {
      for (const id of ['wall-counters', 'wall-alerts', 'wall-rankings']) (document.querySelector(`[data-testid="${id}"]`) as unknown as { __kept: boolean }).__kept = true;
    });
    const first = await page.getAttribute('[data-testid="wall-focus"]', 'data-focus');
    await page.waitForFunction((was) => document.querySelector('[data-testid="wall-focus"]')?.getAttribute('data-focus') !== was, first, { timeout: 20_000 });
    const kept = await page.evaluate(() =>
      ['wall-counters', 'wall-alerts', 'wall-rankings'].map((id) => (document.querySelector(`[data-testid="${id}"]`) as unknown as { __kept?: boolean } | null)?.__kept === true));
    expect(kept).toEqual([true, true, true]);
    await page.close();
  });

  it('filters are named in the header and in the panel titles, in words', async () => {
    const { page } = await newScreenPage(served.browser, 1920, 1080);
    await openScreen(page, served.server.appUrl, `#/screen?asof=${AS_OF}&rotate=0&status=overdue&region=${encodeURIComponent('汕尾市')}`);
    // the same words as the dashboard's titles (src/analysis/describe-filters.ts)
    expect(await page.textContent('[data-testid="screen-subtitle"]')).toContain('期限已过的任务 · 汕尾市');
    const titles = await page.$$eval('.wall-panel-title', (t) => t.map((e) => e.textContent!));
    for (const title of titles) expect(title).toContain('期限已过的任务 · 汕尾市');
    await page.close();
  });

  // Bound: after 20 more focus rotations the JS heap (after forced GC) stays below 1.5× and +20 MB of the heap after the first 5.
  it('the JS heap stays flat over a long accelerated rotation of the composite wall', async () => {
    const { page } = await newScreenPage(served.browser, 1920, 1080);
    const cdp = await served.browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await openScreen(page, served.server.appUrl, `#/screen?asof=${AS_OF}&rotate=1`);
    await page.waitForSelector('[data-testid="wall-focus"]');
    const seen = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const index = await page.getAttribute('[data-testid="wall-focus"]', 'data-focus');
        await page.waitForFunction((was) => document.querySelector('[data-testid="wall-focus"]')?.getAttribute('data-focus') !== was, index, { timeout: 20_000 });
      }
    };
    await seen(5);
    const first = await heapAfterGc(cdp);
    await seen(20);
    const after = await heapAfterGc(cdp);
    console.log(`[wall] heap after 5 focus rotations ${(first / 1e6).toFixed(1)} MB, after 20 more ${(after / 1e6).toFixed(1)} MB`);
    expect(after).toBeLessThan(first * 1.5);
    expect(after - first).toBeLessThan(20e6);
    expect(await page.$$('[data-testid="wall-map"] canvas')).toHaveLength(1);
    await page.close();
  }, 240_000);
});

describe('deployment traps', () => {
  it('index.html opened from disk (file://) shows the help page instead of hanging on 正在加载…', async () => {
    const page = await served.browser.newPage();
    await page.goto(`file://${ROOT}/dist/index.html`);
    await page.waitForSelector('#boot-help', { state: 'visible', timeout: 15_000 });
    const text = await page.textContent('#boot-help');
    expect(text).toContain('请通过 Web 服务器打开');
    expect(text).toContain('python3 -m http.server 8000');
    await page.close();
  });

  it('over HTTP the help never shows: the app replaces it', async () => {
    const page = await served.browser.newPage();
    await page.goto(`${served.server.appUrl}#/`);
    await page.waitForSelector('.app');
    expect(await page.$('#boot-help')).toBeNull();
    await page.close();
  });

  it('a chunk missing after a redeploy reloads the page once, and then the view opens', async () => {
    const page = await served.browser.newPage();
    let failed = 0;
    await page.route(/screen-view-[^/]*\.js$/, async (route) => {
      if (failed === 0) {
        failed++;
        await route.fulfill({ status: 404, body: 'gone' });
      } else await route.continue();
    });
    let loads = 0;
    page.on('load', () => loads++);
    await page.goto(`${served.server.appUrl}#/`);
    await page.waitForSelector('.app');
    await page.evaluate(() => { location.hash = '#/screen?rotate=0'; });
    await page.waitForSelector('[data-testid="wall"]', { timeout: 20_000 });
    expect(failed).toBe(1);
    expect(loads).toBe(2);
    await page.close();
  });

  it('a chunk that stays missing reloads only once, then shows the error instead of looping', async () => {
    const page = await served.browser.newPage();
    let requests = 0;
    await page.route(/screen-view-[^/]*\.js$/, async (route) => {
      requests++;
      await route.fulfill({ status: 404, body: 'gone' });
    });
    let loads = 0;
    page.on('load', () => loads++);
    await page.goto(`${served.server.appUrl}#/`);
    await page.waitForSelector('.app');
    await page.evaluate(() => { location.hash = '#/screen?rotate=0'; });
    await page.waitForSelector('[data-error-boundary]', { timeout: 20_000 });
    expect(loads).toBe(2);
    expect(requests).toBeGreaterThanOrEqual(2);
    await page.close();
  });
});

describe('the wall with broken data files', () => {
  const broken = useServedSite(injectBrokenDatasets);

  it('names every data problem in the footer', async () => {
    const { page } = await newScreenPage(broken.browser, 1920, 1080);
    await openScreen(page, broken.server.appUrl, '#/screen?rotate=0');
    await page.waitForSelector('[data-testid="wall-problems"]');
    expect(Number(await page.getAttribute('[data-testid="wall-problems"]', 'data-count'))).toBeGreaterThanOrEqual(2);
    const text = await page.textContent('[data-testid="wall-problems"]');
    expect(text).toContain('broken-2022.json');
    expect(text).toContain('gone-2020.json');
    await page.close();
  });
});
