import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from './static-server.ts';

// DuckDB-WASM reads Parquet from the static server with single byte ranges (the national prototype)
describe('startStaticServer byte ranges', () => {
  let server: StaticServer;
  const body = Buffer.from('0123456789abcdefghij');
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'duban-range-'));
    writeFileSync(join(dir, 'file.bin'), body);
    server = await startStaticServer(dir, dir, { '/extra/': dir });
  });
  afterAll(() => server.close());

  const get = (path: string, headers: Record<string, string> = {}, method = 'GET') => fetch(new URL(path, server.url), { headers, method });

  it('answers bytes=a-b with 206, the slice and Content-Range', async () => {
    server.resetTraffic();
    const res = await get('data/file.bin', { Range: 'bytes=2-5' });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe('bytes 2-5/20');
    expect(await res.text()).toBe('2345');
    expect(server.traffic).toEqual({ requests: 1, rangeRequests: 1, bytes: 4 });
  });

  it('answers open and suffix ranges, and clamps the end to the file', async () => {
    expect(await (await get('data/file.bin', { Range: 'bytes=15-' })).text()).toBe('fghij');
    expect(await (await get('data/file.bin', { Range: 'bytes=-3' })).text()).toBe('hij');
    expect(await (await get('data/file.bin', { Range: 'bytes=18-99' })).text()).toBe('ij');
  });

  it('answers a range past the end with 416', async () => {
    const res = await get('data/file.bin', { Range: 'bytes=20-30' });
    expect(res.status).toBe(416);
    expect(res.headers.get('content-range')).toBe('bytes */20');
  });

  it('serves the whole file without a range, HEAD without a body, and mounted folders', async () => {
    server.resetTraffic();
    const whole = await get('extra/file.bin');
    expect(whole.status).toBe(200);
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(await whole.text()).toBe(body.toString());
    const head = await get('data/file.bin', {}, 'HEAD');
    expect(head.headers.get('content-length')).toBe('20');
    expect(server.traffic.bytes).toBe(20);
  });
});
