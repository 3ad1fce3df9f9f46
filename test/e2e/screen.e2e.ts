import { describe, expect, it } from 'vitest';
import { RESULTS, screenshot, useServedSite, waitForAtRest } from './harness.ts';
import { heapAfterGc, labelProblems, newScreenPage, openScreen, scrollSize, smallTexts, waitForDrawnCanvas } from './harness-screen.ts';

const PANELS = ['overview', 'deadlines', 'workload', 'targets', 'timeline'] as const;
const CHART_PANELS = PANELS.filter((panel) => panel !== 'overview');
const SIZES = [
  [1920, 1080],
  [2560, 1440],
  [3840, 2160],
  [1280, 1024], // 5:4, letterboxed
] as const;

const served = useServedSite();

describe('big-screen mode (#/screen) in Chromium, served under a sub-path', () => {
  it.each(SIZES)('at %i×%i every panel draws, nothing scrolls, no text is under 28 px and no label is clipped or overlaps (screenshots in test-results/)', async (width, height) => {
    const { page, violations } = await newScreenPage(served.browser, width, height);
    for (const panel of PANELS) {
      await openScreen(page, served.server.appUrl, `#/screen?rotate=0&panels=${panel}`);
      expect(await page.getAttribute('[data-testid="screen-panel"]', 'data-panel')).toBe(panel);
      if (panel !== 'overview') expect(await waitForDrawnCanvas(page)).toBeGreaterThan(0);
      else await page.waitForSelector('[data-figure="figure.tasks"]');
      await waitForAtRest(page);
      await screenshot(page, `screen-${width}x${height}-${panel}`);
      const size = await scrollSize(page);
      expect(size.width).toBeLessThanOrEqual(width);
      expect(size.height).toBeLessThanOrEqual(height);
      expect(await labelProblems(page)).toEqual([]);
      expect(await page.$$('[data-error-boundary]')).toEqual([]);
      // single-panel mode is held to the wall's 28 px minimum too: DOM text and every font size in the chart options
      expect(await smallTexts(page, 28)).toEqual([]);
      const chartFonts = await page.$$eval('.screen-chart[data-min-font]', (charts) => charts.map((c) => Number(c.getAttribute('data-min-font'))));
      expect(chartFonts.length).toBe(panel === 'overview' ? 0 : 1);
      for (const font of chartFonts) expect(font, `${panel} chart font`).toBeGreaterThanOrEqual(28);
    }
    expect(violations).toEqual([]);
    await page.close();
  });

  it('at 3840×2160 the canvas holds real 4K pixels (pixel ratio = stage scale 2)', async () => {
    const { page } = await newScreenPage(served.browser, 3840, 2160);
    await openScreen(page, served.server.appUrl, '#/screen?rotate=0&panels=workload');
    await waitForDrawnCanvas(page);
    const { ratio, canvasWidth, cssWidth } = await page.$eval('[data-testid="screen-panel"] canvas', (canvas) => ({
      ratio: Number(canvas.closest('.screen-chart')!.getAttribute('data-pixel-ratio')),
      canvasWidth: (canvas as HTMLCanvasElement).width,
      cssWidth: canvas.getBoundingClientRect().width,
    }));
    expect(ratio).toBe(2);
    // one canvas pixel per device pixel on screen: the backing store is as wide as the scaled element
    expect(Math.abs(canvasWidth - cssWidth)).toBeLessThanOrEqual(2);
    await waitForAtRest(page);
    // a full-resolution crop to check by eye that labels are drawn at 4K, not upscaled
    await page.screenshot({ path: `${RESULTS}/screen-3840x2160-workload-detail.png`, clip: { x: 0, y: 560, width: 1600, height: 900 } });
    await page.close();
  });

  it.each(CHART_PANELS)('the %s panel draws in English too', async (panel) => {
    const { page } = await newScreenPage(served.browser, 1920, 1080);
    await openScreen(page, served.server.appUrl, `#/screen?rotate=0&lang=en&panels=${panel}`);
    await waitForDrawnCanvas(page);
    await waitForAtRest(page);
    await screenshot(page, `screen-en-${panel}`);
    expect(await labelProblems(page)).toEqual([]);
    await page.close();
  });
});

describe('big-screen mode over time', () => {
  it('#/screen?rotate=2 advances to the next panel with a progress bar, and the URL keeps its parameters', async () => {
    const { page } = await newScreenPage(served.browser, 1920, 1080);
    await openScreen(page, served.server.appUrl, '#/screen?rotate=2&panels=overview,workload,targets');
    expect(await page.getAttribute('[data-testid="screen-panel"]', 'data-panel')).toBe('overview');
    expect(await page.$('.screen-progress-fill')).not.toBeNull();
    // each panel in turn (a 2 s rotation; generous limits, for a busy machine)
    await page.waitForSelector('[data-testid="screen-panel"][data-panel="workload"]', { timeout: 30_000 });
    await page.waitForSelector('[data-testid="screen-panel"][data-panel="targets"]', { timeout: 30_000 });
    await page.waitForSelector('[data-testid="screen-panel"][data-panel="overview"]', { timeout: 30_000 });
    // the hash store canonicalises the URL at start-up; the screen puts rotate and panels back so a reload keeps them
    expect(await page.evaluate(() => location.hash)).toBe('#/screen?rotate=2&panels=overview,workload,targets');
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('[data-testid="screen-panel"][data-panel="workload"]', { timeout: 10_000 });
    await page.close();
  });

  it('the clock ticks every second', async () => {
    const { page } = await newScreenPage(served.browser, 1920, 1080);
    await openScreen(page, served.server.appUrl, '#/screen?rotate=0');
    const first = await page.textContent('[data-testid="screen-clock"]');
    await page.waitForFunction((t) => document.querySelector('[data-testid="screen-clock"]')?.textContent !== t, first, { timeout: 3000 });
    await page.close();
  });

  it('a region filter in the URL applies: #/screen?region=汕尾市 shows that region only', async () => {
    const { page } = await newScreenPage(served.browser, 1920, 1080);
    await openScreen(page, served.server.appUrl, `#/screen?rotate=0&panels=overview&region=${encodeURIComponent('汕尾市')}`);
    expect(await page.textContent('[data-testid="screen-subtitle"]')).toContain('汕尾市');
    expect(await page.$$eval('.screen-region', (items) => items.map((item) => item.getAttribute('data-region')))).toEqual(['汕尾市']);
    await page.close();
  });

  // Bound: after 20 more rotations the JS heap (after forced GC) stays below 1.5× the heap after the first full rotation
  // and grows by less than 20 MB. Charts are disposed when their panel leaves (echarts-for-react on unmount).
  it('the JS heap after 20 rotations stays within 1.5× and +20 MB of the heap after the first full rotation', async () => {
    const { page } = await newScreenPage(served.browser, 1920, 1080);
    const cdp = await served.browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    // single-panel mode (panels=): the composite wall keeps its widgets and has its own heap test in wall.e2e.ts
    await openScreen(page, served.server.appUrl, '#/screen?rotate=1&panels=overview,deadlines,workload,targets,timeline');
    const seen = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const index = await page.getAttribute('[data-testid="screen-panel"]', 'data-index');
        await page.waitForFunction((was) => document.querySelector('[data-testid="screen-panel"]')?.getAttribute('data-index') !== was, index, { timeout: 5000 });
      }
    };
    await seen(5);
    const first = await heapAfterGc(cdp);
    await seen(20);
    const after = await heapAfterGc(cdp);
    console.log(`[screen] heap after first rotation ${(first / 1e6).toFixed(1)} MB, after 20 more ${(after / 1e6).toFixed(1)} MB`);
    expect(after).toBeLessThan(first * 1.5);
    expect(after - first).toBeLessThan(20e6);
    // one canvas per chart of the panel on screen, none left over from earlier panels; the panel turns every
    // second and draws its chart a moment after it appears, so wait until a drawn panel is caught
    await page.waitForFunction(() => {
      const charts = document.querySelectorAll('[data-testid="screen-panel"] .screen-chart').length;
      return charts > 0 && document.querySelectorAll('body canvas').length === charts;
    }, undefined, { timeout: 30_000 });
    await page.close();
  }, 90_000);
});
