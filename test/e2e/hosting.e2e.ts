import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, StaticServer } from './harness.ts';
import { SUB_PATH, launchBrowser, prepareSite, startServer } from './harness.ts';
import { newScreenPage, openScreen } from './harness-screen.ts';

const NEW_REGION = '新增测试市';

interface Manifest {
  datasets: { id: string; file: string; region: string; title: string; source: string; taskCount: number }[];
}

/** Copies the manifest's first dataset as a new one for NEW_REGION and lists it in manifest.json, as IT staff would by hand. */
function addDataset(dataDir: string, id: string): void {
  const manifestFile = join(dataDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
  const first = manifest.datasets[0]!;
  const dataset = JSON.parse(readFileSync(join(dataDir, first.file), 'utf8')) as { id: string; region: string; tasks: { id: string }[] };
  dataset.id = id;
  dataset.region = NEW_REGION;
  dataset.tasks = dataset.tasks.map((task) => ({ ...task, id: task.id.replace(/^[^/]+\//, `${id}/`) }));
  writeFileSync(join(dataDir, `${id}.json`), JSON.stringify(dataset));
  manifest.datasets.push({ ...first, id, file: `${id}.json`, region: NEW_REGION });
  writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
}

const sites: string[] = [];
const servers: StaticServer[] = [];
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  for (const server of servers) await server.close();
  for (const site of sites) rmSync(site, { recursive: true, force: true });
});

async function serve(mutate?: (dataDir: string) => void): Promise<{ server: StaticServer; dataDir: string }> {
  const site = prepareSite(mutate);
  sites.push(site);
  const server = await startServer(site);
  servers.push(server);
  return { server, dataDir: join(site, SUB_PATH, 'data') };
}

describe('hosting: the built folder copied under a sub-path', () => {
  it('a dataset dropped into data/ with a manifest entry after the build appears, without rebuilding', async () => {
    const { server } = await serve((dataDir) => addDataset(dataDir, 'added-2024'));
    const { page } = await newScreenPage(browser, 1920, 1080);
    await openScreen(page, server.appUrl, '#/screen?rotate=0&panels=overview');
    await page.waitForSelector(`.screen-region[data-region="${NEW_REGION}"]`);
    await page.goto(`${server.appUrl}#/tasks?region=${encodeURIComponent(NEW_REGION)}`);
    const count = await page.waitForSelector('[data-testid="task-count"]');
    expect(Number(await count.getAttribute('data-count'))).toBeGreaterThan(0);
    expect(server.outside).toEqual([]);
    await page.close();
  });

  it('the wall recovers by itself when a dataset that failed to load appears later (refresh=0.05 minutes)', async () => {
    let later = '';
    const { server, dataDir } = await serve((dir) => {
      addDataset(dir, 'late-2024');
      later = readFileSync(join(dir, 'late-2024.json'), 'utf8');
      rmSync(join(dir, 'late-2024.json'));
    });
    const { page } = await newScreenPage(browser, 1920, 1080);
    await openScreen(page, server.appUrl, '#/screen?rotate=0&panels=overview&refresh=0.05');
    await page.waitForSelector('.screen-failures');
    expect(await page.$(`.screen-region[data-region="${NEW_REGION}"]`)).toBeNull();
    writeFileSync(join(dataDir, 'late-2024.json'), later);
    await page.waitForSelector(`.screen-region[data-region="${NEW_REGION}"]`, { timeout: 10_000 });
    expect(await page.$('.screen-failures')).toBeNull();
    await page.close();
  });

  it('a failed re-fetch keeps the last good data on the wall', async () => {
    const { server, dataDir } = await serve();
    const { page } = await newScreenPage(browser, 1920, 1080);
    await openScreen(page, server.appUrl, '#/screen?rotate=0&panels=overview&refresh=0.05');
    const regions = await page.$$eval('.screen-region', (items) => items.length);
    const backup = `${dataDir}-backup`;
    cpSync(dataDir, backup, { recursive: true });
    rmSync(dataDir, { recursive: true, force: true });
    await page.waitForSelector('.screen-failures', { timeout: 10_000 });
    expect(await page.$$eval('.screen-region', (items) => items.length)).toBe(regions);
    cpSync(backup, dataDir, { recursive: true });
    await page.waitForSelector('.screen-failures', { state: 'detached', timeout: 10_000 });
    await page.close();
  });

  it('reload=<minutes> reloads the whole page and keeps every parameter', async () => {
    const { server } = await serve();
    const { page } = await newScreenPage(browser, 1920, 1080);
    let loads = 0;
    page.on('load', () => loads++);
    const hash = '#/screen?rotate=0&panels=targets&reload=0.05';
    await openScreen(page, server.appUrl, hash);
    await page.waitForFunction(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.type === 'reload', undefined, { timeout: 10_000 });
    await page.waitForSelector('[data-testid="screen-panel"][data-panel="targets"]');
    expect(loads).toBeGreaterThanOrEqual(2);
    expect(await page.evaluate(() => location.hash)).toBe(hash);
    await page.close();
  });
});
