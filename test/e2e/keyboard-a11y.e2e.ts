import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, screenshot, taskCount, useServedSite } from './harness.ts';

const served = useServedSite();
const axeSource: string = (createRequire(import.meta.url)('axe-core') as { source: string }).source;
const VIEWS = ['overview', 'timeline', 'workload', 'targets', 'tasks', 'quality'] as const;
// the English sweep also covers the 督办 view and the wall (#/screen)
const ENGLISH_VIEWS = [...VIEWS, 'supervise', 'screen'] as const;

/** Waits until the view has drawn its charts (or has none). */
async function settle(page: Page, view: string): Promise<void> {
  if (view === 'supervise') await page.waitForSelector('main[data-view="supervise"]');
  else if (view === 'screen') await page.waitForSelector('[data-testid="wall"] [data-testid="wall-counters"], [data-testid="screen-panel"] .screen-panel', { timeout: 45_000 });
  else if (view !== 'tasks' && view !== 'quality') await page.waitForSelector('[_echarts_instance_]');
  else await page.waitForSelector(view === 'tasks' ? '[data-testid="task-count"]' : '.quality-view, main[data-view="quality"]');
}

/** Runs axe-core in the page (through the devtools protocol, which the page's CSP does not govern). */
async function axeViolations(page: Page): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  await page.evaluate(`${axeSource}\n;0`);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
}

describe('keyboard, screen reader and English', () => {
  it.each(VIEWS)('axe-core finds no serious or critical violation on #/%s', async (view) => {
    const page = await served.browser.newPage();
    await openApp(page, served.server.appUrl, `#/${view}`);
    await settle(page, view);
    const serious = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious).toEqual([]);
    await page.close();
  });

  it('keyboard only: the skip link comes first; Tab reaches a chart, arrows pick a bar, Enter filters, Esc clears', async () => {
    const page = await served.browser.newPage();
    await openApp(page, served.server.appUrl, '#/workload');
    await settle(page, 'workload');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    let presses = 0;
    while (presses++ < 40 && !(await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'chart-body'))) await page.keyboard.press('Tab');
    expect(presses).toBeLessThan(40);
    const summary = await page.evaluate(() => {
      const ids = document.activeElement?.getAttribute('aria-describedby')?.split(' ') ?? [];
      return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    });
    expect(summary).toMatch(/最大值：/);
    await page.keyboard.press('ArrowDown');
    const status = await page.waitForSelector('.workload-view [data-testid="chart-status"]:not(:empty)');
    expect(await status.textContent()).toMatch(/：\d+/);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash.includes('unit='));
    await page.waitForSelector('[data-testid="show-tasks"]');
    await page.focus('[data-testid="chart-body"]');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !location.hash.includes('unit=') && !location.hash.includes('role='));
    await page.close();
  });

  it('typing part of a unit name and Enter: the one match is added, else a message says none or several match', async () => {
    const page = await served.browser.newPage();
    await openApp(page, served.server.appUrl, '#/tasks');
    await page.fill('[data-filter="unit"]', '没有这个单位');
    await page.press('[data-filter="unit"]', 'Enter');
    expect(await page.textContent('[data-testid="filter-hint-unit"]')).toContain('没有包含“没有这个单位”的单位');
    await page.fill('[data-filter="unit"]', '市');
    await page.press('[data-filter="unit"]', 'Enter');
    expect(await page.textContent('[data-testid="filter-hint-unit"]')).toMatch(/有 \d+ 个单位包含“市”/);
    await page.fill('[data-filter="unit"]', '公共服务');
    await page.press('[data-filter="unit"]', 'Enter');
    // a unit is its name within its region: the chip's value is "中山市港口镇/公共服务办"
    await page.waitForSelector('[data-chip^="unit:"][data-chip$="/公共服务办"]');
    const only = await taskCount(page);
    await page.click('[data-chip^="unit:"][data-chip$="/公共服务办"] [data-testid="chip-flip"]');
    await page.waitForSelector('[data-chip^="not-unit:"][data-chip$="/公共服务办"]');
    await page.waitForFunction((n) => Number(document.querySelector('[data-testid="task-count"]')?.getAttribute('data-count')) > n, only);
    expect(await page.textContent('[data-chip^="not-unit:"][data-chip$="/公共服务办"]')).toContain('≠');
    await page.close();
  });

  it.each(ENGLISH_VIEWS)('#/%s in English shows no Chinese interface string (data text excepted)', async (view) => {
    const page = await served.browser.newPage();
    if (view === 'screen') await page.setViewportSize({ width: 1920, height: 1080 });
    await openApp(page, served.server.appUrl, `#/${view}?lang=en${view === 'screen' ? '&rotate=0' : ''}`);
    await settle(page, view);
    // interface strings: headings, labels, buttons, column heads, legends, options that are not data values, and the
    // accessible names, titles and placeholders; data (regions, units, task text, category data) is marked below
    const chinese = await page.evaluate(() => {
      const cjk = /[\u4e00-\u9fff]/;
      const found: string[] = [];
      const isData = (el: Element) => el.closest('.chips, .task-row:not(.task-head), .chart-data-table, .warning-group li, .failure, .import-panel li, .quality-dataset h3, [data-testid="chart-summary"], .dialog, .wall-focus-name, .wall-focus-line, .wall-rank-name, .wall-alert-title, .wall-alert-meta, .wall-tile-name') !== null;
      for (const el of document.querySelectorAll('h1, h2, h3, legend, label > span:first-child, button, [role="columnheader"], th, .figure-label, .figure-note, .count, .tab, p.muted, .notice')) {
        if (isData(el) || el.closest('select')) continue;
        const text = el.textContent ?? '';
        if (cjk.test(text) && el.getAttribute('lang') !== 'zh-CN') found.push(`${el.tagName.toLowerCase()}: ${text.slice(0, 60)}`);
      }
      for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
        if (isData(el)) continue;
        for (const attr of ['aria-label', 'title', 'placeholder']) {
          const value = el.getAttribute(attr);
          if (value !== null && cjk.test(value) && !el.hasAttribute('data-task-id') && el.getAttribute('lang') !== 'zh-CN') found.push(`${attr}: ${value.slice(0, 60)}`);
        }
      }
      return found;
    });
    // the language switch names Chinese in Chinese, on purpose
    expect(chinese.filter((s) => !s.includes('中文'))).toEqual([]);
    if (view === 'overview') await screenshot(page, 'english-overview');
    await page.close();
  });

  it('no task row clips its text: every cell but the clamped task text shows all it holds', async () => {
    const page = await served.browser.newPage();
    await openApp(page, served.server.appUrl, '#/tasks?region=%E4%B8%9C%E8%8E%9E%E5%B8%82');
    await page.waitForSelector('.task-row[data-task-id]');
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    const clipped = await page.$$eval('.task-row[data-task-id] .cell', (cells) =>
      cells
        .filter((c) => c.scrollHeight > c.clientHeight + 1 || c.getBoundingClientRect().bottom > c.closest('.task-row')!.getBoundingClientRect().bottom + 1)
        .map((c) => `${c.closest('.task-row')!.getAttribute('data-task-id')} ${c.className}`),
    );
    expect(clipped).toEqual([]);
    // rows do not overlap: each starts where the one above ends
    const tops = await page.$$eval('.task-row[data-task-id]', (rows) => rows.map((r) => [r.getBoundingClientRect().top, r.getBoundingClientRect().bottom]));
    for (let i = 1; i < tops.length; i++) expect(Math.abs(tops[i]![0]! - tops[i - 1]![1]!)).toBeLessThanOrEqual(1.5);
    await screenshot(page, 'tasks-rows-grow');
    await page.close();
  });
});
