import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocx, buildXlsx } from '../ingest/sources/table-fixtures.ts';
import { seedDataset, seedTable } from '../ingest/table/seed-table.ts';
import type { Browser, StaticServer } from './harness.ts';
import { launchBrowser, openApp, prepareSite, screenshot, startServer } from './harness.ts';

/**
 * A Word and an Excel rendition of a seed's task table, imported with the file picker in real
 * Chromium: the adapters and their libraries (fflate + saxes, exceljs) load as lazy chunks of
 * the built app and give the seed's tasks.
 */
let site: string;
let files: string;
let server: StaticServer;
let browser: Browser;
let page: Page;

const seed = seedDataset('gangkou-2021');

beforeAll(async () => {
  site = prepareSite();
  files = mkdtempSync(join(tmpdir(), 'duban-tables-'));
  const table = seedTable(seed);
  writeFileSync(join(files, '港口镇任务分解表.docx'), buildDocx(['附件', seed.title], [table]));
  writeFileSync(join(files, '港口镇任务分解表.xlsx'), await buildXlsx(seed.title, table));
  server = await startServer(site);
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.setViewportSize({ width: 1920, height: 1080 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  for (const dir of [site, files]) if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Chooses a file with the picker and waits until its outcome (imported or refused) is shown. */
async function importFile(name: string): Promise<{ id: string | null; text: string }> {
  await page.setInputFiles('[data-testid="import-input"]', join(files, name));
  const done = '.import-panel [data-import-status="ok"], .import-panel [data-import-status="failed"]';
  await page.waitForFunction(
    ([selector, n]) => [...document.querySelectorAll(selector as string)].some((e) => e.textContent?.includes(n as string)),
    [done, name] as const,
  );
  const outcome = await page.evaluateHandle(
    ([selector, n]) => [...document.querySelectorAll(selector as string)].find((e) => e.textContent?.includes(n as string)) ?? null,
    [done, name] as const,
  );
  const element = outcome.asElement();
  const ok = (await element?.getAttribute('data-import-status')) === 'ok';
  return { id: ok ? ((await element?.getAttribute('data-dataset')) ?? null) : null, text: (await element?.textContent()) ?? '' };
}

describe('importing Word and Excel task tables in the browser', () => {
  it.each(['港口镇任务分解表.docx', '港口镇任务分解表.xlsx'])('%s → a dataset with the seed’s tasks', async (name) => {
    await openApp(page, server.appUrl, '#/quality');
    const { id, text } = await importFile(name);
    expect(id, text).not.toBeNull();
    expect(text).toContain(`${seed.tasks.length} 项任务`);
    await page.waitForSelector(`.quality-dataset[data-dataset="${id}"]`);
    await page.click('a[data-tab="tasks"]');
    await page.fill('.filter-search input', '拓展电子印章应用场景');
    await page.waitForFunction((i) => document.querySelector(`[data-task-id^="${i}/"]`) !== null, id);
    await screenshot(page, `import-${name.endsWith('.docx') ? 'docx' : 'xlsx'}-tasks`);
    await page.fill('.filter-search input', '');
  });

  it('logs no console error', () => {
    expect(browser.errors.filter((e) => !/Content Security Policy directive 'style-src/.test(e))).toEqual([]);
  });
});
