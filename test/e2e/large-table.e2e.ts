import { describe, expect, it } from 'vitest';
import { openApp, screenshot, taskCount, useServedSite, writeLargeDatasets } from './harness.ts';

const TOTAL = 200_000;
const served = useServedSite((dataDir) => writeLargeDatasets(dataDir, 4, TOTAL / 4));

describe('200,000 tasks', () => {
  it('the tasks table keeps only a window of rows in the DOM and scrolls to the end quickly', async () => {
    const page = await served.browser.newPage();
    await openApp(page, served.server.appUrl, '#/tasks');
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
    const page = await served.browser.newPage();
    for (const view of ['overview', 'timeline', 'workload']) {
      await openApp(page, served.server.appUrl, `#/${view}`);
      await page.waitForSelector('.chart canvas', { timeout: 60_000 });
      expect(await page.$$('[data-error-boundary]')).toEqual([]);
    }
    await screenshot(page, 'workload-200k');
    await page.close();
  });

  it('no console error at this size', () => {
    expect(served.browser.errors).toEqual([]);
  });
});
