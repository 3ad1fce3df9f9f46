import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, RESULTS, taskCount, useServedSite } from './harness.ts';

const served = useServedSite();
mkdirSync(RESULTS, { recursive: true });

async function download(page: Page, selector: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

/** The rows of a CSV export (BOM dropped), header first. */
const rowsOf = (text: string): string[][] => Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { newline: '\r\n', skipEmptyLines: true }).data;

describe('the full task CSV (task id, normalised deadline, indicators, source) comes back as the same tasks', () => {
  it.each(['zh', 'en'] as const)('lang=%s: export (full) → import → each exported task is listed twice as often, as printed', async (lang) => {
    const page = await served.browser.newPage();
    const hash = `#/tasks?lang=${lang}&region=%E6%B1%95%E5%B0%BE%E5%B8%82&asof=2026-11-30`;
    await openApp(page, served.server.appUrl, hash);
    const count = await taskCount(page);
    expect(count).toBeGreaterThan(10);
    const before = await download(page, '[data-testid="export-csv-template"]');
    const full = await download(page, '[data-testid="export-csv"]');
    expect(rowsOf(full.text)[0]!.length).toBeGreaterThan(9);
    const path = join(RESULTS, `round-trip-${lang}-${full.name}`);
    writeFileSync(path, full.text);
    await page.setInputFiles('[data-testid="import-input"]', path);
    const outcome = await page.waitForSelector('[data-import-status="ok"], [data-import-status="failed"]');
    expect(await outcome.textContent()).not.toMatch(/重复|duplicate|无法识别|unknown column/i);
    expect(await outcome.getAttribute('data-import-status')).toBe('ok');
    // the imported dataset has the same region, so the same filter now lists each task twice
    await page.waitForFunction((n) => Number(document.querySelector('[data-testid="task-count"]')?.getAttribute('data-count')) === 2 * n, count);
    const after = await download(page, '[data-testid="export-csv-template"]');
    const key = (row: string[]) => JSON.stringify(row);
    const twice = new Map<string, number>();
    for (const row of rowsOf(after.text).slice(1)) twice.set(key(row), (twice.get(key(row)) ?? 0) + 1);
    // (imports are kept in the browser, so an earlier test's import may already be listed: compare counts, not 1 → 2)
    const once = new Map<string, number>();
    for (const row of rowsOf(before.text).slice(1)) once.set(key(row), (once.get(key(row)) ?? 0) + 1);
    for (const [row, n] of once) expect(twice.get(row), row.slice(0, 120)).toBe(2 * n);
    await page.close();
  });
});
