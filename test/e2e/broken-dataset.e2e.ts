import { describe, expect, it } from 'vitest';
import { injectBrokenDatasets, openApp, screenshot, taskCount, useServedSite } from './harness.ts';

const served = useServedSite(injectBrokenDatasets);

describe('a broken and a missing dataset', () => {
  it('are named in the notice and on #/quality with the field path, while the other datasets show', async () => {
    const page = await served.browser.newPage();
    await openApp(page, served.server.appUrl, '#/quality');
    const notice = await page.waitForSelector('[data-testid="failure-notice"]');
    expect(await notice.textContent()).toContain('broken-2022.json');
    expect(await notice.textContent()).toContain('gone-2020.json');
    const broken = await page.textContent('.failure[data-file="broken-2022.json"]');
    expect(broken).toContain('tasks.1.deadline.due: invalid date');
    const gone = await page.textContent('.failure[data-file="gone-2020.json"]');
    expect(gone).toContain('404');
    expect((await page.$$('.quality-dataset')).length).toBeGreaterThan(0);
    await screenshot(page, 'quality-broken');
    await page.click('a[data-tab="tasks"]');
    expect(await taskCount(page)).toBeGreaterThan(0);
    expect(await page.$('[data-testid="failure-notice"]')).not.toBeNull();
    await page.close();
  });

  it('cause no console error apart from the browser reporting the 404', () => {
    expect(served.browser.errors.filter((e) => !/Failed to load resource.*404/.test(e))).toEqual([]);
  });
});
