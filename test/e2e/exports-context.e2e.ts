import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, RESULTS, screenshot, taskCount, useServedSite } from './harness.ts';

const served = useServedSite();
mkdirSync(RESULTS, { recursive: true });

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function download(page: Page, selector: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}


describe('exports carry their context', () => {
  it('a chart PNG holds title, filters and source above and below the chart (its legend is its own): taller than the chart alone, named after filters and date', async () => {
    const page = await served.browser.newPage();
    await openApp(page, served.server.appUrl, '#/overview?status=overdue,ongoing&asof=2026-11-30');
    const chart = '.mini:first-of-type .chart';
    await page.waitForSelector(`${chart} [_echarts_instance_]`);
    await page.selectOption(`${chart} [data-testid="png-scale"]`, 'x1');
    const withContext = await download(page, `${chart} [data-testid="export-png"]`);
    expect(withContext.name).toBe('督办-每月到期任务数-期限已过-长期推进-2026-11-30-x1.png');
    await page.uncheck(`${chart} [data-testid="png-context"]`);
    const alone = await download(page, `${chart} [data-testid="export-png"]`);
    writeFileSync(join(RESULTS, 'png-with-context.png'), withContext.bytes);
    const a = pngSize(withContext.bytes);
    const b = pngSize(alone.bytes);
    expect(a.width).toBe(b.width);
    // title (26) + filter line (19) + legend row (19) + source footer (≥ 18) + padding
    expect(a.height - b.height).toBeGreaterThanOrEqual(90);
    // the overview's small density chart now draws its own region legend (fixed region colours), so the export adds none
    await page.close();
  });

  it('a very tall chart at ×3 is reduced to the canvas limit, with a message, never a 0-byte file', async () => {
    const page = await served.browser.newPage();
    // narrow, so the capped image (still up to 16,384 px tall) encodes quickly on a busy machine
    await page.setViewportSize({ width: 900, height: 1000 });
    await openApp(page, served.server.appUrl, '#/workload');
    const chart = '.workload-view .view-toolbar + h2 + .chart-frame';
    await page.waitForSelector(`${chart} [_echarts_instance_]`);
    // a 7,000 px tall chart: ×3 would be 21,000 px, beyond what Chromium draws
    await page.$eval(`${chart} .chart`, (el) => ((el as HTMLElement).style.height = '7000px'));
    await page.waitForFunction((sel) => (document.querySelector(`${sel} [_echarts_instance_] canvas`) as HTMLCanvasElement | null)?.offsetHeight! > 6500, chart);
    await page.selectOption(`${chart} [data-testid="png-scale"]`, 'x3');
    const png = await download(page, `${chart} [data-testid="export-png"]`);
    expect(png.bytes.length).toBeGreaterThan(1000);
    const size = pngSize(png.bytes);
    expect(size.height).toBeLessThanOrEqual(16_384);
    expect(size.height).toBeGreaterThan(7000);
    await page.waitForSelector(`${chart} [data-testid="chart-status"]:has-text("PNG")`);
    expect(await page.textContent(`${chart} [data-testid="chart-status"]`)).toContain(`${size.width} × ${size.height}`);
    await page.close();
  });

  it('"数据" downloads the numbers the chart draws: the same as its table, summing to the key figure', async () => {
    const page = await served.browser.newPage();
    await openApp(page, served.server.appUrl, '#/overview?asof=2026-11-30');
    // datasets arrive one by one: read the key figure once every task of the manifest is on screen
    const total = await page.evaluate(async () => ((await (await fetch('data/manifest.json')).json()) as { datasets: { taskCount: number }[] }).datasets.reduce((n, d) => n + d.taskCount, 0));
    await page.waitForFunction((n) => Number((document.querySelector('[data-figure="figure.tasks"] .figure-value')?.textContent ?? '').replace(/\D/g, '')) === n, total);
    const indicators = Number((await page.textContent('[data-figure="figure.indicators"] .figure-value'))!.replace(/\D/g, ''));
    const chart = '.mini:nth-of-type(4) .chart-frame';
    await page.waitForSelector(`${chart} [_echarts_instance_]`);
    const csv = await download(page, `${chart} [data-testid="export-data"]`);
    expect(csv.name).toBe('督办-各指标类别的量化指标数-全部-2026-11-30.csv');
    const text = csv.bytes.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1), { newline: '\r\n' }).data;
    expect(rows[0]).toHaveLength(2);
    expect(rows[0]![0]).toBe('类别');
    expect(rows.slice(1).reduce((n, r) => n + Number(r[1]), 0)).toBe(indicators);
    await page.click(`${chart} [data-testid="show-table"]`);
    const table = await page.$$eval(`${chart} [data-testid="chart-data-table"] tbody tr`, (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
    expect(table).toEqual(rows.slice(1));
    await screenshot(page, 'chart-data-table');
    await page.close();
  });

  it('the task CSV re-imports: export (template columns) → import → the same number of tasks under a new dataset', async () => {
    const page = await served.browser.newPage();
    await openApp(page, served.server.appUrl, '#/tasks?region=%E6%B1%95%E5%B0%BE%E5%B8%82&asof=2026-11-30');
    const count = await taskCount(page);
    expect(count).toBeGreaterThan(10);
    const full = await download(page, '[data-testid="export-csv"]');
    expect(full.name).toBe('督办-任务清单-汕尾市-2026-11-30.csv');
    const header = Papa.parse<string[]>(full.bytes.toString('utf8').slice(1), { newline: '\r\n' }).data[0];
    expect(header?.slice(0, 9)).toEqual(['地区', '序号', '领域', '任务名称', '任务', '牵头单位', '责任单位', '配合单位', '完成时限']);
    const file = await download(page, '[data-testid="export-csv-template"]');
    const path = join(RESULTS, file.name);
    writeFileSync(path, file.bytes);
    await page.setInputFiles('[data-testid="import-input"]', path);
    const outcome = await page.waitForSelector('[data-import-status="ok"], [data-import-status="failed"]');
    expect(await outcome.getAttribute('data-import-status')).toBe('ok');
    const id = await outcome.getAttribute('data-dataset');
    expect(await outcome.textContent()).toContain(`${count}`);
    expect(id).toMatch(/^[a-z0-9-]+$/);
    await page.close();
  });

  it('the task dialog shows the task’s lines in its source document, highlighted; 查看原文 shows the whole document', async () => {
    const page = await served.browser.newPage();
    await openApp(page, served.server.appUrl, '#/tasks?task=gangkou-2021%2F3');
    await page.waitForSelector('[data-testid="source-lines"] mark');
    const text = (await page.textContent('.detail-text')) ?? '';
    const marked = (await page.$$eval('[data-testid="source-lines"] mark', (ms) => ms.map((m) => m.textContent ?? '').join(''))).replace(/\s/g, '');
    expect(marked).toContain(text.replace(/\s/g, '').slice(0, 20));
    expect(await page.textContent('[data-testid="source-panel"]')).toContain('港口镇');
    const before = await page.$$eval('[data-testid="source-lines"] li', (lis) => lis.length);
    await page.click('[data-testid="source-whole"]');
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="source-lines"] li').length > n, before);
    await screenshot(page, 'task-dialog-source');
    await page.close();
  });
});
