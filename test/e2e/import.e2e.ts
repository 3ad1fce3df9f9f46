import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../src/model/schema.ts';
import { ROOT, openApp, screenshot, taskCount, useServedSite } from './harness.ts';

const SEED = join(ROOT, 'seeds/000_55f74f2804de3fe7.txt');
const UPLOADS = join(ROOT, 'test/fixtures/upload');

const served = useServedSite();
let page: Page;

beforeAll(async () => {
  page = await served.browser.newPage();
});

/** Chooses `file` with the import panel's file picker and waits for the outcome; returns the new dataset id (null when refused). */
async function importFile(file: string): Promise<string | null> {
  await page.setInputFiles('[data-testid="import-input"]', file);
  const outcome = await page.waitForSelector('.import-panel [data-import-status="ok"], .import-panel [data-import-status="failed"]');
  await page.waitForFunction(
    (name) => document.querySelector('.import-panel [data-import-status]')?.textContent?.includes(name),
    file.split('/').pop() ?? file,
  );
  return (await outcome.getAttribute('data-import-status')) === 'ok' ? await outcome.getAttribute('data-dataset') : null;
}

describe('bringing a document in from the browser', () => {
  let seedId: string | null = null;
  let csvId: string | null = null;

  it('a .txt seed chosen with the file picker becomes an extra dataset, on every view', async () => {
    await openApp(page, served.server.appUrl, '#/tasks');
    const published = await taskCount(page);
    await openApp(page, served.server.appUrl, '#/quality');
    seedId = await importFile(SEED);
    expect(seedId).toMatch(/^[a-z0-9-]+$/);
    await page.waitForSelector(`.quality-dataset[data-dataset="${seedId}"]`);
    expect(await page.$(`.upload[data-upload="${seedId}"]`)).not.toBeNull();
    await page.click('a[data-tab="tasks"]');
    await page.waitForFunction((n) => Number(document.querySelector('[data-testid="task-count"]')?.getAttribute('data-count')) > n, published);
    // the table is virtualised in document order, so the imported tasks are found through the search box
    await page.fill('.filter-search input', '电子政务外网');
    await page.waitForFunction((id) => document.querySelector(`[data-task-id^="${id}/"]`) !== null, seedId);
  });

  it('a GBK-encoded CSV (what Chinese Excel writes) is decoded without asking and read as the template', async () => {
    await page.click('a[data-tab="quality"]');
    csvId = await importFile(join(UPLOADS, 'template-gbk.csv'));
    expect(csvId).not.toBeNull();
    expect(await page.textContent('.import-panel [data-import-status="ok"]')).toContain('gb18030');
    const article = (await page.textContent(`.quality-dataset[data-dataset="${csvId}"]`)) ?? '';
    expect(article).toContain('template-gbk');
  });

  it('a CSV with unreadable rows: each listed by line on the quality view, the readable rows kept', async () => {
    const id = await importFile(join(UPLOADS, 'hostile.csv'));
    expect(id).not.toBeNull();
    expect(await page.textContent('.import-panel [data-import-status="ok"]')).toMatch(/行无法读取/);
    const warnings = (await page.textContent(`.quality-dataset[data-dataset="${id}"]`)) ?? '';
    expect(warnings).toContain('malformed-row');
    expect(warnings).toMatch(/第 3 行/);
    expect(warnings).toMatch(/第 4 行/);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await page.click(`.upload[data-upload="${id}"] [data-action="remove"]`);
    await page.waitForSelector(`.upload[data-upload="${id}"]`, { state: 'detached' });
  });

  it('a file dropped anywhere on the window is imported too; a binary file is refused with a message', async () => {
    await openApp(page, served.server.appUrl, '#/overview');
    const csv = [...readFileSync(join(UPLOADS, 'template-zh.csv'))];
    const drop = (name: string, bytes: number[]) =>
      page.evaluate(
        ([n, b]) => {
          const transfer = new DataTransfer();
          transfer.items.add(new File([new Uint8Array(b as number[])], n as string));
          for (const type of ['dragenter', 'dragover', 'drop']) {
            document.body.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
          }
        },
        [name, bytes] as const,
      );
    await drop('template-zh.csv', csv);
    const notice = await page.waitForSelector('[data-testid="import-notice"] [data-import-status="ok"]');
    const droppedId = await notice.getAttribute('data-dataset');
    await drop('workbook.xlsx', [0x50, 0x4b, 0x03, 0x04, 0, 0]);
    const refused = await page.waitForSelector('[data-testid="import-notice"] [data-import-status="failed"]');
    expect(await refused.textContent()).toContain('workbook.xlsx');
    await screenshot(page, 'import-refused-notice');
    await openApp(page, served.server.appUrl, '#/quality');
    await page.click(`.upload[data-upload="${droppedId}"] [data-action="remove"]`);
    await page.waitForSelector(`.upload[data-upload="${droppedId}"]`, { state: 'detached' });
  });

  it('imports are kept across a reload, and the downloaded dataset JSON passes the schema', async () => {
    await page.reload();
    await page.waitForSelector(`.upload[data-upload="${seedId}"]`);
    await page.waitForSelector(`.upload[data-upload="${csvId}"]`);
    await page.waitForSelector(`.quality-dataset[data-dataset="${csvId}"]`);
    await screenshot(page, 'import-quality');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`.upload[data-upload="${csvId}"] [data-action="download"]`)]);
    expect(download.suggestedFilename()).toBe(`${csvId}.json`);
    const dataset = DatasetSchema.parse(JSON.parse(readFileSync(await download.path(), 'utf8')));
    expect(dataset.id).toBe(csvId);
    expect(dataset.tasks.length).toBeGreaterThan(0);
  });

  it('remove drops the dataset from every view, also after a reload', async () => {
    await page.click('a[data-tab="tasks"]');
    const withSeed = await taskCount(page);
    await page.click('a[data-tab="quality"]');
    await page.click(`.upload[data-upload="${seedId}"] [data-action="remove"]`);
    await page.waitForSelector(`.quality-dataset[data-dataset="${seedId}"]`, { state: 'detached' });
    await page.reload();
    await page.waitForSelector(`.upload[data-upload="${csvId}"]`);
    expect(await page.$(`.upload[data-upload="${seedId}"]`)).toBeNull();
    await page.click('a[data-tab="tasks"]');
    expect(await taskCount(page)).toBeLessThan(withSeed);
  });

  it('logs no console error', () => {
    expect(served.browser.errors.filter((e) => !/Content Security Policy directive 'style-src/.test(e))).toEqual([]);
  });
});
