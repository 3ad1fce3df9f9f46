import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, ROOT, screenshot, useServedSite } from './harness.ts';

const served = useServedSite();

// Where a page shows text as the documents printed it (regions, units, tasks, sections, deadlines, indicators, quoted
// document text), or a summary of such text; every other text node is interface and must be English in English mode.
const DATA = [
  '.task-row:not(.task-head) .cell', '.chips', '[data-testid="chart-summary"]', '.chart-data-table td', '.chart-data-table th[scope="row"]', '.chart-data-table thead th:not(:first-child)',
  '.dialog', '.quality-dataset h3', '.quality-view td', '.warning-group li', '.failure code',
  '.wall-alert-title', '.wall-alert-meta', '.wall-focus-name', '.wall-focus-line', '.wall-rank-name', '.wall-tile-name',
  '.import-panel li .upload-name', 'code', '[lang="zh-CN"]', 'select', 'datalist',
].join(', ');

/** Text nodes with Chinese outside data, after dropping “quoted” document text, each with where it sits. */
async function chineseInterfaceText(page: Page): Promise<string[]> {
  return page.evaluate((data) => {
    const cjk = /[\u4e00-\u9fff]/;
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (el === null || el.closest(data) !== null) continue;
      const text = (node.textContent ?? '').replace(/“[^”]*”/g, '');
      if (!cjk.test(text)) continue;
      const where = [el, el.parentElement].filter((e): e is HTMLElement => e !== null).map((e) => `${e.tagName.toLowerCase()}.${(e.getAttribute('class') ?? '').split(' ').join('.')}`).join(' < ');
      found.push(`${where}: ${text.trim().slice(0, 60)}`);
    }
    // attributes a person reads (tooltips, accessible names, placeholders)
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if (el.closest(data) !== null || el.hasAttribute('data-task-id')) continue;
      for (const attr of ['aria-label', 'title', 'placeholder']) {
        const value = (el.getAttribute(attr) ?? '').replace(/“[^”]*”/g, '');
        if (cjk.test(value)) found.push(`${el.tagName.toLowerCase()}[${attr}]: ${value.slice(0, 60)}`);
      }
    }
    return found;
  }, DATA);
}

const VIEWS = ['overview', 'timeline', 'workload', 'targets', 'tasks', 'quality', 'supervise', 'screen'] as const;

describe('English sweep: every text node outside data is English', () => {
  it.each(VIEWS)('#/%s?lang=en', async (view) => {
    const page = await served.browser.newPage();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openApp(page, served.server.appUrl, `#/${view}?lang=en${view === 'screen' ? '&rotate=0' : ''}`);
    if (view === 'screen') await page.waitForSelector('[data-testid="wall"] [data-testid="wall-counters"]', { timeout: 45_000 });
    else if (['overview', 'timeline', 'workload', 'targets'].includes(view)) await page.waitForSelector('[_echarts_instance_]');
    else if (view === 'tasks') await page.waitForSelector('.task-row[data-task-id]');
    // open every chart's data table too: its headers are interface
    for (const button of await page.$$('[data-testid="show-table"][aria-expanded="false"]')) await button.click();
    // the language switch names Chinese in Chinese, on purpose
    expect((await chineseInterfaceText(page)).filter((s) => !s.endsWith(': 中文') && !s.includes('[aria-label]: 中文'))).toEqual([]);
    await page.close();
  });

  it('import in English: the outcome lines (imported, refused) and the import panel', async () => {
    const page = await served.browser.newPage();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openApp(page, served.server.appUrl, '#/quality?lang=en');
    const dir = mkdtempSync(join(tmpdir(), 'duban-en-import-'));
    await page.setInputFiles('[data-testid="import-input"]', join(ROOT, 'test/fixtures/upload/template-en.csv'));
    await page.waitForSelector('[data-import-status="ok"]');
    writeFileSync(join(dir, 'empty.csv'), '\n');
    await page.setInputFiles('[data-testid="import-input"]', join(dir, 'empty.csv'));
    const failed = await page.waitForSelector('[data-import-status="failed"]');
    expect(await failed.textContent()).toMatch(/^Could not import: empty\.csv: [a-z]/);
    expect((await chineseInterfaceText(page)).filter((s) => !s.endsWith(': 中文') && !s.includes('[aria-label]: 中文'))).toEqual([]);
    await screenshot(page, 'english-import');
    await page.close();
  });
});
