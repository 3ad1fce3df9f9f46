import { describe, expect, it } from 'vitest';
import { monthsToDueRange } from '../../src/analysis/month-keys.ts';
import { DENSITY_LARGE_BARS } from '../../src/charts/deadline-density.ts';
import { regionOfSeries } from '../../src/charts/region-series.ts';
import { INSTALL_PAGE_ECHARTS, openApp, screenshot, useServedSite, waitForAtRest, waitForWholeLoad, writeLargeDatasets } from './harness.ts';

// A province's worth of regions: 30 datasets of 150 tasks, each in its own region (4,500 tasks, so the overview's
// small timeline draws monthly counts per region lane).
const REGIONS = 30;
const served = useServedSite((dataDir) => writeLargeDatasets(dataDir, REGIONS, 150));

describe('an overview of 30 regions', () => {
  it('stacks at most 12 regions per month and names the rest as one segment; choosing it filters to exactly those regions', async () => {
    const page = await served.browser.newPage();
    await openApp(page, served.server.appUrl, '#/overview');
    const density = page.locator('.mini', { has: page.locator('[data-title="timeline.density"]') });
    await density.locator('[data-testid="chart-body"] canvas').waitFor({ timeout: 60_000 });
    // every dataset in: a chart drawn from the first batch shows only some regions
    await waitForWholeLoad(page);
    await density.locator('[data-testid="show-table"]').click();
    const columns = await density.locator('table thead th').allTextContents();
    // 11 regions of their own + one "other" column after the month column
    expect(columns.filter((c) => c.startsWith('测试市'))).toHaveLength(11);
    expect(columns).toContain('其他（19 个地区）');
    // the keyboard reaches the last point (the last month's "other" segment) and Enter filters by it
    await density.locator('[data-testid="chart-body"]').focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => decodeURIComponent(location.hash).includes('region='));
    const regions = await page.evaluate(() => new URLSearchParams(location.hash.split('?')[1] ?? '').get('region')?.split(',') ?? []);
    expect(regions).toHaveLength(19);
    expect(new Set(regions).size).toBe(19);
    expect(regions.every((r) => r.startsWith('测试市'))).toBe(true);
    // and none of the 11 regions drawn on their own
    const own = columns.filter((c) => c.startsWith('测试市'));
    expect(regions.filter((r) => own.includes(r))).toEqual([]);
    await page.close();
  });

  it("draws the density's 576 bars in ECharts' large mode, and a click on a bar still filters by its region and month", async () => {
    // 12 stacked series (11 regions + "other") over 48 months, 2021-01 … 2024-12
    expect(12 * 48).toBeGreaterThanOrEqual(DENSITY_LARGE_BARS);
    const page = await served.browser.newPage();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openApp(page, served.server.appUrl, '#/overview');
    const density = page.locator('.mini', { has: page.locator('[data-title="timeline.density"]') });
    await density.locator('[data-testid="chart-body"] canvas').waitFor({ timeout: 60_000 });
    // every dataset in: a chart drawn from the first batch shows only some regions
    await waitForWholeLoad(page);
    await waitForAtRest(page);
    expect(await page.evaluate(INSTALL_PAGE_ECHARTS)).toBe(true);
    await density.locator('[_echarts_instance_]').scrollIntoViewIfNeeded();
    const bar = await density.locator('[_echarts_instance_]').evaluate((el) => {
      type Series = { name: string; large?: boolean; data: number[] };
      type Instance = { getOption(): { series: Series[]; xAxis: { data: string[] }[] }; convertToPixel(finder: object, value: number[]): number[] };
      const chart = (window as unknown as { __pageEcharts: { getInstanceByDom(el: Element): Instance } }).__pageEcharts.getInstanceByDom(el);
      const { series, xAxis } = chart.getOption();
      // the bottom segment of the stack: the first series, at its largest month
      const first = series[0]!;
      const month = first.data.indexOf(Math.max(...first.data));
      const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, [month, first.data[month]! / 2]);
      const box = el.getBoundingClientRect();
      return { large: series.map((s) => s.large === true), name: first.name, month: xAxis[0]!.data[month]!, x: box.left + x!, y: box.top + y! };
    });
    expect(bar.large).toEqual(Array(12).fill(true));
    await page.mouse.click(bar.x, bar.y);
    await page.waitForFunction(() => decodeURIComponent(location.hash).includes('due='));
    const params = await page.evaluate(() => Object.fromEntries(new URLSearchParams(location.hash.split('?')[1] ?? '')));
    const due = monthsToDueRange(bar.month, bar.month)!;
    expect(params.region).toBe(regionOfSeries(bar.name));
    expect(params.due).toBe(`${due.from}..${due.to}`);
    await page.close();
  });

  it("draws the small timeline's 30 region lanes as 9 lanes and one named lane for the other 21", async () => {
    const page = await served.browser.newPage();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openApp(page, served.server.appUrl, '#/overview');
    const gantt = page.locator('.mini .gantt');
    await gantt.locator('canvas').first().waitFor({ timeout: 60_000 });
    // every dataset in: a chart drawn from the first batch shows only some regions
    await waitForWholeLoad(page);
    expect(await gantt.getAttribute('data-timeline-mode')).toBe('bins');
    expect(await gantt.getAttribute('data-lanes')).toBe(String(REGIONS));
    expect(await gantt.getAttribute('data-folded-lanes')).toBe('21');
    await screenshot(page, 'overview-30-regions');
    await page.close();
  });

  it('no console error', () => {
    expect(served.browser.errors).toEqual([]);
  });
});
