import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp, ROOT, SUB_PATH, useServedSite } from './harness.ts';
import { newScreenPage, openScreen, waitForDrawnCanvas } from './harness-screen.ts';

const ROUTES = ['overview', 'timeline', 'workload', 'targets', 'tasks', 'quality', 'screen'] as const;

const served = useServedSite();

describe('Content-Security-Policy of the built page', () => {
  it('dist/index.html carries a self-only policy without unsafe-eval or unsafe-inline scripts', () => {
    const html = readFileSync(resolve(ROOT, 'dist/index.html'), 'utf8');
    const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    // no inline script at all, and nothing fetched from another origin
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it.each(ROUTES)('#/%s draws under the policy with no violation and no console error', async (route) => {
    const { page, violations } = await newScreenPage(served.browser, 1920, 1080);
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    if (route === 'screen') {
      await openScreen(page, served.server.appUrl, '#/screen?rotate=0&panels=workload');
      await waitForDrawnCanvas(page);
    } else {
      await openApp(page, served.server.appUrl, `#/${route}`);
    }
    if (route === 'overview' || route === 'timeline' || route === 'workload' || route === 'targets') {
      const canvas = await page.waitForSelector('.chart canvas', { timeout: 10_000 });
      // a tooltip is styled from script: hover a bar so it shows under the policy too
      const box = (await canvas.boundingBox())!;
      for (const fx of [0.2, 0.4, 0.6]) await page.mouse.move(box.x + box.width * fx, box.y + box.height * 0.5);
    }
    await page.waitForTimeout(800);
    expect(await page.$$('[data-error-boundary]')).toEqual([]);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an injected inline script is blocked and reported', async () => {
    const { page, violations } = await newScreenPage(served.browser, 1920, 1080);
    await openApp(page, served.server.appUrl, '#/overview');
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.body.append(script);
      await new Promise((ok) => setTimeout(ok, 200));
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    await page.waitForTimeout(200);
    expect(violations.some((v) => v.includes('script-src'))).toBe(true);
    await page.close();
  });

  it('no request leaves the app folder', () => {
    const prefix = new URL(served.server.appUrl).origin + SUB_PATH;
    expect(served.browser.requests.filter((url) => !url.startsWith(prefix) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
    expect(served.server.outside).toEqual([]);
  });
});
