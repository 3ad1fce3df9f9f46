import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { clickColour, openApp, screenshot, SUB_PATH, taskCount, useServedSite } from './harness.ts';

const VIEWS = ['overview', 'timeline', 'workload', 'targets', 'tasks', 'quality'] as const;
const CHART_VIEWS = new Set(['overview', 'timeline', 'workload', 'targets']);
const LEAD_BLUE: [number, number, number] = [0x00, 0x72, 0xb2];

const served = useServedSite();

describe('dashboard in Chromium, served under a sub-path', () => {
  it.each(VIEWS)('#/%s draws without an error boundary (screenshot in test-results/)', async (view) => {
    const page = await served.browser.newPage();
    await openApp(page, served.server.appUrl, `#/${view}`);
    expect(await page.getAttribute('main', 'data-view')).toBe(view);
    expect(await page.getAttribute(`a[data-tab="${view}"]`, 'aria-current')).toBe('page');
    if (CHART_VIEWS.has(view)) await page.waitForSelector('.chart canvas, .chart svg', { timeout: 10_000 });
    if (view === 'tasks') await page.waitForSelector('[data-task-id]');
    if (view === 'quality') await page.waitForSelector('.quality-dataset');
    await page.waitForTimeout(800); // let ECharts finish its entry animation before the screenshot
    expect(await page.$$('[data-error-boundary]')).toEqual([]);
    await screenshot(page, `view-${view}`);
    await page.close();
  });

  it('#/overview?lang=en shows the English interface and page title', async () => {
    const page = await served.browser.newPage();
    await openApp(page, served.server.appUrl, '#/overview?lang=en');
    expect(await page.textContent('a[data-tab="tasks"]')).toBe('Tasks');
    expect(await page.title()).toBe('Duban · Reform task dashboard');
    await page.waitForSelector('.chart canvas');
    await page.waitForTimeout(800);
    await screenshot(page, 'view-overview-en');
    await page.close();
  });

  it('clicking a workload bar sets unit + role in the hash and narrows the tasks table', async () => {
    const page = await served.browser.newPage();
    await openApp(page, served.server.appUrl, '#/tasks');
    const total = await taskCount(page);
    await page.click('a[data-tab="workload"]');
    await page.waitForSelector('.workload-view .chart canvas');
    await page.waitForTimeout(1000);
    // the legend's swatches sit in the top 40 px (workload-bar grid.top); the first bar below is the busiest unit
    expect(await clickColour(page, '.workload-view .chart canvas', LEAD_BLUE, 40)).toBe(true);
    await page.waitForFunction(() => location.hash.includes('unit=') && location.hash.includes('role=lead'));
    await page.click('a[data-tab="tasks"]');
    await page.waitForFunction(() => location.hash.startsWith('#/tasks?'));
    const narrowed = await taskCount(page);
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(total);
    await screenshot(page, 'tasks-after-workload-click');
    await page.close();
  });

  it('reload keeps the view and the filters', async () => {
    const page = await served.browser.newPage();
    await openApp(page, served.server.appUrl, '#/tasks?status=ongoing');
    const count = await taskCount(page);
    await page.reload();
    await page.waitForSelector('main[data-view="tasks"]');
    expect(await taskCount(page)).toBe(count);
    expect(await page.$('[data-chip="status:ongoing"]')).not.toBeNull();
    expect(await page.evaluate(() => location.hash)).toBe('#/tasks?status=ongoing');
    await page.close();
  });

  it('a status filter adds a history entry; Back undoes it', async () => {
    const page = await served.browser.newPage();
    await openApp(page, served.server.appUrl, '#/tasks');
    const total = await taskCount(page);
    await page.click('button[data-status="ongoing"]');
    await page.waitForFunction(() => location.hash === '#/tasks?status=ongoing');
    expect(await taskCount(page)).toBeLessThan(total);
    await page.goBack();
    await page.waitForFunction(() => location.hash === '#/tasks');
    await page.waitForFunction((n) => document.querySelector('[data-testid="task-count"]')?.getAttribute('data-count') === String(n), total);
    expect(await page.$('[data-chip="status:ongoing"]')).toBeNull();
    await page.close();
  });

  it('a removed chip drops just that filter', async () => {
    const page = await served.browser.newPage();
    await openApp(page, served.server.appUrl, '#/tasks?status=ongoing,overdue');
    await page.click('[data-chip="status:ongoing"] button');
    await page.waitForFunction(() => location.hash === '#/tasks?status=passed');
    await page.close();
  });

  it('the task dialog opens from the table and shows the source line', async () => {
    const page = await served.browser.newPage();
    await openApp(page, served.server.appUrl, '#/tasks');
    await page.click('[data-task-id] .task-link');
    const dialog = await page.waitForSelector('[data-testid="task-detail"]');
    expect(await dialog.textContent()).toMatch(/seeds\/.+:\d+/);
    await screenshot(page, 'task-detail');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="task-detail"]', { state: 'detached' });
    await page.close();
  });

  it('CSV export holds exactly the filtered rows, UTF-8 with a BOM', async () => {
    const page = await served.browser.newPage();
    await openApp(page, served.server.appUrl, '#/tasks?status=passed');
    const count = await taskCount(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-csv"]')]);
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const records = Papa.parse<string[]>(text.slice(1), { newline: '\r\n', skipEmptyLines: true }).data;
    expect(records.length).toBe(count + 1);
    await page.close();
  });

  it('no request leaves the app folder and no console error occurred', () => {
    const prefix = new URL(served.server.appUrl).origin + SUB_PATH;
    expect(served.browser.requests.length).toBeGreaterThan(0);
    expect(served.browser.requests.filter((url) => !url.startsWith(prefix) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
    expect(served.server.outside).toEqual([]);
    expect(served.browser.errors).toEqual([]);
  });
});
