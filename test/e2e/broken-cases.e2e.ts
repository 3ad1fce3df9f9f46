import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, StaticServer } from './harness.ts';
import { injectBrokenDatasets, launchBrowser, openApp, prepareSite, screenshot, startServer, taskCount } from './harness.ts';

type Json = Record<string, unknown> & { id: string; tasks: (Record<string, unknown> & { id: string })[] };

const entry = (id: string, file = `${id}.json`) => ({ id, file, region: '丙市', title: '测试', source: 'seeds/x.txt', taskCount: 3 });

/** Adds to a site's data/ one file of each broken kind (on top of injectBrokenDatasets' schema failure and missing file). */
function injectEveryBrokenKind(dataDir: string): void {
  injectBrokenDatasets(dataDir);
  const manifestFile = join(dataDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { datasets: { id: string; file: string }[] };
  const first = manifest.datasets[0]!;
  const base = JSON.parse(readFileSync(join(dataDir, first.file), 'utf8')) as Json;
  const renamed = (id: string, tasks = base.tasks): Json => ({
    ...base,
    id,
    region: `${id}区`,
    tasks: tasks.map((t, i) => ({ ...t, id: `${id}/${i + 1}` })),
    warnings: [],
  });
  const write = (file: string, value: unknown) => writeFileSync(join(dataDir, file), typeof value === 'string' ? value : JSON.stringify(value));
  write('junk-2020.json', '<html><body>502 Bad Gateway</body></html>');
  write('next-2030.json', { ...renamed('next-2030'), version: 2, milestones: [] });
  write('delta-2020.json', renamed('delta-2020'));
  const dup = renamed('dup-2021', base.tasks.slice(0, 2));
  // the second task repeats the first's id; the third repeats a task of the first published dataset
  dup.tasks = [dup.tasks[0]!, { ...dup.tasks[1]!, id: dup.tasks[0]!.id }, { ...base.tasks[0]!, id: base.tasks[0]!.id }];
  write('dup-2021.json', dup);
  write('empty-2020.json', renamed('empty-2020', []));
  manifest.datasets.push(entry('junk-2020'), entry('next-2030'), entry('gamma-2020', 'delta-2020.json'), entry('dup-2021'), entry('empty-2020'));
  writeFileSync(manifestFile, JSON.stringify(manifest));
}

let browser: Browser;
const sites: string[] = [];
const servers: StaticServer[] = [];

async function serve(mutate: (dataDir: string) => void): Promise<StaticServer> {
  const site = prepareSite(mutate);
  sites.push(site);
  const server = await startServer(site);
  servers.push(server);
  return server;
}

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  for (const server of servers) await server.close();
  for (const site of sites) rmSync(site, { recursive: true, force: true });
});

describe('every kind of broken data file', () => {
  it('each is named with its problem on #/quality and in the notices, while the rest shows', async () => {
    const server = await serve(injectEveryBrokenKind);
    const page = await browser.newPage();
    await openApp(page, server.appUrl, '#/quality');
    await page.waitForSelector('[data-testid="failures"]');
    const kinds = await page.$$eval('[data-testid="failures"] > .failure', (items) => items.map((li) => [li.getAttribute('data-file'), li.getAttribute('data-kind')]));
    expect(kinds).toEqual(
      expect.arrayContaining([
        ['broken-2022.json', 'schema'],
        ['gone-2020.json', 'missing'],
        ['junk-2020.json', 'not-json'],
        ['next-2030.json', 'newer-version'],
      ]),
    );
    expect(await page.textContent('.failure[data-file="next-2030.json"]')).toContain('请更新督办');
    const notices = await page.$$eval('[data-testid="notices"] > .failure', (items) => items.map((li) => [li.getAttribute('data-file'), li.getAttribute('data-kind')]));
    expect(notices).toEqual([
      ['delta-2020.json', 'id-mismatch'],
      // the third task's id belongs to another dataset: it is re-keyed under dup-2021 first, then repeats dup-2021/1
      ['dup-2021.json', 'foreign-task-ids'],
      ['dup-2021.json', 'duplicate-tasks'],
      ['empty-2020.json', 'empty'],
    ]);
    expect(await page.textContent('.failure[data-kind="duplicate-tasks"]')).toMatch(/2 项任务编号重复[\s\S]*tasks\.1 \(line \d+\): id "dup-2021\/1" = tasks\.0/);
    const failureNotice = (await page.textContent('[data-testid="failure-notice"]')) ?? '';
    for (const file of ['broken-2022.json', 'gone-2020.json', 'junk-2020.json', 'next-2030.json']) expect(failureNotice).toContain(file);
    const problemNotice = (await page.textContent('[data-testid="problem-notice"]')) ?? '';
    for (const file of ['delta-2020.json', 'dup-2021.json', 'empty-2020.json']) expect(problemNotice).toContain(file);
    // the empty, the renamed and the de-duplicated datasets are shown
    for (const id of ['delta-2020', 'dup-2021', 'empty-2020']) expect(await page.$(`.quality-dataset[data-dataset="${id}"]`)).not.toBeNull();
    await screenshot(page, 'broken-every-kind-quality');
    await page.click('a[data-tab="tasks"]');
    expect(await taskCount(page)).toBeGreaterThan(0);
    await page.goto(`${server.appUrl}#/tasks?region=dup-2021区`);
    await page.waitForFunction(() => document.querySelector('[data-testid="task-count"]')?.getAttribute('data-count') === '1');
    await page.close();
  });

  it('a missing manifest → a clear message on the page, not a blank one', async () => {
    const server = await serve((dataDir) => rmSync(join(dataDir, 'manifest.json')));
    const page = await browser.newPage();
    await openApp(page, server.appUrl, '#/overview');
    const notice = await page.waitForSelector('[data-testid="manifest-notice"]');
    expect(await notice.textContent()).toContain('未找到数据清单 data/manifest.json（文件不存在（HTTP 404））');
    expect(await page.$('header')).not.toBeNull();
    expect(await page.$$('[data-error-boundary]')).toEqual([]);
    await openApp(page, server.appUrl, '#/quality?lang=en');
    expect(await page.textContent('[data-testid="manifest-notice"]')).toContain('The data list data/manifest.json was not found');
    expect(await page.textContent('.failure[data-file="manifest.json"]')).toContain('File not found (HTTP 404)');
    await screenshot(page, 'broken-missing-manifest');
    await page.close();
  });

  it('a manifest of a newer format version → "please update Duban", nothing half-read', async () => {
    const server = await serve((dataDir) => {
      const file = join(dataDir, 'manifest.json');
      writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), version: 2 }));
    });
    const page = await browser.newPage();
    await openApp(page, server.appUrl, '#/tasks?lang=en');
    expect(await page.textContent('[data-testid="manifest-notice"]')).toContain('newer data format than this Duban reads; please update Duban');
    expect(await taskCount(page)).toBe(0);
    await page.close();
  });

  it('a chart or view that throws → its message and a retry button, the rest of the page usable', async () => {
    const server = await serve(() => {});
    const page = await browser.newPage();
    // Both ECharts' size sensor and the task table create a ResizeObserver while mounting.
    await page.addInitScript(() => {
      (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
        constructor() {
          throw new Error('ResizeObserver broken for the test');
        }
      };
    });
    await openApp(page, server.appUrl, '#/overview');
    // A chart's boundary tries again whenever its option changes while the load settles (progress files, unit aliases)
    // and fails again; in between its box briefly holds the chart. So wait for a boundary showing its message and its
    // button, not for the first sight of one.
    const chartError = await page.waitForSelector('[data-error-boundary="chart"]:has(button)');
    expect(await chartError.textContent()).toContain('ResizeObserver broken for the test');
    expect(await page.$('.figures')).not.toBeNull();
    await page.click('[data-error-boundary="chart"] button');
    await page.waitForSelector('[data-error-boundary="chart"]');
    await screenshot(page, 'broken-chart-boundary');
    await page.click('a[data-tab="tasks"]');
    const viewError = await page.waitForSelector('[data-error-boundary="view"]:has(button)');
    expect(await viewError.textContent()).toContain('ResizeObserver broken for the test');
    await page.click('a[data-tab="quality"]');
    await page.waitForSelector('.quality-dataset');
    await page.close();
  });
});
