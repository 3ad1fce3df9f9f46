import { describe, expect, it } from 'vitest';
import { openApp, screenshot, useServedSite } from './harness.ts';
import { laneLabelFacts, overlappingBoxes } from './lane-labels.ts';

/**
 * Issue 10 point 7 on the bundled datasets: a 1080p screen shows the whole seed set's lanes at once, by region, by
 * section and by lead unit (26 units) — no row slider hiding lanes, labels inside the plot and apart — and the way to
 * single tasks is plain (the 逐项任务 toggle kept in the link, a lane label narrowing to that lane).
 */
const served = useServedSite();

describe('timeline lanes: the whole seed set\'s lanes at once on a 1080p screen (issue 10, point 7)', () => {
  for (const lane of ['region', 'section', 'lead'] as const) {
    it(`1920×1080, lanes ${lane}: every lane label drawn inside the plot at once, none overlapping`, async () => {
      const page = await served.browser.newPage();
      await page.setViewportSize({ width: 1920, height: 1080 });
      await openApp(page, served.server.appUrl, `#/timeline?lane=${lane}`);
      const facts = await laneLabelFacts(page, 'main');
      expect(facts.lanes).toBeGreaterThan(1);
      // one label per lane, every one drawn: no row slider pages lanes out of sight
      expect(facts.rowSliders).toBe(0);
      expect(facts.labels).toHaveLength(facts.lanes);
      expect(facts.drawn).toHaveLength(facts.lanes);
      const outside = facts.drawn.filter((box) => box.y + box.height / 2 < facts.plot.top || box.y + box.height / 2 > facts.plot.bottom);
      expect(outside.map((box) => box.text)).toEqual([]);
      expect(overlappingBoxes(facts.drawn)).toEqual([]);
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
      const facts = await laneLabelFacts(page, 'main');
      expect(facts.drawn).toHaveLength(facts.labels.length);
      expect(overlappingBoxes(facts.drawn)).toEqual([]);
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
    const facts = await laneLabelFacts(page, 'main');
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
