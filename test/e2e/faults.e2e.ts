import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFaultServer, type FaultServer } from './fault-server.ts';
import { launchBrowser, prepareSite, screenshot, SUB_PATH, waitForWholeLoad, type Browser } from './harness.ts';

interface Entry {
  id: string;
  file: string;
  taskCount: number;
}

let site: string;
let dataDir: string;
let entries: Entry[];
let server: FaultServer;
let evil: FaultServer;
let browser: Browser;

beforeAll(async () => {
  site = prepareSite();
  dataDir = join(site, SUB_PATH, 'data');
  entries = (JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8')) as { datasets: Entry[] }).datasets;
  server = await startFaultServer(site);
  // A second origin that serves a dataset and allows any page to read it.
  evil = await startFaultServer(site, { cors: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await evil?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

const total = () => entries.reduce((sum, e) => sum + e.taskCount, 0);

/** The task count the overview's key figure shows, once it shows `expected`. */
async function waitForTaskFigure(page: Page, expected: number, timeout = 20_000): Promise<void> {
  await page.waitForFunction(
    (n) => Number((document.querySelector('[data-figure="figure.tasks"] .figure-value')?.textContent ?? '').replace(/\D/g, '')) === n,
    expected,
    { timeout },
  );
}

async function failureNotice(page: Page, contains: string, timeout = 20_000): Promise<string> {
  await page.waitForFunction(
    (text) => document.querySelector('[data-testid="failure-notice"]')?.textContent?.includes(text) === true,
    contains,
    { timeout },
  );
  return (await page.textContent('[data-testid="failure-notice"]')) ?? '';
}

describe('faults: the dashboard under a flaky server', () => {
  it('first dataset hangs → the other datasets are shown while it hangs; at its deadline it is named, nothing else lost', async () => {
    server.clearFaults();
    const [first] = entries;
    server.setFault(`data/${first!.file}`, { kind: 'hang' });
    const page = await browser.newPage();
    // a deadline well beyond the time the other files take, so "still hung while the rest is shown" is not a race
    await page.goto(`${server.appUrl}?timeout=15#/overview`);
    await waitForTaskFigure(page, total() - first!.taskCount);
    expect(server.hanging()).toBeGreaterThan(0); // still hung, and the rest is on screen
    await screenshot(page, 'faults-first-hangs');
    const notice = await failureNotice(page, first!.file, 40_000);
    expect(notice).toContain('服务器长时间未响应');
    await waitForTaskFigure(page, total() - first!.taskCount);
    await page.close();
  });

  it('500, reset, truncated body, redirect out of data/ and to another origin → each file named with its reason, the rest shown', async () => {
    server.clearFaults();
    const [a, b, c, d, e] = entries;
    server.setFault(`data/${a!.file}`, { kind: 'status', code: 500 });
    server.setFault(`data/${b!.file}`, { kind: 'reset' });
    server.setFault(`data/${c!.file}`, { kind: 'truncate' });
    server.setFault(`data/${d!.file}`, { kind: 'redirect', to: `${SUB_PATH}index.html` });
    server.setFault(`data/${e!.file}`, { kind: 'redirect', to: `${evil.appUrl}data/${e!.file}` });
    const page = await browser.newPage();
    await page.goto(`${server.appUrl}?timeout=10#/overview`);
    // the five failures arrive in any order: wait until the notice names every one of them
    for (const entry of [a, b, c, d]) await failureNotice(page, entry!.file);
    const notice = await failureNotice(page, e!.file);
    expect(notice).toContain(`${a!.file}（HTTP 错误 500）`);
    expect(notice).toContain(`${b!.file}（网络错误）`);
    expect(notice).toMatch(new RegExp(`${c!.file}（(网络错误|不是有效的 JSON 文件)）`));
    expect(notice).toContain(`${d!.file}（文件不在数据目录内，未加载）`);
    expect(notice).toContain(`${e!.file}（文件不在数据目录内，未加载）`);
    expect(await page.textContent('[data-testid="failure-notice"]')).toContain('5 个数据文件未能加载');
    await screenshot(page, 'faults-five-kinds');
    await page.close();
    server.clearFaults();
  });

  it('a manifest naming "..%2f..%2fsecret.json" → refused as outside data/, never requested', async () => {
    server.clearFaults();
    const manifest = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8')) as { datasets: Entry[] };
    manifest.datasets.push({ ...entries[0]!, id: 'secret', file: '..%2f..%2fsecret.json' });
    server.setFault('data/manifest.json', { kind: 'body', text: JSON.stringify(manifest) });
    const before = server.requests.length;
    const page = await browser.newPage();
    await page.goto(`${server.appUrl}#/overview`);
    expect(await failureNotice(page, 'secret.json')).toContain('..%2f..%2fsecret.json（文件不在数据目录内，未加载）');
    await waitForTaskFigure(page, total());
    expect(server.requests.slice(before).some((path) => path.includes('secret'))).toBe(false);
    await page.close();
    server.clearFaults();
  });
});

describe('faults: the wall keeps refreshing', () => {
  it('a hung manifest refresh → ⚠ on the wall, later refreshes go on; a new dataset appears; imports are kept', async () => {
    server.clearFaults();
    const page = await browser.newPage();
    // An import in this browser first (kept in IndexedDB), from the dashboard's import panel.
    await page.goto(`${server.appUrl}#/quality`);
    const csv = join(site, 'import.csv');
    writeFileSync(csv, '任务,责任单位,完成时限\n推进一网通办,公共服务办牵头,2021年底前\n');
    await page.setInputFiles('[data-testid="import-input"]', csv);
    await page.waitForSelector('.import-panel [data-import-status="ok"]', { timeout: 20_000 });

    const subtitle = () => page.textContent('[data-testid="screen-subtitle"]');
    const waitForDatasets = (n: number, timeout = 30_000) =>
      page.waitForFunction((count) => document.querySelector('[data-testid="screen-subtitle"]')?.textContent?.includes(`${count} 个数据集`) === true, n, { timeout });

    // single-panel mode names the dataset count in its subtitle; the composite wall shares this data cycle (its footer is tested in wall.e2e.ts)
    await page.goto(`${server.appUrl}?timeout=2#/screen?refresh=0.05&rotate=0&panels=overview`);
    await page.waitForSelector('[data-testid="screen-panel"]', { timeout: 20_000 });
    await waitForDatasets(entries.length + 1);

    // The next refresh hangs on the manifest: given up at its deadline, the wall keeps what it shows.
    server.setFault('data/manifest.json', { kind: 'hang' });
    await page.waitForSelector('.screen-failures', { timeout: 30_000 });
    expect(await subtitle()).toContain(`${entries.length + 1} 个数据集`);
    await screenshot(page, 'faults-wall-hung-refresh');

    // The server answers again, with one more dataset: a later refresh shows it, the import still there.
    server.clearFaults();
    const manifestFile = join(dataDir, 'manifest.json');
    const original = readFileSync(manifestFile, 'utf8');
    const manifest = JSON.parse(original) as { datasets: Entry[] };
    const copy = JSON.parse(readFileSync(join(dataDir, entries[3]!.file), 'utf8')) as { id: string; tasks: { id: string }[] };
    const added = { ...copy, id: 'added-2024', tasks: copy.tasks.map((t) => ({ ...t, id: t.id.replace(/^[^/]+/, 'added-2024') })) };
    writeFileSync(join(dataDir, 'added-2024.json'), JSON.stringify(added));
    writeFileSync(manifestFile, JSON.stringify({ ...manifest, datasets: [...manifest.datasets, { ...entries[3]!, id: 'added-2024', file: 'added-2024.json' }] }));
    try {
      await waitForDatasets(entries.length + 2);
      await page.waitForSelector('.screen-failures', { state: 'detached', timeout: 30_000 });
      await screenshot(page, 'faults-wall-recovered');
    } finally {
      writeFileSync(manifestFile, original);
    }
    await page.close();
  });

  it('a dataset failing on refresh → its last good copy stays on the wall, with ⚠', async () => {
    server.clearFaults();
    const page = await browser.newPage();
    await page.goto(`${server.appUrl}?timeout=2#/screen?refresh=0.05&rotate=0&panels=overview`);
    await page.waitForSelector('[data-testid="screen-panel"]', { timeout: 20_000 });
    // the wall draws from the first batch on: fault a file only once every dataset is in (the "加载中" line gone; the
    // count is not the manifest's alone, imports kept in this browser by the test before are shown too)
    await waitForWholeLoad(page, 20_000);
    const shown = Number(/(\d+) 个数据集/.exec((await page.textContent('[data-testid="screen-subtitle"]')) ?? '')?.[1]);
    server.setFault(`data/${entries[1]!.file}`, { kind: 'status', code: 500 });
    await page.waitForSelector('.screen-failures', { timeout: 30_000 });
    expect(await page.textContent('[data-testid="screen-subtitle"]')).toContain(`${shown} 个数据集`);
    server.clearFaults();
    await page.close();
  });
});
