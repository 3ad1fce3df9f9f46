import { chromium, type Browser } from 'playwright-core';
import { VIEWS } from '../../src/state/app-state.ts';
import { CHROMIUM } from './browser-bench.ts';
import type { ChunkSize, RouteSize } from './bundle-sizes.ts';
import { startStaticServer } from './static-server.ts';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/**
 * Opens each view of the built app in Chromium on the bundled datasets, in a fresh page, and sums the gzip size
 * of every script it fetched until the network went quiet — what a user's first visit to that view downloads.
 * Measured in the browser rather than read from the chunk graph, because charts load ECharts with import().
 */
export async function measureRouteScripts(distDir: string, dataDir: string, chunks: readonly ChunkSize[]): Promise<RouteSize[]> {
  const gzipOf = new Map(chunks.map((c) => [c.file, c.gzip]));
  const server = await startStaticServer(distDir, dataDir);
  // launched inside the try: a browser that fails to start must not leave the server holding the bench open
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    const routes: RouteSize[] = [];
    for (const view of VIEWS) {
      const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
      const scripts = new Set<string>();
      page.on('request', (request) => {
        const path = new URL(request.url()).pathname.replace(/^\//, '');
        if (path.endsWith('.js')) scripts.add(path);
      });
      await page.goto(new URL(`#/${view === 'overview' ? '' : view}`, server.url).href);
      // the view has drawn something of its own (a chart, a row, a table) and nothing more is being fetched
      await page.waitForSelector(`main[data-view="${view}"] :is(canvas, [role="row"], table)`, { timeout: 60_000 }).catch(() => undefined);
      await page.waitForLoadState('networkidle');
      const fetched = [...scripts].map((file) => ({ file, gzip: gzipOf.get(file) ?? 0 })).sort((a, b) => b.gzip - a.gzip);
      routes.push({ route: view, gzip: fetched.reduce((n, s) => n + s.gzip, 0), scripts: fetched });
      await page.close();
    }
    return routes.sort((a, b) => b.gzip - a.gzip);
  } finally {
    await browser?.close();
    await server.close();
  }
}
