import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zh } from '../../src/i18n/ui-messages.ts';
import type { StaticServer } from './harness.ts';
import { clickColour, openApp, prepareSite, ROOT, screenshot, startServer, taskCount, useServedSite, waitForAtRest, writeLargeDatasets } from './harness.ts';

const VIEWS = ['overview', 'timeline', 'workload', 'targets', 'tasks', 'quality'] as const;
/** The heatmap ramp's top (chart-theme LIGHT.ramp[1]): the unit × month cell with the most deadlines. */
const HEATMAP_MAX: [number, number, number] = [0x08, 0x51, 0x9c];
/** The target matrix's fullest cell: the light ramp mixed at 0.8 (target-matrix.ts). */
const MATRIX_MAX: [number, number, number] = [55, 114, 175];
const CJK = /[\u3400-\u9fff]/;

const served = useServedSite();

async function totalTasks(page: Page): Promise<number> {
  await openApp(page, served.server.appUrl, '#/tasks');
  return taskCount(page);
}

async function tasksAfterFilter(page: Page): Promise<number> {
  await page.click('a[data-tab="tasks"]');
  await page.waitForFunction(() => location.hash.startsWith('#/tasks'));
  return taskCount(page);
}

/** Clicks the first dark (interface text colour) pixel left of `xMax` and below `skipTop` in a chart canvas: a y-axis label. */
async function clickAxisLabel(page: Page, canvasSelector: string, xMax: number, skipTop: number): Promise<boolean> {
  const canvas = await page.waitForSelector(canvasSelector);
  const point = await canvas.evaluate((el, [right, top]) => {
    const c = el as HTMLCanvasElement;
    const { data, width, height } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
    const scale = c.width / c.getBoundingClientRect().width;
    for (let y = Math.round(top * scale); y < height; y++) {
      for (let x = 0; x < Math.min(width, right * scale); x++) {
        const i = (y * width + x) * 4;
        if (data[i + 3]! > 200 && data[i]! < 70 && data[i + 1]! < 70 && data[i + 2]! < 70) return { x: x / scale + 2, y: y / scale + 3 };
      }
    }
    return null;
  }, [xMax, skipTop] as [number, number]);
  if (point === null) return false;
  await canvas.click({ position: point });
  return true;
}

/**
 * Clicks the first pixel of colour `rgb` in any canvas of a chart (ECharts draws some series, e.g. heatmaps, on a
 * layer of their own); the click goes to the page point, where ECharts' top layer receives it.
 */
async function clickColourIn(page: Page, chartSelector: string, rgb: [number, number, number]): Promise<boolean> {
  await page.waitForSelector(`${chartSelector} canvas`);
  // page coordinates only reach what is on screen
  await (await page.$(chartSelector))!.scrollIntoViewIfNeeded();
  const point = await page.$eval(chartSelector, (chart, [r, g, b]) => {
    // the topmost match over every layer, so a colour scale's legend at the bottom is never taken for a cell
    let best: { x: number; y: number } | null = null;
    for (const el of chart.querySelectorAll('canvas')) {
      const c = el as HTMLCanvasElement;
      const ctx = c.getContext('2d');
      if (!ctx || c.width === 0) continue;
      const { data, width, height } = ctx.getImageData(0, 0, c.width, c.height);
      const rect = c.getBoundingClientRect();
      const scale = c.width / rect.width;
      for (let y = 0; y < height; y += 2) {
        for (let x = 0; x < width; x += 2) {
          const i = (y * width + x) * 4;
          if (Math.abs(data[i]! - r) < 6 && Math.abs(data[i + 1]! - g) < 6 && Math.abs(data[i + 2]! - b) < 6 && data[i + 3]! > 200) {
            const found = { x: rect.left + (x + 4) / scale, y: rect.top + (y + 4) / scale };
            if (best === null || found.y < best.y) best = found;
            y = height;
            break;
          }
        }
      }
    }
    return best;
  }, rgb);
  if (point === null) return false;
  await page.mouse.click(point.x, point.y);
  return true;
}

/** Every fragment of a zh interface string (between {parameters}) that holds CJK and never occurs in the datasets. */
function interfaceOnlyFragments(): string[] {
  const dataDir = join(ROOT, 'data');
  const data = readdirSync(dataDir).filter((f) => f.endsWith('.json')).map((f) => readFileSync(join(dataDir, f), 'utf8')).join('\n');
  const fragments = new Set<string>();
  for (const message of Object.values(zh)) {
    for (const part of message.split(/\{\w+\}/)) {
      const fragment = part.trim();
      if (CJK.test(fragment) && !data.includes(fragment)) fragments.add(fragment);
    }
  }
  return [...fragments];
}

describe('cross-filtering interactions in Chromium', () => {
  it('brushing months on the density chart sets due= in the hash and shrinks the table', async () => {
    const page = await served.browser.newPage();
    const total = await totalTasks(page);
    await page.click('a[data-tab="timeline"]');
    const selector = '.timeline-view > .chart-frame > .chart canvas';
    const canvas = await page.waitForSelector(selector);
    await waitForAtRest(page);
    // the toolbox's first icon (lineX brush) sits top left, measured on a screenshot at about (33, 22)
    await canvas.click({ position: { x: 33, y: 22 } });
    const box = (await canvas.boundingBox())!;
    const y = box.y + box.height * 0.6;
    await page.mouse.move(box.x + box.width * 0.3, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.5, y, { steps: 8 });
    await page.mouse.move(box.x + box.width * 0.7, y, { steps: 8 });
    await page.mouse.up();
    await page.waitForFunction(() => /[?&]due=\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}/.test(location.hash), undefined, { timeout: 5000 });
    await screenshot(page, 'interaction-density-brush');
    const narrowed = await tasksAfterFilter(page);
    expect(narrowed).toBeLessThan(total);
    expect(await page.$('[data-chip="due"]')).not.toBeNull();
    await page.close();
  });

  it('clicking a Gantt lane label sets the lane filter (region by default)', async () => {
    const page = await served.browser.newPage();
    const total = await totalTasks(page);
    await page.click('a[data-tab="timeline"]');
    await page.waitForSelector('.timeline-view .gantt canvas');
    await waitForAtRest(page);
    // below the time slider (grid top 40), left of the plot: the first lane's label
    expect(await clickAxisLabel(page, '.timeline-view .gantt canvas', 170, 40)).toBe(true);
    await page.waitForFunction(() => location.hash.includes('region='));
    expect(await tasksAfterFilter(page)).toBeLessThan(total);
    await page.close();
  });

  it('clicking a heatmap cell sets unit and a one-month due range', async () => {
    const page = await served.browser.newPage();
    const total = await totalTasks(page);
    await page.click('a[data-tab="workload"]');
    const selector = '.workload-view > .chart-frame:last-of-type > .chart';
    await page.waitForSelector(selector);
    await waitForAtRest(page);
    expect(await clickColourIn(page, selector, HEATMAP_MAX)).toBe(true);
    await page.waitForFunction(() => /unit=.+&due=\d{4}-\d{2}-01\.\.\d{4}-\d{2}-\d{2}/.test(location.hash));
    const narrowed = await tasksAfterFilter(page);
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(total);
    await page.close();
  });

  it('clicking a target matrix cell filters region + category and opens the source task', async () => {
    const page = await served.browser.newPage();
    await openApp(page, served.server.appUrl, '#/targets');
    const selector = '.targets-view > .chart-frame > .chart';
    await page.waitForSelector(selector);
    await waitForAtRest(page);
    expect(await clickColourIn(page, selector, MATRIX_MAX)).toBe(true);
    await page.waitForFunction(() => location.hash.includes('region=') && location.hash.includes('category=') && location.hash.includes('task='));
    const dialog = await page.waitForSelector('[data-testid="task-detail"]');
    expect(await dialog.textContent()).toMatch(/seeds\/.+:\d+/);
    await page.close();
  });

  it('the "deadline passed" key figure opens the tasks view with status=passed and the same count', async () => {
    const page = await served.browser.newPage();
    await openApp(page, served.server.appUrl, '#/overview');
    const figure = await page.waitForSelector('[data-figure="figure.passed"]');
    const shown = Number((await figure.$eval('.figure-value', (el) => el.textContent ?? '')).replace(/\D/g, ''));
    await page.click('[data-figure="figure.passed"] a');
    await page.waitForFunction(() => location.hash === '#/tasks?status=passed');
    expect(await taskCount(page)).toBe(shown);
    await page.close();
  });

  it('a bar of the overview\'s targets chart opens the targets view on that category', async () => {
    const page = await served.browser.newPage();
    await openApp(page, served.server.appUrl, '#/overview');
    const selector = '.mini:last-child .chart canvas';
    await page.waitForSelector(selector);
    await waitForAtRest(page);
    expect(await clickColour(page, selector, [0x00, 0x72, 0xb2], 30)).toBe(true);
    await page.waitForFunction(() => location.hash.startsWith('#/targets?category='));
    await page.close();
  });

  it.each(VIEWS)('#/%s?lang=en leaves no Chinese interface string (data excepted)', async (view) => {
    const fragments = interfaceOnlyFragments();
    expect(fragments).toContain('总览');
    const page = await served.browser.newPage();
    await openApp(page, served.server.appUrl, `#/${view}?lang=en`);
    if (view !== 'quality' && view !== 'tasks') await page.waitForSelector('.chart canvas');
    await waitForAtRest(page);
    const text = await page.evaluate(() => {
      const attributes = [...document.querySelectorAll('[aria-label], [title], [placeholder]')].flatMap((el) =>
        ['aria-label', 'title', 'placeholder'].map((name) => el.getAttribute(name) ?? ''));
      return [document.title, document.body.innerText, ...attributes].join('\n');
    });
    expect(fragments.filter((fragment) => text.includes(fragment))).toEqual([]);
    await page.close();
  });

  it.each(VIEWS)('#/%s at 1366×768 does not scroll sideways', async (view) => {
    const page = await served.browser.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await openApp(page, served.server.appUrl, `#/${view}`);
    if (view !== 'quality' && view !== 'tasks') await page.waitForSelector('.chart canvas');
    await waitForAtRest(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, `view-${view}-1366`);
    await page.close();
  });

  it('no console error occurred (inline-style CSP reports aside: test/e2e/csp.e2e.ts owns the CSP)', () => {
    const errors = served.browser.errors.filter((e) => !e.includes("Content Security Policy directive 'style-src"));
    expect(errors.map((e) => e.slice(0, 300))).toEqual([]);
  });
});

describe('timeline zoom with many tasks', () => {
  let bigSite: string;
  let bigServer: StaticServer;

  beforeAll(async () => {
    bigSite = prepareSite((dataDir) => writeLargeDatasets(dataDir, 2, 5000));
    bigServer = await startServer(bigSite);
  });

  afterAll(async () => {
    await bigServer?.close();
    if (bigSite) rmSync(bigSite, { recursive: true, force: true });
  });

  it('binned per lane × month; zooming the time axis into a narrow window redraws single tasks', async () => {
    const page = await served.browser.newPage();
    await openApp(page, bigServer.appUrl, '#/timeline');
    const gantt = await page.waitForSelector('.gantt[data-timeline-mode="bins"]');
    await page.waitForSelector('.gantt canvas');
    await waitForAtRest(page);
    expect(await gantt.$('canvas')).not.toBeNull();
    // the wheel over the plot zooms the time axis (inside dataZoom); the component re-runs timelineItems after a pause
    // each pause re-bins on the window, so zoom in rounds until the window holds few enough tasks to draw singly
    for (let round = 0; round < 8 && (await page.$('.gantt[data-timeline-mode="items"]')) === null; round++) {
      // the zoom note above the chart shifts it down, so measure it every round
      const box = (await (await page.$('.gantt canvas'))!.boundingBox())!;
      await page.mouse.move(box.x + box.width * 0.5, box.y + 100);
      for (let i = 0; i < 10; i++) {
        await page.mouse.wheel(0, -300);
        await page.waitForTimeout(30);
      }
      await page.waitForTimeout(900);
    }
    await page.waitForSelector('.gantt[data-zoomed="true"][data-timeline-mode="items"]', { timeout: 5000 });
    await screenshot(page, 'interaction-timeline-zoomed');
    await page.click('.gantt-zoom button');
    await page.waitForSelector('.gantt[data-timeline-mode="bins"]:not([data-zoomed])');
    await page.close();
  });
});
