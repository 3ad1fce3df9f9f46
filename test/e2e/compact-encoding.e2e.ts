import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { convertDataToArrow, holdTextsFiles, openApp, screenshot, taskCount, useServedSite } from './harness.ts';

const json = useServedSite();
const arrow = useServedSite(convertDataToArrow);

/** What a person reads on the overview (the key figures) and in the task table (the count, all and after a text search). */
async function figuresOf(page: Page, appUrl: string, search: string): Promise<{ figures: string; tasks: number; found: number; quality: string }> {
  await openApp(page, appUrl, '#/overview');
  await page.waitForSelector('[data-testid="key-figures"] .figure-value');
  await page.waitForSelector('.chart canvas');
  const figures = (await page.textContent('[data-testid="key-figures"]')) ?? '';
  await openApp(page, appUrl, '#/tasks');
  // the texts side files come after the first charts; until then search cannot see them
  await page.waitForSelector('[data-testid="texts-loading"]', { state: 'detached' });
  const tasks = await taskCount(page);
  await openApp(page, appUrl, `#/tasks?q=${encodeURIComponent(search)}`);
  await page.waitForFunction((all) => Number(document.querySelector('[data-testid="task-count"]')?.getAttribute('data-count')) < all, tasks);
  const found = await taskCount(page);
  await openApp(page, appUrl, '#/quality');
  await page.waitForSelector('.quality-dataset');
  const quality = (await page.textContent('main')) ?? '';
  return { figures, tasks, found, quality };
}

describe('the bundled data in the compact (Arrow) encoding', () => {
  it('shows the same key figures, task counts, text-search hits and quality page as the JSON it was converted from', async () => {
    const search = '政务服务'; // in task texts, not only titles: the texts side file must have arrived
    const jsonPage = await json.browser.newPage();
    const fromJson = await figuresOf(jsonPage, json.server.appUrl, search);
    await jsonPage.close();
    const arrowPage = await arrow.browser.newPage();
    const fromArrow = await figuresOf(arrowPage, arrow.server.appUrl, search);
    await openApp(arrowPage, arrow.server.appUrl, '#/overview');
    await arrowPage.waitForSelector('.chart canvas');
    await screenshot(arrowPage, 'compact-encoding-overview');
    await arrowPage.close();

    expect(fromJson.tasks).toBeGreaterThan(100);
    expect(fromArrow).toEqual(fromJson);
    const asked = arrow.browser.requests.filter((url) => url.includes('/data/'));
    expect(asked.some((url) => url.endsWith('.texts.arrow'))).toBe(true);
    expect(asked.filter((url) => /\/data\/[^/]+\.json$/.test(url) && !/manifest|unit-aliases|progress-/.test(url))).toEqual([]);
    expect(arrow.browser.errors).toEqual([]);
  });

  it('until the texts side files arrive, the page says search and the task table are incomplete, rows say their text is loading and CSV export waits; then all is filled', async () => {
    const page = await arrow.browser.newPage();
    const { release, stop } = await holdTextsFiles(page);
    await openApp(page, arrow.server.appUrl, '#/tasks?lang=en');
    const notice = await page.waitForSelector('[data-testid="texts-loading"]');
    expect(await notice.textContent()).toContain('Loading task texts');
    await page.waitForSelector('[data-task-id]');
    // each row says its title is on the way rather than showing an empty link, and no CSV is written with empty texts
    const firstLink = await page.textContent('[data-task-id] .task-link');
    expect(firstLink).toBe('Loading text…');
    expect(await page.isDisabled('[data-testid="export-csv"]')).toBe(true);
    expect(await page.isDisabled('[data-testid="export-progress-form"]')).toBe(true);
    await screenshot(page, 'compact-encoding-texts-loading');
    release();
    await page.waitForSelector('[data-testid="texts-loading"]', { state: 'detached' });
    await page.waitForSelector('[data-text-pending]', { state: 'detached' });
    expect((await page.textContent('[data-task-id] .task-link'))?.trim()).not.toBe('');
    expect(await page.isDisabled('[data-testid="export-csv"]')).toBe(false);
    expect(await page.isDisabled('[data-testid="export-progress-form"]')).toBe(false);
    await stop();
    await page.close();
  });
});
