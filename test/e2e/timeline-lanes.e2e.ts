import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { INSTALL_PAGE_ECHARTS, openApp, screenshot, useServedSite } from './harness.ts';

/**
 * Issue 10 point 7 on the bundled datasets: a 1080p screen shows the whole seed set's lanes at once, by region, by
 * section and by lead unit (26 units) — no row slider hiding lanes, labels inside the plot and apart — and the way to
 * single tasks is plain (the 逐项任务 toggle kept in the link, a lane label narrowing to that lane).
 */
const served = useServedSite();


interface LaneFacts {
  /** Lanes of the model, as the chart's wrapper reports them. */
  lanes: number;
  /** Lane labels the option names on the main axis (all of them, whatever a row slider shows). */
  labels: string[];
  /** Row sliders on the main axis. */
  rowSliders: number;
  /** The main plot's top and bottom (page px). */
  plot: { top: number; bottom: number };
  /** The lane labels zrender drew (page px). */
  drawn: { text: string; x: number; y: number; width: number; height: number }[];
}

async function laneFacts(page: Page): Promise<LaneFacts> {
  await page.waitForSelector('.gantt[data-lanes] [_echarts_instance_] canvas');
  expect(await page.evaluate(INSTALL_PAGE_ECHARTS)).toBe(true);
  return page.evaluate(async () => {
    const echarts = (window as unknown as { __pageEcharts: { getInstanceByDom(el: Element): unknown } }).__pageEcharts;
    type Axis = { data: (string | { value: string })[]; axisLabel: { formatter: (value: string, index: number) => string } };
    type Text = { style?: { text?: unknown }; getBoundingRect(): { x: number; y: number; width: number; height: number }; transform?: number[] };
    type Chart = {
      getOption(): { yAxis: Axis[]; dataZoom?: { type: string; yAxisIndex?: number | number[] }[] };
      getZr(): { storage: { getDisplayList(update: boolean): Text[] } };
      getModel(): { getComponent(kind: string, index: number): { coordinateSystem: { getRect(): { y: number; height: number } } } };
    };
    const host = document.querySelector('.gantt [_echarts_instance_]')!;
    const chart = echarts.getInstanceByDom(host) as Chart;
    for (let i = 0; i < 200 && (chart.getOption().yAxis?.length ?? 0) === 0; i++) await new Promise((ok) => requestAnimationFrame(ok));
    // settled: two reads three frames apart agree
    const read = () => {
      const option = chart.getOption();
      const axis = option.yAxis[0]!;
      const labels = axis.data.map((v, i) => axis.axisLabel.formatter(typeof v === 'string' ? v : v.value, i)).filter((t) => t !== '');
      const cut = (text: string) => text.replace(/(\.\.\.|…)$/, '');
      const isLabel = (text: string) => labels.some((label) => label === text || (cut(text) !== text && label.startsWith(cut(text))));
      const drawn = chart.getZr().storage.getDisplayList(true)
        .filter((el) => typeof el.style?.text === 'string' && isLabel(el.style.text))
        .map((el) => {
          const local = el.getBoundingRect();
          const m = el.transform ?? [1, 0, 0, 1, 0, 0];
          return { text: String(el.style!.text), x: m[0]! * local.x + m[4]!, y: m[3]! * local.y + m[5]!, width: m[0]! * local.width, height: m[3]! * local.height };
        });
      const rect = chart.getModel().getComponent('grid', 0).coordinateSystem.getRect();
      return {
        lanes: Number(host.closest('.gantt')!.getAttribute('data-lanes')),
        labels,
        rowSliders: (option.dataZoom ?? []).filter((zoom) => zoom.type === 'slider' && [zoom.yAxisIndex].flat().includes(0)).length,
        plot: { top: rect.y, bottom: rect.y + rect.height },
        drawn,
      };
    };
    let last = read();
    for (let attempt = 0; attempt < 40; attempt++) {
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(done))));
      const next = read();
      if (JSON.stringify(next) === JSON.stringify(last)) return next;
      last = next;
    }
    return last;
  });
}

function overlaps(boxes: LaneFacts['drawn']): string[] {
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) found.push(`${a.text} × ${b.text}`);
    }
  }
  return found;
}

describe('timeline lanes: the whole seed set\'s lanes at once on a 1080p screen (issue 10, point 7)', () => {
  for (const lane of ['region', 'section', 'lead'] as const) {
    it(`1920×1080, lanes ${lane}: every lane label drawn inside the plot at once, none overlapping`, async () => {
      const page = await served.browser.newPage();
      await page.setViewportSize({ width: 1920, height: 1080 });
      await openApp(page, served.server.appUrl, `#/timeline?lane=${lane}`);
      const facts = await laneFacts(page);
      expect(facts.lanes).toBeGreaterThan(1);
      // one label per lane, every one drawn: no row slider pages lanes out of sight
      expect(facts.rowSliders).toBe(0);
      expect(facts.labels).toHaveLength(facts.lanes);
      expect(facts.drawn).toHaveLength(facts.lanes);
      const outside = facts.drawn.filter((box) => box.y + box.height / 2 < facts.plot.top || box.y + box.height / 2 > facts.plot.bottom);
      expect(outside.map((box) => box.text)).toEqual([]);
      expect(overlaps(facts.drawn)).toEqual([]);
      // the whole plot fits the screen's height below the view's header
      const chartTop = await page.$eval('.gantt [_echarts_instance_]', (el) => el.getBoundingClientRect().top + window.scrollY);
      expect(chartTop + facts.plot.bottom).toBeLessThanOrEqual(1080);
      if (lane === 'lead') await screenshot(page, 'timeline-lanes-lead-1920');
      await page.close();
    });

    it(`1366×768, lanes ${lane}: lane labels do not overlap`, async () => {
      const page = await served.browser.newPage();
      await page.setViewportSize({ width: 1366, height: 768 });
      await openApp(page, served.server.appUrl, `#/timeline?lane=${lane}`);
      const facts = await laneFacts(page);
      expect(facts.drawn).toHaveLength(facts.labels.length);
      expect(overlaps(facts.drawn)).toEqual([]);
      await page.close();
    });
  }

  it('the overview says what its cells are; 逐项任务 switches to one row per task and is kept in the link', async () => {
    const page = await served.browser.newPage();
    await openApp(page, served.server.appUrl, '#/timeline?lane=lead');
    await page.waitForSelector('.gantt[data-timeline-mode="bins"]');
    expect(await page.textContent('[data-legend="gantt-bins"]')).toContain('每格为当月到期任务数');
    expect(await page.getAttribute('button[data-rows="months"]', 'aria-pressed')).toBe('true');
    await page.click('button[data-rows="items"]');
    await page.waitForSelector('.gantt[data-timeline-mode="items"]');
    expect(await page.evaluate(() => location.hash)).toContain('rows=items');
    expect(await page.getAttribute('button[data-rows="items"]', 'aria-pressed')).toBe('true');
    // the status colours' key is back with the single tasks
    await page.waitForSelector('[data-legend="gantt"]');
    // a link with rows=items opens that way
    await openApp(page, served.server.appUrl, '#/timeline?lane=lead&rows=items');
    await page.waitForSelector('.gantt[data-timeline-mode="items"]');
    await page.close();
  });

  it('clicking a lane label of the overview narrows to that lane, drawn one row per task', async () => {
    const page = await served.browser.newPage();
    await openApp(page, served.server.appUrl, '#/timeline?lane=lead');
    await page.waitForSelector('.gantt[data-timeline-mode="bins"]');
    const facts = await laneFacts(page);
    const first = facts.drawn.find((box) => box.text.startsWith('市政务服务数据管理局（汕尾市）'))!;
    expect(first).toBeDefined();
    await (await page.$('.gantt [_echarts_instance_] canvas'))!.click({ position: { x: first.x + first.width / 2, y: first.y + first.height / 2 } });
    await page.waitForFunction(() => location.hash.includes('unit=') && location.hash.includes('role=lead'));
    // (a task led jointly sits in its first lead unit's lane, so another lane or two may come along)
    await page.waitForSelector('.gantt[data-timeline-mode="items"]');
    expect(Number(await page.getAttribute('.gantt', 'data-lanes'))).toBeLessThanOrEqual(3);
    await page.close();
  });
});
