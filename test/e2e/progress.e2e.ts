import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openApp, screenshot, useServedSite } from './harness.ts';

// One reporting round on the committed datasets: the office exports 公共服务办's form, the unit
// fills it in Excel (here exceljs), the office imports it and sees the status.
const UNIT = '公共服务办';
const HASH = `?region=${encodeURIComponent('中山市港口镇')}&unit=${encodeURIComponent(UNIT)}&asof=2022-01-15`;

const served = useServedSite();
let page: Page;

beforeAll(async () => {
  page = await served.browser.newPage();
});

/** Fills the exported form as a unit would: status words from the drop-down, dates, a percentage, an actual value — and two mistakes. */
async function fillForm(bytes: Buffer): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const headerRow = [...Array(20).keys()].map((i) => i + 1).find((r) => sheet.getRow(r).getCell(1).value === '任务编号')!;
  const headers = (sheet.getRow(headerRow).values as unknown[]).map(String);
  const col = (name: string) => headers.indexOf(name);
  const rowOf = (taskId: string) => [...Array(sheet.rowCount).keys()].map((i) => i + 1).find((r) => sheet.getRow(r).getCell(1).value === taskId)!;
  const fill = (taskId: string, values: Record<string, ExcelJS.CellValue>) => {
    for (const [name, value] of Object.entries(values)) sheet.getRow(rowOf(taskId)).getCell(col(name)).value = value;
  };
  fill('gangkou-2021/1', { 进展状态: '已完成', 完成日期: new Date(Date.UTC(2021, 5, 20)), 进展情况: '外网已覆盖全部村居', '实际值：电脑终端电子政务外网覆盖率': 100 });
  fill('gangkou-2021/2', { 进展状态: '推进中', '完成进度(%)': 50, 进展情况: '按计划推进' });
  fill('gangkou-2021/3', { 进展状态: '推进中', 进展情况: '设备采购延误', 存在问题: '资金未到位' });
  fill('gangkou-2021/5', { 进展状态: '滞后', 进展情况: '系统对接未完成' });
  fill('gangkou-2021/6', { 进展状态: '差不多', 进展情况: '?' });
  fill('gangkou-2021/7', { 进展状态: '已完成', 完成日期: '2021-12-20' });
  fill('gangkou-2021/8', { 进展状态: '推进中', '完成进度(%)': 150 });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('a reporting round: form out, form back, status on the dashboard', () => {
  it('without reports the 督办 view shows how to start, not empty charts', async () => {
    await openApp(page, served.server.appUrl, `#/supervise${HASH}`);
    await page.waitForSelector('[data-testid="supervise-empty"]');
    expect(await page.$('[data-testid="supervise-empty"] canvas')).toBeNull();
    await screenshot(page, 'progress-empty');
  });

  it('exports the unit\'s form, imports it filled in, and shows red, amber and green', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-progress-form"]')]);
    expect(download.suggestedFilename()).toBe(`进展填报表-${UNIT}-2022-01-15.xlsx`);
    const filled = await fillForm(readFileSync((await download.path())!));
    // through the header's general import button: the form is recognised by its header and routed to 督办
    await page.setInputFiles('[data-testid="import-input"]', { name: '公共服务办-2022-01.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: filled });
    await page.waitForSelector('[data-testid="supervise-view"]', { timeout: 30_000 });
    const figure = async (id: string) => (await page.textContent(`[data-testid="progress-figures"] [data-figure="${id}"] .figure-value`))?.trim();
    expect(await figure('red')).toBe('1');
    expect(await figure('amber')).toBe('1');
    expect(await figure('green')).toBe('3');
    expect(await page.getAttribute('[data-testid="red-list"] tbody tr:first-child', 'data-task')).toBe('gangkou-2021/3');
    expect(await page.textContent('[data-testid="red-list"] tbody tr:first-child')).toContain('设备采购延误');
    expect(await page.textContent(`[data-testid="rank-units"] tr[data-name="${UNIT}"]`)).toContain('%');
    await screenshot(page, 'progress-supervise');
  });

  it('shows the status on the timeline, the task table, the targets and the overview', async () => {
    await page.click('a[data-tab="timeline"]');
    await page.waitForSelector('[data-testid="progress-legend"]');
    await screenshot(page, 'progress-timeline');
    await page.click('a[data-tab="tasks"]');
    await page.waitForSelector('[data-task-id="gangkou-2021/3"] .progress-badge[data-rag="red"]');
    expect(await page.textContent('[data-task-id="gangkou-2021/1"] .progress-badge')).toContain('已完成（按期）');
    await screenshot(page, 'progress-tasks');
    await page.click('a[data-tab="targets"]');
    await page.waitForSelector('[data-testid="actuals"][data-count="1"] canvas');
    await screenshot(page, 'progress-targets');
    await page.click('a[data-tab="workload"]');
    await page.waitForSelector('[data-testid="progress-unit-bars"] canvas');
    await screenshot(page, 'progress-workload');
    await page.click('a[data-tab="overview"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="progress-figures"] [data-figure="red"] .figure-value')?.textContent?.trim() === '1');
    await screenshot(page, 'progress-overview');
    await page.click('a[data-tab="supervise"]');
    await page.waitForSelector('[data-testid="supervise-view"]');
  });

  it('filters by progress colour through the URL', async () => {
    await page.click('[data-testid="progress-filter"] [data-rag="red"]');
    await page.waitForFunction(() => location.hash.includes('progress=red'));
    await page.waitForFunction(() => document.querySelector('[data-figure="green"] .figure-value')?.textContent?.trim() === '0');
    // on every other view the colour filter shows as a removable chip, so it never hides tasks unseen
    await page.click('a[data-tab="tasks"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="task-count"]')?.getAttribute('data-count') === '1');
    await page.click('[data-testid="progress-chips"] [data-rag="red"] button');
    await page.waitForFunction(() => !location.hash.includes('progress=red'));
    await page.waitForFunction(() => document.querySelector('[data-testid="task-count"]')?.getAttribute('data-count') === '18');
    await page.click('a[data-tab="supervise"]');
  });

  it('names the colour filter in chart titles; 清除全部筛选 clears it and keeps soon=, whose chip says so', async () => {
    await openApp(page, served.server.appUrl, `#/workload${HASH}&progress=red&soon=10`);
    await page.waitForSelector('[data-testid="progress-chips"] [data-chip="soon"]', { timeout: 30_000 });
    expect(await page.textContent('h2[data-title="workload.bars"]')).toContain('督办状态：红（逾期未完成）');
    expect(await page.textContent('[data-testid="progress-chips"] [data-chip="soon"]')).toContain('清除全部筛选时保留');
    await page.click('.filter-bar button.link-button:has-text("清除全部筛选")');
    await page.waitForFunction(() => !location.hash.includes('progress=') && !location.hash.includes('region='));
    expect(await page.evaluate(() => location.hash)).toContain('soon=10');
    expect(await page.$('[data-testid="progress-chips"] [data-rag="red"]')).toBeNull();
  });

  it('lists a task\'s reports in its dialog, with the status at the as-of date', async () => {
    await openApp(page, served.server.appUrl, `#/tasks${HASH}&task=${encodeURIComponent('gangkou-2021/3')}`);
    await page.waitForSelector('[data-testid="task-progress-history"] tbody tr');
    const text = await page.textContent('[data-testid="task-progress"]');
    expect(text).toContain('逾期未完成');
    expect(text).toContain('设备采购延误');
    expect(text).toContain('资金未到位');
    expect(text).toContain('公共服务办-2022-01.xlsx');
    expect(await page.getAttribute('[data-testid="task-progress-history"] tbody tr', 'data-current')).toBe('true');
    await screenshot(page, 'progress-task-dialog');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="task-detail"]', { state: 'detached' });
  });

  it('names the bad rows on the quality view by file and row, while the good rows count', async () => {
    await page.click('a[data-tab="quality"]');
    await page.waitForSelector('[data-testid="progress-quality"] [data-code="progress-unknown-status"]');
    const text = await page.textContent('[data-testid="progress-quality"]');
    expect(text).toContain('公共服务办-2022-01.xlsx');
    expect(text).toContain('差不多');
    expect(await page.$('[data-testid="progress-quality"] [data-code="progress-bad-percent"]')).not.toBeNull();
  });

  it('prints a 催办单 for the unit and offers it as CSV', async () => {
    await openApp(page, served.server.appUrl, `#/supervise${HASH}`);
    await page.waitForSelector('[data-testid="supervise-view"]', { timeout: 30_000 });
    await page.click(`[data-testid="rank-units"] tr[data-name="${UNIT}"] a`);
    await page.waitForSelector('[data-testid="reminder-page"] tbody tr');
    expect(await page.$$eval('[data-testid="reminder-page"] tbody tr', (rows) => rows.length)).toBe(2);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="reminder-csv"]')]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain('gangkou-2021/3');
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'progress-reminder-print');
    await page.emulateMedia({ media: 'screen' });
  });

  it('keeps the imported form across a reload, until removed', async () => {
    await page.reload();
    await page.waitForSelector('[data-testid="supervise-view"], [data-testid="reminder-page"]', { timeout: 30_000 });
    await openApp(page, served.server.appUrl, `#/supervise${HASH}`);
    await page.waitForSelector('[data-testid="progress-files"] button');
    await page.click('[data-testid="progress-files"] button');
    await page.waitForSelector('[data-testid="supervise-empty"]');
    expect(served.browser.errors).toEqual([]);
  });
});

describe('same-name units of two cities on the 红黄榜 and the 催办单', () => {
  // 汕尾市's and 东莞市's 市政务服务数据管理局 are two bureaus: one returned form reports a task of each
  const BUREAU = '市政务服务数据管理局';
  const form = readFileSync(new URL('../fixtures/progress/round/forms/two-bureaus-2024-01.csv', import.meta.url));

  it('ranks each city\'s bureau on its own row, named with its region, and reminds only that bureau of its own tasks', async () => {
    await openApp(page, served.server.appUrl, '#/supervise?asof=2024-01-15');
    await page.waitForSelector('[data-testid="supervise-empty"], [data-testid="supervise-view"]', { timeout: 30_000 });
    await page.setInputFiles('[data-testid="import-input"]', { name: 'two-bureaus-2024-01.csv', mimeType: 'text/csv', buffer: form });
    await page.waitForSelector(`[data-testid="rank-units"] tr[data-key="东莞市/${BUREAU}"]`, { timeout: 30_000 });
    expect(await page.textContent(`[data-testid="rank-units"] tr[data-key="汕尾市/${BUREAU}"] td`)).toBe(`${BUREAU}（汕尾市）`);
    expect(await page.textContent(`[data-testid="rank-units"] tr[data-key="东莞市/${BUREAU}"] td`)).toBe(`${BUREAU}（东莞市）`);
    // the alias table's 市府办 = 市政府办公室 in 东莞市
    expect(await page.$('[data-testid="rank-units"] tr[data-key="东莞市/市政府办公室"]')).not.toBeNull();
    expect(await page.$(`[data-testid="rank-units"] tr[data-key="${BUREAU}"]`)).toBeNull();
    await screenshot(page, 'progress-two-bureaus');

    await page.click(`[data-testid="rank-units"] tr[data-key="东莞市/${BUREAU}"] a`);
    await page.waitForSelector('[data-testid="reminder-page"] tbody tr');
    expect(await page.textContent('[data-testid="reminder-to"]')).toContain(`${BUREAU}（东莞市）`);
    const reminded = await page.$$eval('[data-testid="reminder-page"] tbody tr', (rows) => rows.map((r) => r.textContent ?? ''));
    expect(reminded).toHaveLength(1);
    expect(reminded[0]).toContain('东莞市局：等待省级接口');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="reminder-csv"]')]);
    expect(download.suggestedFilename()).toBe(`催办单-${BUREAU}（东莞市）-2024-01-15.csv`);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain('dongguan-2022/1');
    expect(csv).not.toContain('shanwei-2023/2');
  });

  it('an older reminder link naming the bureau without its region asks which city\'s bureau is meant', async () => {
    await openApp(page, served.server.appUrl, `#/supervise?asof=2024-01-15&remind=${encodeURIComponent(BUREAU)}`);
    await page.waitForSelector('[data-testid="reminder-choose"] a', { timeout: 30_000 });
    const choices = await page.$$eval('[data-testid="reminder-choose"] a', (links) => links.map((a) => a.textContent));
    expect(choices).toEqual([`${BUREAU}（东莞市）`, `${BUREAU}（汕尾市）`, `${BUREAU}（湛江市）`]);
    await page.click(`[data-testid="reminder-choose"] a >> text=${BUREAU}（汕尾市）`);
    await page.waitForSelector('[data-testid="reminder-page"] tbody tr');
    expect(await page.$$eval('[data-testid="reminder-page"] tbody tr', (rows) => rows.length)).toBe(1);
    expect(await page.textContent('[data-testid="reminder-page"] tbody')).toContain('汕尾市局');
  });

  it('the 催办单 picker names each bureau with its region and opens its own list', async () => {
    await openApp(page, served.server.appUrl, '#/supervise?asof=2024-01-15');
    await page.waitForSelector(`[data-testid="remind-pick"] option[value="汕尾市/${BUREAU}"]`, { state: 'attached', timeout: 30_000 });
    expect(await page.textContent(`[data-testid="remind-pick"] option[value="汕尾市/${BUREAU}"]`)).toContain(`${BUREAU}（汕尾市）`);
    await page.selectOption('[data-testid="remind-pick"]', `汕尾市/${BUREAU}`);
    await page.waitForSelector('[data-testid="reminder-page"] tbody tr');
    expect(await page.textContent('[data-testid="reminder-to"]')).toContain(`${BUREAU}（汕尾市）`);
    expect(await page.textContent('[data-testid="reminder-page"] tbody')).not.toContain('东莞市局');
  });

  it('removes the imported form', async () => {
    await openApp(page, served.server.appUrl, '#/supervise?asof=2024-01-15');
    await page.waitForSelector('[data-testid="progress-files"] button', { timeout: 30_000 });
    await page.click('[data-testid="progress-files"] button');
    await page.waitForSelector('[data-testid="supervise-empty"]');
    expect(served.browser.errors).toEqual([]);
  });
});
