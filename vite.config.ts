import { cpSync, existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';

const dataDir = resolve(import.meta.dirname, 'data');

/** Serves data/ in dev and copies it beside index.html in the build, so datasets stay replaceable files. */
function datasetsFolder(): Plugin {
  let outDir: string | null = null;
  return {
    name: 'duban-datasets-folder',
    configResolved(config) {
      // Vitest resolves a build config too (with a dummy outDir); only a real build copies data/.
      outDir = config.command === 'build' && !process.env.VITEST ? resolve(config.root, config.build.outDir) : null;
    },
    configureServer(server) {
      server.middlewares.use('/data', (req, res, next) => {
        const file = normalize(join(dataDir, decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')));
        // .arrow: datasets in the compact encoding (README "Compact encoding").
        if (!file.startsWith(dataDir) || !existsSync(file) || !['.json', '.arrow'].includes(extname(file))) return next();
        res.setHeader('Content-Type', extname(file) === '.arrow' ? 'application/vnd.apache.arrow.file' : 'application/json; charset=utf-8');
        res.end(readFileSync(file));
      });
    },
    closeBundle() {
      if (!outDir || !existsSync(dataDir)) return;
      // The golden test's *-changed.json files are for diffing, never for publishing.
      cpSync(dataDir, join(outDir, 'data'), { recursive: true, filter: (src) => !src.endsWith('-changed.json') });
    },
  };
}

// base './' keeps every asset URL relative, so the built folder works under any sub-path.
export default defineConfig({
  base: './',
  plugins: [react(), datasetsFolder()],
  build: {
    outDir: 'dist',
    sourcemap: false,
    emptyOutDir: true,
    // The tree-shaken ECharts chunk (~680 kB raw, 225 kB gzip) and exceljs (~930 kB raw, 256 kB
    // gzip, fetched only when an .xlsx is imported) are lazy and expected; warn only above them.
    chunkSizeWarningLimit: 950,
    // Chromium (the wall PCs, 360 and QQ browsers), Firefox from 115 and Safari from 17 preload modules themselves;
    // older ones run the same code, fetching the first view's modules as they meet them. The polyfill for those was
    // about 0.3 KiB of the 100 KiB first download.
    modulePreload: { polyfill: false },
    // Seven characters of content hash, not eight (the fewest Rolldown allows for this many chunks): a hash does not
    // compress, and the first download names every lazy chunk it may preload, about 70. About 0.06 KiB.
    rolldownOptions: { output: { chunkFileNames: 'assets/[name]-[hash:7].js', entryFileNames: 'assets/[name]-[hash:7].js' } },
  },
  // The dataset validator (src/load/validate-worker.ts) runs as a module worker: zod and the schema load there, not on the page.
  worker: { format: 'es' },
  test: {
    environment: 'node',
    env: { TZ: 'UTC' },
    projects: [
      // Unit tests run in parallel on a 2-core machine that may be busy: a heavy one (a round trip of thousands of
      // generated tasks) can pass 5 s without anything being wrong, so the limit only catches a hang.
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**', '**/node_modules/**'], testTimeout: 30_000 } },
      {
        extends: true,
        test: {
          // Real Chromium against the built dist/ served under a sub-path; `npm run build` comes first.
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
