import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { INSTALL_PAGE_ECHARTS } from './harness.ts';

/** One label box zrender drew, in page pixels. */
export interface LabelBox {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The Gantt's lanes as a test sees them once the chart has settled. */
export interface LaneLabelFacts {
  /** Lanes of the model, as the chart's wrapper reports them. */
  lanes: number;
  /** Lane labels the option names on the main axis (all of them, whatever a row slider shows). */
  labels: string[];
  /** Labels that should be on screen (the main axis's inside a row slider's window), of the axes asked for. */
  expected: number;
  /** Row sliders on the main axis. */
  rowSliders: number;
  /** The main plot's top and bottom (page px). */
  plot: { top: number; bottom: number };
  /** The lane labels zrender drew (page px). */
  drawn: LabelBox[];
}

/**
 * Reads the Gantt's lane labels from the option and the boxes zrender drew for them, through the page's own ECharts
 * module; measured once the chart has settled (two reads three frames apart agree), since a first layout at another
 * size or an animation still moving labels is not what the user ends up seeing. axes 'all' counts the year-unknown
 * strip's labels too, 'main' only the main plot's.
 */
export async function laneLabelFacts(page: Page, axes: 'main' | 'all' = 'all'): Promise<LaneLabelFacts> {
  await page.waitForSelector('.gantt [_echarts_instance_] canvas');
  expect(await page.evaluate(INSTALL_PAGE_ECHARTS)).toBe(true);
  return page.evaluate(async (axes) => {
    const echarts = (window as unknown as { __pageEcharts: { getInstanceByDom(el: Element): unknown } }).__pageEcharts;
    type Axis = { data: (string | { value: string })[]; axisLabel: { formatter: (value: string, index: number) => string } };
    type Text = { style?: { text?: unknown }; getBoundingRect(): { x: number; y: number; width: number; height: number }; transform?: number[] };
    type Zoom = { type: string; yAxisIndex?: number | number[]; startValue?: number; endValue?: number };
    type Chart = {
      getOption(): { yAxis: Axis[]; dataZoom?: Zoom[] };
      getZr(): { storage: { getDisplayList(update: boolean): Text[] } };
      getModel(): { getComponent(kind: string, index: number): { coordinateSystem: { getRect(): { y: number; height: number } } } };
    };
    const host = document.querySelector('.gantt [_echarts_instance_]')!;
    const chart = echarts.getInstanceByDom(host) as Chart;
    for (let i = 0; i < 200 && (chart.getOption().yAxis?.length ?? 0) === 0; i++) await new Promise((ok) => requestAnimationFrame(ok));
    const read = () => {
      const option = chart.getOption();
      const labelOf = (axis: Axis, v: string | { value: string }, i: number) => axis.axisLabel.formatter(typeof v === 'string' ? v : v.value, i);
      // the formatter names one row per lane, '' elsewhere
      const labels = option.yAxis[0]!.data.map((v, i) => labelOf(option.yAxis[0]!, v, i)).filter((t) => t !== '');
      // of the main axis only the rows inside a row slider's window are on screen (more lanes than fit are paged)
      const sliders = (option.dataZoom ?? []).filter((zoom) => zoom.type === 'slider' && [zoom.yAxisIndex].flat().includes(0));
      const window = sliders[0];
      const shown = (axis: number, row: number) => axis !== 0 || window === undefined || (row >= (window.startValue ?? 0) && row <= (window.endValue ?? Infinity));
      const onScreen = option.yAxis.slice(0, axes === 'main' ? 1 : undefined).flatMap((axis, a) => axis.data.map((v, i) => (shown(a, i) ? labelOf(axis, v, i) : '')).filter((t) => t !== ''));
      // a long label is cut with "..." or "…" (overflow: truncate): it matches by its start
      const cut = (text: string) => text.replace(/(\.\.\.|…)$/, '');
      const isLabel = (text: string) => onScreen.some((label) => label === text || (cut(text) !== text && label.startsWith(cut(text))));
      const drawn = chart.getZr().storage.getDisplayList(true)
        .filter((el) => typeof el.style?.text === 'string' && isLabel(el.style.text))
        .map((el) => {
          const local = el.getBoundingRect();
          const m = el.transform ?? [1, 0, 0, 1, 0, 0];
          // axis labels are not rotated: scale and translate
          return { text: String(el.style!.text), x: m[0]! * local.x + m[4]!, y: m[3]! * local.y + m[5]!, width: m[0]! * local.width, height: m[3]! * local.height };
        });
      const rect = chart.getModel().getComponent('grid', 0).coordinateSystem.getRect();
      return {
        lanes: Number(host.closest('.gantt')!.getAttribute('data-lanes')),
        labels,
        expected: onScreen.length,
        rowSliders: sliders.length,
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
  }, axes);
}

/** Pairs of boxes that share a pixel, as "a × b". */
export function overlappingBoxes(boxes: readonly LabelBox[]): string[] {
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
