import { cpSync, existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';

const dataDir = resolve(import.meta.dirname, 'data');

/** Serves data/ in dev and copies it beside index.html in the build, so datasets stay replaceable files. */
function datasetsFolder(): Plugin {
  let outDir = 'dist';
  return {
    name: 'duban-datasets-folder',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use('/data', (req, res, next) => {
        const file = normalize(join(dataDir, decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')));
        if (!file.startsWith(dataDir) || !existsSync(file) || extname(file) !== '.json') return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(readFileSync(file));
      });
    },
    closeBundle() {
      if (existsSync(dataDir)) cpSync(dataDir, join(outDir, 'data'), { recursive: true });
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
  },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    env: { TZ: 'UTC' },
  },
});
