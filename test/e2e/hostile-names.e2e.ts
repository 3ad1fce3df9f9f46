import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp, screenshot, useServedSite } from './harness.ts';

const ID = 'names-2021';
const HUGE_CHARS = 20 * 1024 * 1024;

/** A dataset (zhanjiang-2021's shape) whose names are JavaScript object members, and one task text of 20 million characters. */
function addHostileNames(dataDir: string): void {
  const manifestFile = join(dataDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { datasets: { id: string; file: string }[] };
  const base = manifest.datasets[0]!;
  const source = JSON.parse(readFileSync(join(dataDir, base.file), 'utf8')) as { tasks: { id: string; units: unknown[]; path: string[]; indicators: { category: string }[]; text: string }[] };
  const names = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];
  const tasks = source.tasks.map((task, i) => ({
    ...task,
    id: `${ID}/${i + 1}`,
    path: ['__proto__', names[i % names.length]!],
    units: [
      { name: names[i % names.length]!, role: 'lead' },
      { name: 'constructor', role: 'support', collective: true },
      { name: 'toString', role: 'responsible' },
    ],
    indicators: task.indicators.map((indicator) => ({ ...indicator, category: 'hasOwnProperty' })),
    text: i === 0 ? `超长任务${'长'.repeat(HUGE_CHARS)}` : task.text,
  }));
  writeFileSync(join(dataDir, `${ID}.json`), JSON.stringify({ ...source, id: ID, region: '__proto__', unitGroups: { constructor: ['甲局', '乙局'] }, tasks }));
  manifest.datasets.push({ ...base, id: ID, file: `${ID}.json` });
  writeFileSync(manifestFile, JSON.stringify(manifest));
}

const served = useServedSite(addHostileNames);
const hashOf = (url: string) => url.slice(url.indexOf('#'));

describe('faults: names that are object members, a huge task text', () => {
  it('timeline and workload with units, region and sections named constructor / __proto__ / toString → drawn, no page error', async () => {
    const page = await served.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`${hashOf(page.url())}: ${error.message}`));
    for (const hash of ['#/timeline', '#/timeline?lane=lead', '#/timeline?lane=section', '#/workload', '#/targets', '#/tasks', '#/screen?rotate=0&panels=timeline']) {
      await openApp(page, served.server.appUrl, hash);
      await page.waitForSelector('canvas, [data-testid="task-count"]', { timeout: 30_000 });
      await page.mouse.move(900, 600);
      await page.mouse.move(600, 500);
      // ECharts' animation loop threw on every frame: let 30 frames run before the next view
      await page.evaluate(() => new Promise<void>((ok) => {
        let left = 30;
        const frame = () => (--left === 0 ? ok() : requestAnimationFrame(frame));
        requestAnimationFrame(frame);
      }));
    }
    await openApp(page, served.server.appUrl, '#/timeline');
    await page.waitForSelector('canvas', { timeout: 30_000 });
    await screenshot(page, 'faults-names-timeline');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a link to a task of 20 million characters with a collective unit named constructor → the dialog opens cut short, with 查看全文', async () => {
    const page = await served.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`${hashOf(page.url())}: ${error.message}`));
    await openApp(page, served.server.appUrl, `#/tasks?task=${encodeURIComponent(`${ID}/1`)}`);
    const dialog = await page.waitForSelector('[data-testid="task-detail"]', { timeout: 30_000 });
    const toggle = await dialog.waitForSelector('[data-testid="long-text-toggle"]');
    expect(await toggle.textContent()).toContain('查看全文');
    const shown = await page.$eval('.detail-text', (el) => el.textContent?.length ?? 0);
    expect(shown).toBeLessThan(6000);
    await screenshot(page, 'faults-huge-text-dialog');
    await toggle.click();
    await page.waitForSelector('.detail-text [role="note"]');
    expect(await page.$eval('.detail-text', (el) => el.textContent?.length ?? 0)).toBeLessThan(510_000);
    // the collective unit "constructor" shows its members, not a function
    expect(await dialog.textContent()).toContain('甲局、乙局');
    expect(errors).toEqual([]);
    await page.close();
  });
});
