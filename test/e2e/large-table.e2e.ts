import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, StaticServer } from './harness.ts';
import { launchBrowser, openApp, prepareSite, screenshot, startServer, taskCount, writeLargeDatasets } from './harness.ts';

const TOTAL = 200_000;
let site: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  site = prepareSite((dataDir) => writeLargeDatasets(dataDir, 4, TOTAL / 4));
  server = await startServer(site);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

describe('200,000 tasks', () => {
  it('the tasks table keeps only a window of rows in the DOM and scrolls to the end quickly', async () => {
    const page = await browser.newPage();
    await openApp(page, server.appUrl, '#/tasks');
    await page.waitForFunction((n) => document.querySelector('[data-testid="task-count"]')?.getAttribute('data-count') === String(n), TOTAL, { timeout: 60_000 });
    expect(await taskCount(page)).toBe(TOTAL);
    expect((await page.$$('[data-task-id]')).length).toBeLessThan(60);
    const elapsed = await page.evaluate(async () => {
      const scroller = document.querySelector('[data-testid="task-scroll"]')!;
      const start = performance.now();
      scroller.scrollTop = scroller.scrollHeight;
      while (!document.querySelector('[data-task-id="large-4/50000"]')) {
        await new Promise((r) => requestAnimationFrame(r));
        if (performance.now() - start > 5000) break;
      }
      return performance.now() - start;
    });
    expect(elapsed).toBeLessThan(1000);
    expect((await page.$$('[data-task-id]')).length).toBeLessThan(60);
    await screenshot(page, 'tasks-200k-bottom');
    await page.close();
  });

  it('the overview and timeline draw at this size without an error boundary', async () => {
    const page = await browser.newPage();
    for (const view of ['overview', 'timeline', 'workload']) {
      await openApp(page, server.appUrl, `#/${view}`);
      await page.waitForSelector('.chart canvas', { timeout: 60_000 });
      expect(await page.$$('[data-error-boundary]')).toEqual([]);
    }
    await screenshot(page, 'workload-200k');
    await page.close();
  });

  it('no console error at this size', () => {
    expect(browser.errors).toEqual([]);
  });
});
