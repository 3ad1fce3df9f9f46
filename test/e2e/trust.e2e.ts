import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp, taskCount, useServedSite } from './harness.ts';

/** A hand-made copy of 湛江's dataset under a new id and region whose task ids still read zhanjiang-2021/… (issue 10, point 8). */
function addHandCopiedDataset(dataDir: string): void {
  const manifestFile = join(dataDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { datasets: { id: string; file: string; region: string }[] };
  const source = manifest.datasets.find((entry) => entry.id === 'zhanjiang-2021') ?? manifest.datasets[0]!;
  const dataset = JSON.parse(readFileSync(join(dataDir, source.file), 'utf8')) as { id: string; region: string };
  writeFileSync(join(dataDir, 'copy-2024.json'), JSON.stringify({ ...dataset, id: 'copy-2024', region: '复制市' }));
  manifest.datasets.push({ ...source, id: 'copy-2024', file: 'copy-2024.json', region: '复制市' });
  writeFileSync(manifestFile, JSON.stringify(manifest));
}

const served = useServedSite(addHandCopiedDataset);

describe('numbers a leader can trust (issue 10)', () => {
  it('a unit is its name within its region: the unit filter offers 汕尾市\'s and 东莞市\'s bureau apart, an old plain-name link matches both', async () => {
    const page = await served.browser.newPage();
    await openApp(page, served.server.appUrl, '#/tasks?unit=%E6%B1%95%E5%B0%BE%E5%B8%82%2F%E5%B8%82%E6%94%BF%E5%8A%A1%E6%9C%8D%E5%8A%A1%E6%95%B0%E6%8D%AE%E7%AE%A1%E7%90%86%E5%B1%80');
    const shanwei = await taskCount(page);
    await openApp(page, served.server.appUrl, '#/tasks?unit=%E5%B8%82%E6%94%BF%E5%8A%A1%E6%9C%8D%E5%8A%A1%E6%95%B0%E6%8D%AE%E7%AE%A1%E7%90%86%E5%B1%80');
    await page.waitForFunction((n) => Number(document.querySelector('[data-testid="task-count"]')?.getAttribute('data-count')) > n, shanwei);
    const everywhere = await taskCount(page);
    expect(shanwei).toBeGreaterThan(0);
    expect(everywhere).toBeGreaterThan(shanwei);
    // the suggestions are listed once the box is used
    await page.focus('[data-filter="unit"]');
    await page.waitForSelector('datalist option', { state: 'attached' });
    const units = await page.$$eval('datalist option', (options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(units).toContain('汕尾市/市政务服务数据管理局');
    expect(units).toContain('东莞市/市政务服务数据管理局');
    await page.close();
  });

  it('the workload view names the active filters in its titles: "期限已过的任务 · 汕尾市"', async () => {
    const page = await served.browser.newPage();
    await openApp(page, served.server.appUrl, '#/workload?status=passed&region=%E6%B1%95%E5%B0%BE%E5%B8%82');
    const title = await page.waitForSelector('h2[data-title="workload.bars"]');
    expect(await title.textContent()).toBe('各单位任务量（按角色） · 期限已过的任务 · 汕尾市');
    await page.close();
  });

  it('an old status=overdue link opens the 期限已过 filter (status=passed)', async () => {
    const page = await served.browser.newPage();
    await openApp(page, served.server.appUrl, '#/tasks?status=overdue');
    await page.waitForSelector('[data-chip="status:passed"]');
    expect(await page.textContent('[data-chip="status:passed"]')).toContain('期限已过');
    await page.close();
  });

  it('the timeline\'s zoom window is kept in the URL: a link with zoom= opens on it and keeps it', async () => {
    const page = await served.browser.newPage();
    await openApp(page, served.server.appUrl, '#/timeline?zoom=2022-01-01..2023-06-30');
    await page.waitForSelector('.gantt .chart canvas');
    await page.waitForTimeout(1000); // a zoom event would rewrite the hash within the debounce; none must
    expect(await page.evaluate(() => location.hash)).toBe('#/timeline?zoom=2022-01-01..2023-06-30');
    await page.close();
  });

  it('the Gantt has a legend for its status colours', async () => {
    const page = await served.browser.newPage();
    // one row per task (rows=items): by default the bundled datasets' lanes are drawn as monthly counts
    await openApp(page, served.server.appUrl, '#/timeline?rows=items');
    const legend = await page.waitForSelector('[data-legend="gantt"]');
    expect(await legend.$$eval('li[data-status]', (items) => items.map((li) => li.getAttribute('data-status')))).toEqual(['passed', 'due90', 'later', 'ongoing', 'yearUnknown']);
    await page.close();
  });

  it('a hand-added dataset with foreign task ids is shown under its own id and reported on the dashboard', async () => {
    const page = await served.browser.newPage();
    await openApp(page, served.server.appUrl, '#/tasks?region=%E5%A4%8D%E5%88%B6%E5%B8%82');
    const notice = await page.waitForSelector('[data-testid="problem-notice"]');
    expect(await notice.textContent()).toContain('copy-2024.json');
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="task-count"]')?.getAttribute('data-count')) > 0);
    expect(await taskCount(page)).toBeGreaterThan(0);
    await openApp(page, served.server.appUrl, '#/quality');
    await page.waitForSelector('[data-testid="notices"]');
    expect(await page.textContent('[data-testid="notices"]')).toContain('zhanjiang-2021/1 → copy-2024/1');
    await page.close();
  });

  it('the data-quality view lists the alias table and what it merged', async () => {
    const page = await served.browser.newPage();
    await openApp(page, served.server.appUrl, '#/quality');
    const report = await page.waitForSelector('[data-testid="unit-aliases"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="unit-aliases"]')?.textContent?.includes('市府办'));
    expect(await report.textContent()).toContain('市政府办公室');
    await page.close();
  });
});
