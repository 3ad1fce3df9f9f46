import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One built file under dist/assets. */
export interface ChunkSize {
  file: string;
  raw: number;
  gzip: number;
  /** 'initial': index.html's entry script, a modulepreload or a stylesheet; 'lazy': only reached through import(). */
  load: 'initial' | 'lazy';
}

export interface BundleSizes {
  chunks: ChunkSize[];
  /** Sums over .js files only (the budgets are on JS). */
  jsRaw: number;
  jsGzip: number;
  initialJsRaw: number;
  initialJsGzip: number;
}

/** What opening one view downloads: the gzip size of every script fetched (see route-js.ts). */
export interface RouteSize {
  route: string;
  gzip: number;
  /** The scripts that view fetched (worker scripts too), largest first: which chunk to shrink. */
  scripts?: { file: string; gzip: number }[];
}

/** Reads dist/assets and dist/index.html: raw and gzip (level 9) size per chunk and which are loaded before any lazy import. */
export function measureBundle(distDir: string): BundleSizes {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const initial = new Set<string>();
  for (const m of html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"[^>]*>/g)) {
    const tag = m[0];
    if (/<script/.test(tag) || /rel="(?:modulepreload|stylesheet)"/.test(tag)) initial.add(m[1]!.replace(/^\.?\//, ''));
  }
  const assets = join(distDir, 'assets');
  const chunks: ChunkSize[] = readdirSync(assets)
    .filter((file) => statSync(join(assets, file)).isFile())
    .sort()
    .map((file) => {
      const bytes = readFileSync(join(assets, file));
      return { file: `assets/${file}`, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, load: initial.has(`assets/${file}`) ? 'initial' : 'lazy' };
    });
  const js = chunks.filter((c) => c.file.endsWith('.js'));
  const sum = (list: ChunkSize[], key: 'raw' | 'gzip') => list.reduce((n, c) => n + c[key], 0);
  const initialJs = js.filter((c) => c.load === 'initial');
  return { chunks, jsRaw: sum(js, 'raw'), jsGzip: sum(js, 'gzip'), initialJsRaw: sum(initialJs, 'raw'), initialJsGzip: sum(initialJs, 'gzip') };
}
