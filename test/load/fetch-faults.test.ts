import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeJsonBytes, fetchText, type FetchLike } from '../../src/load/fetch-text.ts';
import { urlInsideFolder } from '../../src/load/inside-folder.ts';
import { loadDatasets } from '../../src/load/load-datasets.ts';

const fixtures = resolve(import.meta.dirname, '../fixtures/e2e-data');
const read = (name: string) => readFileSync(resolve(fixtures, name), 'utf8');
const BASE = 'http://host/duban/data/';
const LIMITS = { timeoutMs: 50, maxBytes: 1000, folder: BASE };
const never = new Promise<never>(() => undefined);

const site: Record<string, string> = {
  'manifest.json': read('manifest.json'),
  'alpha-2021.json': read('alpha-2021.json'),
  'beta-2022.json': read('beta-2022.json'),
};
/** A fetch over `site` where the files named in `hang` never answer. */
const fetchOver = (hang: readonly string[] = []): FetchLike => async (url) => {
  const name = url.slice(BASE.length);
  if (hang.includes(name)) return never;
  const body = site[name];
  return body === undefined ? { ok: false, status: 404, text: async () => '' } : { ok: true, status: 200, text: async () => body };
};

describe('load/fetch-text (faults)', () => {
  it('fetchText(fetch that never answers) → a timeout failure after the deadline, the request aborted', async () => {
    let aborted = false;
    const hung: FetchLike = (_url, init) => {
      init?.signal?.addEventListener('abort', () => (aborted = true));
      return never;
    };
    const got = await fetchText(hung, `${BASE}a.json`, LIMITS);
    expect(got).toEqual({ ok: false, failure: { kind: 'timeout', status: null, details: ['> 0.05 s'] } });
    expect(aborted).toBe(true);
  });

  it('fetchText(headers answered, body hangs) → a timeout failure', async () => {
    const got = await fetchText(async () => ({ ok: true, status: 200, text: () => never }), `${BASE}a.json`, LIMITS);
    expect(got.ok ? null : got.failure.kind).toBe('timeout');
  });

  it('fetchText(answer redirected to another origin or out of data/) → outside, naming the final URL', async () => {
    for (const finalUrl of ['http://evil.example/data/a.json', 'http://host/duban/secret.json']) {
      const got = await fetchText(async () => ({ ok: true, status: 200, url: finalUrl, text: async () => '{}' }), `${BASE}a.json`, LIMITS);
      expect(got).toEqual({ ok: false, failure: { kind: 'outside', status: null, details: [finalUrl] } });
    }
    const inside = await fetchText(async () => ({ ok: true, status: 200, url: `${BASE}b/a.json`, text: async () => '{}' }), `${BASE}a.json`, LIMITS);
    expect(inside).toMatchObject({ ok: true, text: '{}' });
  });

  it('fetchText(a body that unpacks past the cap, as a gzip bomb) → too-large, not a network error; reading stops at the cap', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(300));
      },
    });
    const got = await fetchText(async () => ({ ok: true, status: 200, body, text: () => never }), `${BASE}a.json`, LIMITS);
    expect(got.ok ? null : got.failure.kind).toBe('too-large');
    expect(pulled).toBeLessThan(10);
  });

  it('decodeJsonBytes(UTF-16 with BOM, without BOM (LE and BE), UTF-8 with BOM) → the same JSON text', () => {
    const text = '{"标题":"测试"}';
    const le = (bom: boolean) => {
      const bytes = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
      const all = (bom ? '\uFEFF' : '') + text;
      for (let i = 0; i < all.length; i++) {
        bytes[2 * i] = all.charCodeAt(i) & 0xff;
        bytes[2 * i + 1] = all.charCodeAt(i) >> 8;
      }
      return bytes;
    };
    const be = (bytes: Uint8Array) => bytes.map((_, i) => bytes[i % 2 === 0 ? i + 1 : i - 1]!);
    expect(decodeJsonBytes(le(true))).toBe(text);
    expect(decodeJsonBytes(le(false))).toBe(text);
    expect(decodeJsonBytes(be(le(false)))).toBe(text);
    expect(decodeJsonBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toBe(text);
  });
});

describe('load/inside-folder', () => {
  it('urlInsideFolder(encoded ../ in any form) → null; plain and sub-folder names → their URL', () => {
    for (const file of ['..%2f..%2fsecret.json', '..%252f..%252fsecret.json', '%2e%2e/secret.json', '..%5csecret.json', '../secret.json', 'http://evil.example/a.json', '//evil.example/a.json', '%zz.json', 'a%00.json']) {
      expect(urlInsideFolder(file, BASE), file).toBeNull();
    }
    expect(urlInsideFolder('a.json', BASE)).toBe(`${BASE}a.json`);
    expect(urlInsideFolder('2021/a%20b.json', BASE)).toBe(`${BASE}2021/a%20b.json`);
  });
});

describe('load/load-datasets (faults)', () => {
  it('loadDatasets(first dataset never answers) → the others shown at once, then the first named as timed out', async () => {
    const seen: string[][] = [];
    const result = await loadDatasets(fetchOver(['alpha-2021.json']), BASE, {
      timeoutMs: 50,
      onProgress: ({ partial }) => seen.push(partial().datasets.map((d) => d.id)),
    });
    expect(seen).toContainEqual(['beta-2022']);
    expect(result.datasets.map((d) => d.id)).toEqual(['beta-2022']);
    expect(result.failures.map((f) => [f.file, f.kind])).toEqual([['alpha-2021.json', 'timeout']]);
  });

  it('loadDatasets(manifest never answers) → a manifest timeout failure, never a hang', async () => {
    const result = await loadDatasets(fetchOver(['manifest.json']), BASE, { timeoutMs: 50 });
    expect(result.manifest).toBeNull();
    expect(result.failures.map((f) => [f.file, f.kind])).toEqual([['manifest.json', 'timeout']]);
  });

  it('loadDatasets(manifest file "..%2f..%2fsecret.json") → outside, never fetched', async () => {
    const asked: string[] = [];
    const manifest = JSON.parse(site['manifest.json']!) as { datasets: { file: string }[] };
    manifest.datasets[0]!.file = '..%2f..%2fsecret.json';
    const fetchFn: FetchLike = async (url) => {
      asked.push(url);
      return fetchOver()(url.endsWith('manifest.json') ? url : url);
    };
    const patched: FetchLike = async (url) =>
      url.endsWith('manifest.json') ? { ok: true, status: 200, text: async () => JSON.stringify(manifest) } : fetchFn(url);
    const result = await loadDatasets(patched, BASE);
    expect(result.failures.map((f) => [f.file, f.kind])).toEqual([['..%2f..%2fsecret.json', 'outside']]);
    expect(asked.some((u) => u.includes('secret'))).toBe(false);
  });
});
