import { describe, expect, it } from 'vitest';
import { openApp, screenshot, taskCount, useServedSite, writeLargeDatasets } from './harness.ts';

const TOTAL = 200_000;
const served = useServedSite((dataDir) => writeLargeDatasets(dataDir, 4, TOTAL / 4));

describe('200,000 tasks', () => {
  it('the tasks table keeps only a window of rows in the DOM and draws the last row when scrolled to the end', async () => {
    const page = await served.browser.newPage();
    await openApp(page, served.server.appUrl, '#/tasks');
    await page.waitForFunction((n) => document.querySelector('[data-testid="task-count"]')?.getAttribute('data-count') === String(n), TOTAL, { timeout: 60_000 });
    expect(await taskCount(page)).toBe(TOTAL);
    expect((await page.$$('[data-task-id]')).length).toBeLessThan(60);
    // the last row is drawn once the table is scrolled to its end (a condition, not a time: the machine may be busy)
    await page.evaluate(() => {
      const scroller = document.querySelector('[data-testid="task-scroll"]')!;
      scroller.scrollTop = scroller.scrollHeight;
    });
    await page.waitForSelector('[data-task-id="large-4/50000"]', { timeout: 30_000 });
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
