import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { INSTALL_PAGE_ECHARTS, openApp, useServedSite } from './harness.ts';
import { laneLabelFacts, overlappingBoxes } from './lane-labels.ts';

/**
 * Issue 10 in the browser, read from the charts themselves: each ECharts instance's option (through the page's own
 * ECharts module, echarts.getInstanceByDom) and the rectangles zrender drew. The bundled datasets end in 2025, the
 * default as-of date is 2026-11-30: after every deadline.
 */
const served = useServedSite();

/** What a test needs to know of one chart on screen. */
interface ChartFacts {
  label: string;
  seriesTypes: string[];
  seriesNames: string[];
  /** Legend components shown, with how many entries each names (0: every series). */
  legends: { entries: number }[];
  visualMaps: number;
  /** The data-legend of an HTML key beside the chart (the Gantt's), or null. */
  htmlLegend: string | null;
  /** Texts zrender drew (tspans), e.g. axis labels, the as-of label, the edge marker. */
  texts: string[];
  markLines: unknown[];
}


async function installPageEcharts(page: Page): Promise<void> {
  expect(await page.evaluate(INSTALL_PAGE_ECHARTS), 'the page loaded its ECharts chunk').toBe(true);
}

/** Waits for the view's charts to be drawn, then reads them. */
async function chartsOn(page: Page, minCharts = 1): Promise<ChartFacts[]> {
  await page.waitForFunction((n) => document.querySelectorAll('[_echarts_instance_] canvas').length >= n, minCharts);
  // charts mount one by one as their ECharts parts arrive: wait until every chart body on the page holds its canvas
  // (or says it is empty or broken), so no chart is read before it exists
  await page.waitForFunction(() => [...document.querySelectorAll('.chart-body')].every((body) => body.querySelector('[_echarts_instance_] canvas, .chart-empty, .chart-error') !== null));
  // the option is set on the first render; wait until every instance has series
  await installPageEcharts(page);
  return page.evaluate(async () => {
    type Instance = { getOption(): unknown; getZr(): { storage: { getDisplayList(update: boolean): unknown[] } } };
    const echarts = (window as unknown as { __pageEcharts: { getInstanceByDom(el: Element): Instance | undefined } }).__pageEcharts;
    const ready = () => [...document.querySelectorAll('[_echarts_instance_]')].every((el) => {
      const option = echarts.getInstanceByDom(el)?.getOption() as { series?: unknown[] } | undefined;
      return (option?.series?.length ?? 0) > 0;
    });
    for (let i = 0; i < 200 && !ready(); i++) await new Promise((ok) => requestAnimationFrame(ok));
    return [...document.querySelectorAll('[_echarts_instance_]')].map((el) => {
      const chart = echarts.getInstanceByDom(el)!;
      const option = chart.getOption() as Record<string, unknown[] | undefined>;
      const series = (option.series ?? []) as { type: string; name?: string; markLine?: { data?: unknown[] } }[];
      const legends = ((option.legend ?? []) as { show?: boolean; data?: unknown[] }[]).filter((l) => l.show !== false).map((l) => ({ entries: l.data?.length ?? 0 }));
      const texts = (chart.getZr().storage.getDisplayList(true) as { style?: { text?: unknown } }[])
        .map((e) => e.style?.text).filter((t): t is string => typeof t === 'string' && t !== '');
      return {
        label: el.closest('[aria-label]')?.getAttribute('aria-label') ?? '',
        seriesTypes: series.map((s) => s.type),
        seriesNames: series.map((s) => s.name ?? ''),
        legends,
        visualMaps: ((option.visualMap ?? []) as { show?: boolean }[]).filter((v) => v.show !== false).length,
        htmlLegend: el.closest('.gantt')?.querySelector('[data-legend]')?.getAttribute('data-legend') ?? null,
        texts,
        markLines: series.flatMap((s) => s.markLine?.data ?? []),
      };
    });

  });
}

/** A chart uses colour to mean something when it stacks or lists several series, maps values to colour, or is the Gantt. */
function usesColour(chart: ChartFacts): boolean {
  const meaningful = chart.seriesNames.filter((name, i) => chart.seriesTypes[i] !== 'custom' || !['lanes', '长期推进', 'Ongoing'].includes(name));
  return chart.visualMaps > 0 || chart.seriesTypes.includes('custom') || chart.seriesTypes.includes('heatmap') || new Set(meaningful).size > 1;
}

function hasLegend(chart: ChartFacts): boolean {
  return chart.visualMaps > 0 || chart.htmlLegend !== null || chart.legends.length > 0;
}

describe('colours have keys, the as-of date is drawn, timeline labels never overlap (issue 10)', () => {
  for (const view of ['overview', 'timeline', 'workload', 'targets'] as const) {
    it(`every chart on #/${view} that uses colour has a legend`, async () => {
      const page = await served.browser.newPage();
      await openApp(page, served.server.appUrl, `#/${view}`);
      const charts = await chartsOn(page, view === 'targets' ? 2 : view === 'overview' ? 3 : 2);
      const coloured = charts.filter(usesColour);
      expect(coloured.length).toBeGreaterThan(0);
      expect(coloured.filter((chart) => !hasLegend(chart)).map((chart) => chart.label)).toEqual([]);
      await page.close();
    });
  }

  it('the named charts: the overview\'s monthly deadlines and workload stacks, the Gantt, target panels and the matrix scale', async () => {
    const page = await served.browser.newPage();
    await openApp(page, served.server.appUrl, '#/overview');
    const overview = await chartsOn(page, 3);
    const byLabel = (charts: ChartFacts[], label: string) => charts.find((chart) => chart.label === label);
    expect(byLabel(overview, '每月到期任务数')?.legends.length).toBeGreaterThan(0);
    expect(byLabel(overview, '各单位任务量（按角色）')?.legends.length).toBeGreaterThan(0);
    // the overview's small timeline is binned: its key is the colour scale
    expect(byLabel(overview, '任务时间轴')?.htmlLegend).toBe('gantt-bins');

    // the bundled datasets' lanes do not fit one readable row per task: monthly counts with their scale by default,
    // the status colours' key with one row per task (rows=items)
    await openApp(page, served.server.appUrl, '#/timeline');
    expect(byLabel(await chartsOn(page, 2), '任务时间轴')?.htmlLegend).toBe('gantt-bins');
    await openApp(page, served.server.appUrl, '#/timeline?rows=items');
    expect(byLabel(await chartsOn(page, 2), '任务时间轴')?.htmlLegend).toBe('gantt');

    await openApp(page, served.server.appUrl, '#/targets');
    const targets = await chartsOn(page, 2);
    expect(byLabel(targets, '指标类别 × 地区')?.visualMaps).toBe(1);
    const panels = targets.filter((chart) => chart.seriesTypes.every((t) => t === 'bar'));
    expect(panels.length).toBeGreaterThan(0);
    for (const panel of panels) expect(panel.legends.length, panel.label).toBeGreaterThan(0);
    await page.close();
  });

  it('the as-of date (2026-11-30, after every deadline) is drawn on every time chart: a line or an edge marker', async () => {
    // asof= in the link: the default as-of date is today
    const page = await served.browser.newPage();
    for (const view of ['overview', 'timeline'] as const) {
      await openApp(page, served.server.appUrl, `#/${view}?asof=2026-11-30`);
      const charts = (await chartsOn(page, 2)).filter((chart) => ['每月到期任务数', '任务时间轴'].includes(chart.label));
      expect(charts.length, view).toBe(2);
      for (const chart of charts) {
        // drawn, not only promised: zrender holds the label's text
        expect(chart.texts.some((text) => text.includes('截至 2026-11-30')), `${view}: ${chart.label}`).toBe(true);
      }
    }
    await page.close();
  });

  for (const [width, height] of [[1920, 1080], [1366, 768]] as const) {
    for (const lane of ['region', 'lead', 'section'] as const) {
      it(`timeline lane labels do not overlap at ${width}×${height}, lanes ${lane}`, async () => {
        const page = await served.browser.newPage();
        await page.setViewportSize({ width, height });
        await openApp(page, served.server.appUrl, `#/timeline?lane=${lane}`);
        await page.waitForSelector('.gantt [_echarts_instance_] canvas');
        const boxes = await laneLabelFacts(page);
        expect(boxes.expected).toBeGreaterThan(1);
        // every lane label is drawn (none hidden to avoid an overlap)...
        expect(boxes.drawn.length).toBe(boxes.expected);
        // ...and no two of them share a pixel
        expect(overlappingBoxes(boxes.drawn)).toEqual([]);
        await page.close();
      });
    }
  }
});

