/**
 * Prints what each view of the built app downloads (gzip KiB per script), for work on the JS budgets:
 * `npm run build && node --import tsx test/bench/route-js-report.ts`. The benchmark (run.ts) records the totals.
 */
import { join, resolve } from 'node:path';
import { measureBundle } from './bundle-sizes.ts';
import { measureRouteScripts } from './route-js.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const KIB = 1024;
const dist = join(ROOT, 'dist');
const bundle = measureBundle(dist);
console.log(`first download (entry + modulepreload): ${(bundle.initialJsGzip / KIB).toFixed(1)} KiB gz; all JS ${(bundle.jsGzip / KIB).toFixed(1)} KiB gz`);
const routes = await measureRouteScripts(dist, join(ROOT, 'data'), bundle.chunks);
for (const route of routes) {
  console.log(`#/${route.route}: ${(route.gzip / KIB).toFixed(1)} KiB gz`);
  for (const script of route.scripts ?? []) console.log(`  ${(script.gzip / KIB).toFixed(1).padStart(6)}  ${script.file}`);
}
