import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureBundle } from '../bench/bundle-sizes.ts';
import { measureRouteScripts } from '../bench/route-js.ts';
import { ROOT } from './harness.ts';

// The scale issue's goal is that no view downloads more than 300 KiB of gzip JavaScript on a first visit (scripts
// of the page and of its workers, until the network is quiet). That goal is not met yet: the largest view measured
// 361.2 KiB (#/timeline, 2026-12-02 evening, once its 督办 legend and colour names loaded apart; README
// "Where the province-scale goals stand"), 362.0 KiB since the entry starts loading the opened view's code and chart
// parts while the data loads (2026-12-03, +0.1 KiB), 364.2 KiB since workers post tasks packed (packed-tasks.ts: +1.3 KiB for
// the packing in the worker and the unpacking on the page, which took the heap at 200k from 236 to 181 MB; the unpacking
// loads apart, with the first dataset, to keep the first download under 100 KiB) and the load starts narrow. On a busy
// machine the timeline sometimes also fetches the graphic part (2.6 KiB: 366.8 KiB, seen 2026-12-03 in about one run of six,
// the same before and after that day's changes) — for the density's as-of edge marker, drawn when a first batch's months
// end more than a year before the as-of date (traced at 200k), so which files answer first decides it — so this holds the figure reached with under 1 KiB to spare (a budget equal to
// the figure failed CI by 27 bytes), and a change that makes any view download more fails here with the list of
// what it fetched. Since the page fetches the manifest itself (prefetched-file.ts: +0.28 KiB in the entry, a little in
// the worker) 364.5 KiB, and 367.1 KiB with the graphic part — fetched more often now that the first batch's charts
// draw at once (preloadable-lazy.ts).
const ROUTE_BUDGET = 368 * 1024;

describe('what each view downloads', () => {
  it(`is at most ${ROUTE_BUDGET / 1024} KiB of gzip JavaScript for every view`, async () => {
    const dist = resolve(ROOT, 'dist');
    const routes = await measureRouteScripts(dist, join(ROOT, 'data'), measureBundle(dist).chunks);
    expect(routes.length).toBeGreaterThan(0);
    for (const route of routes) {
      const listing = (route.scripts ?? []).map((s) => `${s.file} ${(s.gzip / 1024).toFixed(1)} KiB`).join('\n');
      expect(route.gzip, `#/${route.route}: ${(route.gzip / 1024).toFixed(1)} KiB\n${listing}`).toBeLessThanOrEqual(ROUTE_BUDGET);
    }
  }, 600_000);
});
