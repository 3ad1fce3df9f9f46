import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, screenshot, useServedSite } from './harness.ts';
import { newScreenPage, openScreen } from './harness-screen.ts';

const served = useServedSite();
const PLACEHOLDER = '未注明地区';
// the bundled datasets include one whose document names no region (data/doc-*.json, region 未注明地区)
const VIEWS = ['overview', 'timeline', 'workload', 'targets', 'tasks', 'quality', 'supervise'] as const;

/**
 * Every text the page's charts would show, read from each chart's live option (echarts.getInstanceByDom, the
 * ECharts namespace taken from the echarts-for-react element's props): strings outside data items' payload keys
 * (payloads keep the stored region, which filters match), plus what legend and axis-label formatters return.
 */
async function chartTexts(page: Page): Promise<string[]> {
  // a chart just mounted (the wall's map waits for its boundaries) has no option yet: read again until all have one
  for (let attempt = 0; ; attempt++) {
    try {
      return await readChartTexts(page);
    } catch (error) {
      if (attempt >= 100 || !String(error).includes('without a readable option')) throw error;
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    }
  }
}

async function readChartTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type Obj = Record<string, unknown>;
    const DRAWN = new Set(['name', 'value', 'label', 'tooltip', 'itemStyle', 'emphasis', 'labelLine']);
    const texts: string[] = [];
    const visit = (v: unknown, inData: boolean) => {
      if (typeof v === 'string') texts.push(v);
      else if (Array.isArray(v)) v.forEach((x) => visit(x, inData));
      else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v as Obj)) if (!inData || DRAWN.has(k)) visit(x, false);
    };
    const call = (f: unknown, ...args: unknown[]) => {
      if (typeof f !== 'function') return;
      try {
        const r = (f as (...a: unknown[]) => unknown)(...args);
        if (typeof r === 'string') texts.push(r);
      } catch {
        // a formatter that needs more than a name: its strings are covered by the unit tests
      }
    };
    for (const el of document.querySelectorAll('[_echarts_instance_]')) {
      const fiberKey = Object.keys(el).find((k) => k.startsWith('__reactFiber$'));
      let fiber = fiberKey ? (el as unknown as Record<string, { return: unknown; memoizedProps?: Obj } | undefined>)[fiberKey] : undefined;
      let echarts: { getInstanceByDom: (dom: Element) => { getOption: () => Obj } | undefined } | undefined;
      while (fiber && !echarts) {
        echarts = fiber.memoizedProps?.echarts as typeof echarts;
        fiber = fiber.return as typeof fiber;
      }
      const option = echarts?.getInstanceByDom(el)?.getOption();
      if (!option) throw new Error('a chart without a readable option');
      const series = (option.series as Obj[] | undefined) ?? [];
      visit({ ...option, series: series.map((s) => ({ ...s, data: undefined })) }, false);
      for (const s of series) for (const d of (s.data as unknown[] | undefined) ?? []) visit(d, typeof d === 'object' && d !== null && !Array.isArray(d));
      for (const legend of (option.legend as Obj[] | undefined) ?? []) for (const s of series) call(legend.formatter, s.name);
      for (const axis of [...((option.xAxis as Obj[] | undefined) ?? []), ...((option.yAxis as Obj[] | undefined) ?? [])]) {
        const data = (axis.data as unknown[] | undefined) ?? [];
        data.forEach((d, i) => call((axis.axisLabel as Obj | undefined)?.formatter, typeof d === 'object' && d !== null ? (d as Obj).value : d, i));
      }
    }
    return texts;
  });
}

describe('English mode names the unknown region in English', () => {
  it.each(VIEWS)('#/%s?lang=en: no 未注明地区 in any chart option, chart data table or page text', async (view) => {
    const page = await served.browser.newPage();
    await openApp(page, served.server.appUrl, `#/${view}?lang=en`);
    if (!['tasks', 'quality', 'supervise'].includes(view)) await page.waitForSelector('[_echarts_instance_]');
    else await page.waitForSelector(view === 'tasks' ? '.task-row[data-task-id]' : `main[data-view="${view}"]`);
    // the numbers behind every chart, as the on-screen table
    for (const button of await page.$$('[data-testid="show-table"][aria-expanded="false"]')) await button.click();
    const texts = await chartTexts(page);
    const pageText = await page.evaluate(() => document.body.innerText);
    expect(texts.filter((t) => t.includes(PLACEHOLDER))).toEqual([]);
    expect(pageText.includes(PLACEHOLDER) ? pageText.slice(Math.max(0, pageText.indexOf(PLACEHOLDER) - 80), pageText.indexOf(PLACEHOLDER) + 40) : '').toBe('');
    if (view === 'overview' || view === 'tasks') expect(`${texts.join('\n')}\n${pageText}`).toContain('Region not stated');
    await page.close();
  });

  it('#/screen?lang=en: the wall (tiles, rankings, alerts, map option) names it in English', async () => {
    const { page } = await newScreenPage(served.browser, 1920, 1080);
    await openScreen(page, served.server.appUrl, '#/screen?rotate=0&lang=en');
    await page.waitForSelector('.wall-tile');
    expect(await page.textContent('.wall-tile')).toContain('Region not stated');
    const texts = await chartTexts(page);
    const pageText = await page.evaluate(() => document.body.innerText);
    expect([...texts, pageText].filter((t) => t.includes(PLACEHOLDER))).toEqual([]);
    await page.close();
  });

  it('filtered to the unknown region: the chip says it in English, the filter still matches the stored region', async () => {
    const page = await served.browser.newPage();
    await openApp(page, served.server.appUrl, `#/tasks?lang=en&region=${encodeURIComponent(PLACEHOLDER)}`);
    await page.waitForSelector('.task-row[data-task-id]');
    expect(await page.textContent(`[data-chip="region:${PLACEHOLDER}"]`)).toContain('Region not stated');
    const regions = await page.$$eval('.task-row[data-task-id] .cell-region', (cells) => [...new Set(cells.map((c) => c.textContent))]);
    expect(regions).toEqual(['Region not stated']);
    await screenshot(page, 'english-region-not-stated');
    await page.close();
  });
});
