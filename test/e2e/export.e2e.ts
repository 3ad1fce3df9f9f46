import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp, RESULTS, screenshot, useServedSite, waitForAtRest, waitForWholeLoad } from './harness.ts';

const served = useServedSite();

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('export', () => {
  it.each([1, 2, 3])('a chart PNG at ×%i is the displayed size times that', async (scale) => {
    const page = await served.browser.newPage();
    // every dataset in before the chart is measured (its height follows its rows, which grow while datasets arrive):
    // the overview's task figure reaches the manifest's total, then the app moves to the workload view, data kept
    await openApp(page, served.server.appUrl, '#/overview');
    const total = await page.evaluate(async () => ((await (await fetch('data/manifest.json')).json()) as { datasets: { taskCount: number }[] }).datasets.reduce((n, d) => n + d.taskCount, 0));
    await page.waitForFunction((n) => Number((document.querySelector('[data-figure="figure.tasks"] .figure-value')?.textContent ?? '').replace(/\D/g, '')) === n, total);
    await page.evaluate(() => {
      location.hash = '#/workload';
    });
    const chart = await page.waitForSelector('.workload-view .chart [_echarts_instance_]');
    await page.selectOption('.workload-view .chart [data-testid="png-scale"]', `x${scale}`);
    // the chart alone: the context (title, filters, source) adds height, tested in export-context.e2e.ts
    await page.uncheck('.workload-view .chart [data-testid="png-context"]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.workload-view .chart [data-testid="export-png"]')]);
    // measured as it was exported
    const box = (await chart.boundingBox())!;
    expect(download.suggestedFilename()).toMatch(new RegExp(`-x${scale}\\.png$`));
    const size = pngSize(readFileSync(await download.path()));
    expect(Math.abs(size.width - Math.round(box.width * scale))).toBeLessThanOrEqual(scale);
    expect(Math.abs(size.height - Math.round(box.height * scale))).toBeLessThanOrEqual(scale);
    await page.close();
  });

  it.each([1920, 3840])('a chart PNG at a chosen width of %i px keeps the displayed proportions', async (width) => {
    const page = await served.browser.newPage();
    await openApp(page, served.server.appUrl, '#/workload');
    const chart = await page.waitForSelector('.workload-view .chart [_echarts_instance_]');
    // every dataset in and the chart at rest: an export clicked while a batch redraws the chart may fail (with a message)
    await waitForWholeLoad(page, 30_000);
    await waitForAtRest(page);
    await page.selectOption('.workload-view .chart [data-testid="png-scale"]', `w${width}`);
    await page.uncheck('.workload-view .chart [data-testid="png-context"]');
    // the chart's height follows its rows (they grow while datasets arrive): measure it as it was exported
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.workload-view .chart [data-testid="export-png"]')]);
    const box = (await chart.boundingBox())!;
    expect(download.suggestedFilename()).toMatch(new RegExp(`-w${width}\\.png$`));
    const size = pngSize(readFileSync(await download.path()));
    expect(Math.abs(size.width - width)).toBeLessThanOrEqual(2);
    expect(Math.abs(size.height - Math.round((box.height * width) / box.width))).toBeLessThanOrEqual(3);
    await page.close();
  });

  it.each(['overview', 'timeline', 'workload', 'targets', 'tasks', 'quality'])('#/%s prints to an A4 landscape PDF, controls hidden, chips kept', async (view) => {
    const page = await served.browser.newPage();
    await openApp(page, served.server.appUrl, `#/${view}?status=passed,ongoing`);
    await page.waitForTimeout(1000);
    await page.emulateMedia({ media: 'print' });
    await page.waitForTimeout(300);
    expect(await page.isVisible('.header-tools')).toBe(false);
    expect(await page.isVisible('.chart-tools')).toBe(false);
    if (view !== 'quality') {
      expect(await page.isVisible('.filter-controls')).toBe(false);
      expect(await page.isVisible('[data-chip="status:passed"]')).toBe(true);
    }
    await screenshot(page, `print-${view}`);
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
    mkdirSync(RESULTS, { recursive: true });
    writeFileSync(join(RESULTS, `print-${view}.pdf`), pdf);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // A4 landscape is about 842 × 595 points (Chromium writes 842.88 × 595.92)
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 84[12]\.\d+ 59[56]\.\d+\]/);
    await page.close();
  });
});
