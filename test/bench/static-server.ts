import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  url: string;
  /** What was sent so far: response bodies only, whole files and byte ranges alike (see resetTraffic). */
  traffic: { requests: number; rangeRequests: number; bytes: number };
  resetTraffic(): void;
  close(): Promise<void>;
}

/** Extra URL prefixes served from other folders ("/duckdb/" → node_modules/@duckdb/duckdb-wasm/dist). */
export type Mounts = Readonly<Record<string, string>>;

/**
 * Serves `root` on 127.0.0.1 (a free port) with `data/` taken from `dataDir` instead, which is the
 * same as serving a copy of dist/ whose data/ was replaced, without copying a gigabyte. No compression.
 */
export async function startStaticServer(root: string, dataDir: string, mounts: Mounts = {}): Promise<StaticServer> {
  const traffic = { requests: 0, rangeRequests: 0, bytes: 0 };
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    const mount = Object.keys(mounts).find((prefix) => path.startsWith(prefix));
    const [base, rel] = mount !== undefined ? [mounts[mount]!, path.slice(mount.length)]
      : path.startsWith('/data/') ? [dataDir, path.slice('/data/'.length)] : [root, path === '/' ? 'index.html' : path.slice(1)];
    const file = normalize(join(base, rel));
    if (!file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    const size = statSync(file).size;
    const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store', 'Accept-Ranges': 'bytes' };
    traffic.requests++;
    // a single byte range (bytes=a-b, a-, -n), as a static file server answers one: what DuckDB-WASM reads Parquet with
    const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
    if (range !== null && (range[1] !== '' || range[2] !== '')) {
      const start = range[1] === '' ? Math.max(0, size - Number(range[2])) : Number(range[1]);
      const end = range[1] === '' || range[2] === '' ? size - 1 : Math.min(size - 1, Number(range[2]));
      if (start > end || start >= size) {
        res.writeHead(416, { 'Content-Range': `bytes */${size}` }).end();
        return;
      }
      traffic.rangeRequests++;
      traffic.bytes += end - start + 1;
      res.writeHead(206, { ...headers, 'Content-Range': `bytes ${start}-${end}/${size}`, 'Content-Length': end - start + 1 });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file, { start, end }).pipe(res);
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Length': size });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    traffic.bytes += size;
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    traffic,
    resetTraffic() {
      traffic.requests = 0;
      traffic.rangeRequests = 0;
      traffic.bytes = 0;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
