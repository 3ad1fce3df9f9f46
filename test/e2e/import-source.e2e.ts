import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, ROOT, screenshot, useServedSite } from './harness.ts';

const served = useServedSite();

/** Imports a file with the picker; returns the new dataset's id. */
async function importFile(page: Page, path: string): Promise<string> {
  await page.setInputFiles('[data-testid="import-input"]', path);
  const outcome = await page.waitForSelector('[data-import-status="ok"], [data-import-status="failed"]');
  expect(await outcome.getAttribute('data-import-status'), (await outcome.textContent()) ?? '').toBe('ok');
  return (await outcome.getAttribute('data-dataset'))!;
}

/** A task of a kept import, read from the browser's own storage (IndexedDB duban/uploads), as the app keeps it. */
async function keptTask(page: Page, datasetId: string, index: number): Promise<{ id: string; line: number; text: string }> {
  return page.evaluate(
    ([id, i]) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('duban');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('uploads', 'readonly').objectStore('uploads').get(id as string);
          get.onsuccess = () => {
            const task = (JSON.parse(get.result as string) as { dataset: { tasks: { id: string; text: string; source: { line: number } }[] } }).dataset.tasks[i as number]!;
            resolve({ id: task.id, line: task.source.line, text: task.text });
          };
          get.onerror = () => reject(get.error);
        };
      }),
    [datasetId, index] as const,
  );
}

describe('an imported dataset keeps its source text: the task dialog shows the task in it', () => {
  it.each([
    ['a text document', join(ROOT, 'seeds/001_6855ae7b1edff54f.txt'), 5],
    ['a CSV template', join(ROOT, 'test/fixtures/upload/template-zh.csv'), 1],
  ])('%s: import → open a task → its lines are highlighted; 查看原文 shows the whole text, also after a reload', async (_what, path, index) => {
    const page = await served.browser.newPage();
    await openApp(page, served.server.appUrl, '#/tasks');
    const id = await importFile(page, path);
    const task = await keptTask(page, id, index);
    for (const reload of [false, true]) {
      await openApp(page, served.server.appUrl, `#/tasks?task=${encodeURIComponent(task.id)}&r=${String(reload)}`);
      if (reload) await page.reload();
      await page.waitForSelector('[data-testid="source-lines"] mark');
      expect(await page.getAttribute('[data-testid="source-lines"] li.source-own', 'data-line')).toBe(String(task.line));
      const marked = (await page.$$eval('[data-testid="source-lines"] mark', (ms) => ms.map((m) => m.textContent ?? '').join(''))).replace(/\s/g, '');
      expect(marked).toContain(task.text.replace(/\s/g, '').slice(0, 12));
    }
    const before = await page.$$eval('[data-testid="source-lines"] li', (lis) => lis.length);
    await page.click('[data-testid="source-whole"]');
    await page.waitForSelector('[data-testid="source-whole"][aria-expanded="true"]');
    // a short CSV already shows whole within the context lines; the long document grows
    const after = await page.$$eval('[data-testid="source-lines"] li', (lis) => lis.length);
    if (path.endsWith('.txt')) expect(after).toBeGreaterThan(before);
    else expect(after).toBeGreaterThanOrEqual(before);
    await screenshot(page, `import-source-${index}`);
    await page.close();
  });
});
