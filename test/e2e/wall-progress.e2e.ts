import ExcelJS from 'exceljs';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, RESULTS, screenshot, useServedSite, waitForAtRest } from './harness.ts';
import { labelProblems, newScreenPage, openScreen, scrollSize, smallTexts } from './harness-screen.ts';

// One reporting round seen on the wall: 公共服务办 of 中山市港口镇 returns its form (filled here with exceljs, as in
// progress.e2e.ts), the office imports it, and the wall turns from deadlines to red / amber / green.
const REGION = '中山市港口镇';
const UNIT = '公共服务办';
const AS_OF = '2022-01-15';
const FORM = '公共服务办-2022-01.xlsx';
const WALL = `#/screen?asof=${AS_OF}&rotate=0`;
const SIZES = [
  [1920, 1080],
  [3840, 2160],
] as const;

const served = useServedSite();

/** Fills the exported form as the unit would: one done, one on track, one late (red), one 滞后 (amber) and two bad rows. */
async function fillForm(bytes: Buffer): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rowNumbers = [...Array(sheet.rowCount).keys()].map((i) => i + 1);
  const headerRow = rowNumbers.find((r) => sheet.getRow(r).getCell(1).value === '任务编号')!;
  const headers = (sheet.getRow(headerRow).values as unknown[]).map(String);
  const fill = (taskId: string, values: Record<string, ExcelJS.CellValue>) => {
    const row = sheet.getRow(rowNumbers.find((r) => sheet.getRow(r).getCell(1).value === taskId)!);
    for (const [name, value] of Object.entries(values)) row.getCell(headers.indexOf(name)).value = value;
  };
  fill('gangkou-2021/1', { 进展状态: '已完成', 完成日期: new Date(Date.UTC(2021, 5, 20)), 进展情况: '外网已覆盖全部村居' });
  fill('gangkou-2021/2', { 进展状态: '推进中', '完成进度(%)': 50, 进展情况: '按计划推进' });
  fill('gangkou-2021/3', { 进展状态: '推进中', 进展情况: '设备采购延误', 存在问题: '资金未到位' });
  fill('gangkou-2021/5', { 进展状态: '滞后', 进展情况: '系统对接未完成' });
  fill('gangkou-2021/6', { 进展状态: '差不多', 进展情况: '?' });
  fill('gangkou-2021/8', { 进展状态: '推进中', '完成进度(%)': 150 });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Saves a screenshot under test-results/ and, for the helper's own review, a copy under /tmp/wallprog-shots/. */
async function shot(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  const dir = '/tmp/wallprog-shots';
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(RESULTS, `${name}.png`), join(dir, `${name}.png`));
}

async function expectReadable(page: Page, width: number, height: number): Promise<void> {
  const size = await scrollSize(page);
  expect(size.width).toBeLessThanOrEqual(width);
  expect(size.height).toBeLessThanOrEqual(height);
  expect(await smallTexts(page, 28)).toEqual([]);
  const chartFonts = await page.$$eval('.screen-chart[data-min-font]', (charts) => charts.map((c) => Number(c.getAttribute('data-min-font'))));
  for (const font of chartFonts) expect(font).toBeGreaterThanOrEqual(28);
  expect(await labelProblems(page)).toEqual([]);
  expect(await page.$$('[data-error-boundary]')).toEqual([]);
}

describe('progress on the wall (#/screen) in Chromium', () => {
  it.each(SIZES)('without reports, at %i×%i, the wall is as before: plan counters only, deadline alerts, rankings by attention', async (width, height) => {
    const { page } = await newScreenPage(served.browser, width, height);
    await openScreen(page, served.server.appUrl, WALL);
    await page.waitForSelector('.wall-alert');
    await page.waitForSelector('.wall-rank');
    expect(await page.$$eval('[data-counter]', (cards) => cards.map((c) => c.getAttribute('data-counter')))).toEqual(['tasks', 'regions', 'units', 'due30', 'due90', 'passed']);
    expect(await page.$('[data-testid="wall-alerts"][data-progress]')).toBeNull();
    expect(await page.$('[data-testid="wall-rankings"][data-progress]')).toBeNull();
    expect(await page.textContent('[data-testid="wall"]')).not.toContain('%');
    await waitForAtRest(page);
    await shot(page, `wall-progress-none-${width}x${height}`);
    await expectReadable(page, width, height);
    await page.close();
  });

  it('imports the unit\'s filled form (exported from the 督办 view) like any document', async () => {
    const page = await served.browser.newPage();
    await openApp(page, served.server.appUrl, `#/supervise?region=${encodeURIComponent(REGION)}&unit=${encodeURIComponent(UNIT)}&asof=${AS_OF}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-progress-form"]')]);
    const filled = await fillForm(readFileSync((await download.path())!));
    await page.setInputFiles('[data-testid="import-input"]', { name: FORM, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: filled });
    await page.waitForFunction(() => document.querySelector('[data-testid="progress-figures"] [data-figure="red"] .figure-value')?.textContent?.trim() === '1', undefined, { timeout: 30_000 });
    await page.close();
  });

  it.each(SIZES)('with the report, at %i×%i: RAG counters, red then amber first in the alert column, 红黄榜 by red count with "name（region）", text ≥ 28 px, no overlap', async (width, height) => {
    const { page } = await newScreenPage(served.browser, width, height);
    await openScreen(page, served.server.appUrl, WALL);
    await page.waitForSelector('[data-counter="red"]', { timeout: 30_000 });
    await waitForAtRest(page);
    await shot(page, `wall-progress-${width}x${height}`);
    expect(await page.$$eval('[data-counter]', (cards) => cards.map((c) => c.getAttribute('data-counter')))).toEqual(
      ['tasks', 'regions', 'units', 'due30', 'due90', 'passed', 'completion', 'onTime', 'red', 'amber']);
    const counter = (id: string) => page.$eval(`[data-counter="${id}"]`, (c) => ({ value: c.getAttribute('data-value'), text: c.querySelector('.wall-counter-value')!.textContent }));
    expect(await counter('red')).toEqual({ value: '1', text: '■1' });
    expect(await counter('amber')).toEqual({ value: '1', text: '▲1' });
    expect((await counter('completion')).text).toMatch(/^\d+%$/);

    // red, then amber, most days overdue first; then the tasks without a report, said so
    const alerts = await page.$$eval('[data-testid="wall-alerts"] .auto-scroll-copy:not([data-copy]) .wall-alert', (lines) =>
      lines.map((l) => ({ task: l.getAttribute('data-task'), kind: l.getAttribute('data-kind')!, over: l.getAttribute('data-days-over'), text: l.textContent! })));
    expect(alerts.slice(0, 2).map((a) => [a.task, a.kind])).toEqual([['gangkou-2021/3', 'red'], ['gangkou-2021/5', 'amber']]);
    expect(alerts[0]!.text).toContain('逾期未完成');
    expect(alerts[0]!.text).toContain(REGION);
    expect(alerts[0]!.text).toContain('设备采购延误');
    expect(alerts[0]!.text).toMatch(/逾期 \d+ 天/);
    expect(alerts[1]!.text).toContain('滞后');
    const rest = alerts.slice(2);
    expect(rest.length).toBeGreaterThan(0);
    expect(rest.every((a) => (a.kind === 'passed' || a.kind === 'dueSoon') && a.text.includes('未报告'))).toBe(true);
    expect(rest.some((a) => a.text.includes('逾期'))).toBe(false);

    // rankings by red, then amber; units named with their region
    const units = await page.$$eval('[data-testid="wall-rank-units"] .auto-scroll-copy:not([data-copy]) .wall-rank', (rows) =>
      rows.map((r) => ({ name: r.querySelector('.wall-rank-name')!.textContent!, red: Number(r.getAttribute('data-red')), amber: Number(r.getAttribute('data-amber')), value: r.querySelector('.wall-rank-value')!.textContent! })));
    expect(units.length).toBeGreaterThan(0);
    expect(units[0]!.red).toBe(1);
    expect(units.map((u) => u.name)).toContain(`${UNIT}（${REGION}）`);
    for (const unit of units) expect(unit.name).toMatch(/（.+）$/);
    expect(units[0]!.value).toBe('■1▲' + units[0]!.amber);
    for (let i = 1; i < units.length; i++) expect(units[i - 1]!.red * 1000 + units[i - 1]!.amber).toBeGreaterThanOrEqual(units[i]!.red * 1000 + units[i]!.amber);
    const regions = await page.$$eval('[data-testid="wall-rank-regions"] .wall-rank', (rows) => rows.map((r) => [r.getAttribute('data-key'), r.getAttribute('data-red'), r.getAttribute('data-amber')]));
    expect(regions).toEqual([[REGION, '1', '1']]);

    // the bad rows of the form are named on the footer, by form and row
    const problems = await page.textContent('[data-testid="wall-problems"]');
    expect(problems).toContain(FORM);
    expect(await page.textContent('.wall-map-legend')).toContain('红黄');
    // the focus close-up counts red and amber too (中山市港口镇: 1 and 1)
    const focusRegion = await page.getAttribute('[data-testid="wall-focus"]', 'data-focus');
    const focusRed = await page.getAttribute('[data-testid="wall-focus"] [data-red]', 'data-red');
    expect(focusRed).toBe(focusRegion === REGION ? '1' : '0');
    await expectReadable(page, width, height);
    await page.close();
  });

  it('a link with progress=red narrows the wall to red tasks and names the filter in the header', async () => {
    const { page } = await newScreenPage(served.browser, 1920, 1080);
    await openScreen(page, served.server.appUrl, `${WALL}&progress=red`);
    await page.waitForSelector('[data-counter="red"]', { timeout: 30_000 });
    await page.waitForFunction(() => document.querySelector('[data-counter="tasks"]')?.getAttribute('data-value') === '1', undefined, { timeout: 30_000 });
    const alerts = await page.$$eval('[data-testid="wall-alerts"] .auto-scroll-copy:not([data-copy]) .wall-alert', (lines) => lines.map((l) => [l.getAttribute('data-task'), l.getAttribute('data-kind')]));
    expect(alerts).toEqual([['gangkou-2021/3', 'red']]);
    expect(await page.textContent('[data-testid="screen-subtitle"]')).toContain('督办状态：红（逾期未完成）');
    await page.close();
  });

  it('the alert column still scrolls smoothly with progress', async () => {
    const { page } = await newScreenPage(served.browser, 1920, 1080);
    await openScreen(page, served.server.appUrl, WALL);
    await page.waitForSelector('[data-testid="wall-alerts"][data-progress] .wall-alert');
    expect(await page.getAttribute('[data-testid="wall-alert-scroll"]', 'data-scrolling')).toBe('true');
    const offset = () => page.$eval('[data-testid="wall-alert-scroll"] .auto-scroll-track', (el) => new DOMMatrix(getComputedStyle(el).transform).m42);
    const before = await offset();
    await page.waitForFunction((was) => {
      const track = document.querySelector('[data-testid="wall-alert-scroll"] .auto-scroll-track')!;
      return new DOMMatrix(getComputedStyle(track).transform).m42 < was - 10;
    }, before, { timeout: 20_000 });
    expect(served.browser.errors).toEqual([]);
    await page.close();
  });
});
