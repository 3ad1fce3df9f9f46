import type { CDPSession, Page } from 'playwright-core';
import type { Browser } from './harness.ts';

/** Opens a page with the given CSS viewport at deviceScaleFactor 1 (so 3840×2160 is a real 4K canvas) and records CSP violations. */
export async function newScreenPage(browser: Browser, width: number, height: number): Promise<{ page: Page; violations: string[] }> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height });
  const violations: string[] = [];
  await page.exposeFunction('__dubanCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __dubanCspViolation: (text: string) => void }).__dubanCspViolation;
      void report(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return { page, violations };
}

/** Opens `#/screen…` and waits until a panel (panels= mode) or the composite wall is on the stage. */
export async function openScreen(page: Page, appUrl: string, hash: string): Promise<void> {
  await page.goto(`${appUrl}${hash}`);
  await page.waitForSelector('[data-testid="screen-panel"] .screen-panel, [data-testid="wall"] [data-testid="wall-counters"]', { timeout: 45_000 });
}

/** Waits until every canvas in the panel has drawn something that is not the background, and returns how many canvases there are. */
export async function waitForDrawnCanvas(page: Page, timeout = 10_000): Promise<number> {
  await page.waitForFunction(() => {
    const canvases = [...document.querySelectorAll<HTMLCanvasElement>('[data-testid="screen-panel"] canvas')];
    return canvases.length > 0 && canvases.every((canvas) => {
      const ctx = canvas.getContext('2d');
      if (!ctx || canvas.width === 0) return false;
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      let drawn = 0;
      for (let i = 3; i < data.length; i += 4 * 97) if (data[i]! > 0) drawn++;
      return drawn > 50;
    });
  }, undefined, { timeout });
  return page.$$eval('[data-testid="screen-panel"] canvas', (canvases) => canvases.length);
}

/** The document's scroll size, to compare with the viewport (no scroll bar means neither exceeds it). */
export async function scrollSize(page: Page): Promise<{ width: number; height: number }> {
  return page.evaluate(() => ({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight }));
}

/** A text element whose box leaves its panel, is cut by its own overflow, or overlaps another text element. */
export interface LabelProblem {
  kind: 'clipped' | 'truncated' | 'overlap' | 'off-stage';
  text: string;
  other?: string;
}

/**
 * Checks every DOM text label the big screen renders (leaf elements with text): each lies inside the stage and inside
 * its panel box, shows its whole text (scrollWidth ≤ clientWidth), and overlaps no other label. Canvas labels are checked by eye.
 */
export async function labelProblems(page: Page): Promise<LabelProblem[]> {
  return page.evaluate(() => {
    const problems: { kind: 'clipped' | 'truncated' | 'overlap' | 'off-stage'; text: string; other?: string }[] = [];
    const stage = document.querySelector('.screen-stage')!.getBoundingClientRect();
    const labels = [...document.querySelectorAll<HTMLElement>('.screen-stage *')].filter((el) => {
      if (el.closest('.screen-chart')) return false; // ECharts' own DOM (aria) is not a label we render
      if (el.closest('[aria-hidden="true"]')) return false; // the second copy of a scrolling list
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') return false;
      return [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');
    });
    const tolerance = 1.5;
    const inside = (a: DOMRect, b: DOMRect) =>
      a.left >= b.left - tolerance && a.top >= b.top - tolerance && a.right <= b.right + tolerance && a.bottom <= b.bottom + tolerance;
    // the text's own box: a range around its text nodes, so block elements wider than their text do not count as overlap
    const textBox = (el: HTMLElement): DOMRect => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return range.getBoundingClientRect();
    };
    // a list scrolling through its box is cut at the box's edges on purpose: only its truncation is checked
    const scrolling = (el: HTMLElement) => el.closest('.auto-scroll[data-scrolling="true"]') !== null;
    const boxes = labels.map((el) => ({ el, box: textBox(el), text: el.textContent!.trim().slice(0, 40), moving: scrolling(el) }));
    for (const { el, box, text, moving } of boxes) {
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow !== 'visible') problems.push({ kind: 'truncated', text });
      if (moving) continue;
      if (!inside(box, stage)) problems.push({ kind: 'off-stage', text });
      const container = el.closest(
        '.screen-figure, .screen-region, .screen-panel-head, .screen-header, .screen-footer, .screen-panel, .wall-counter, .wall-focus, .wall-tile, .wall-month, .wall-rank, .wall-panel',
      );
      if (container && !inside(box, container.getBoundingClientRect())) problems.push({ kind: 'clipped', text });
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (a.moving || b.moving) continue;
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
        const overlapX = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const overlapY = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (overlapX > tolerance && overlapY > tolerance) problems.push({ kind: 'overlap', text: a.text, other: b.text });
      }
    }
    return problems;
  });
}

/** Forces a full garbage collection over CDP and returns the JS heap in use, in bytes. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
}

/** DOM text on the stage set below `min` CSS pixels (before the stage's scale), with the text and its size. */
export async function smallTexts(page: Page, min: number): Promise<string[]> {
  return page.evaluate((limit) => {
    const small: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('.screen-stage *')) {
      if (el.closest('.screen-chart')) continue;
      const hasText = [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');
      if (!hasText) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const size = parseFloat(style.fontSize);
      if (size < limit) small.push(`${el.textContent!.trim().slice(0, 30)} (${size}px)`);
    }
    return small;
  }, min);
}
