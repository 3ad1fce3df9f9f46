import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FetchLike } from '../../src/load/fetch-text.ts';
import { loadManifestFile } from '../../src/load/load-file.ts';
import { createPrefetchedAnswers, prefetchFile, type PrefetchResponse } from '../../src/load/prefetched-file.ts';

const BASE = 'http://host/duban/data/';
const MANIFEST_URL = `${BASE}manifest.json`;
const manifestBytes = readFileSync(resolve(import.meta.dirname, '../fixtures/e2e-data/manifest.json'));

/** A page-side fetch answering `status` with the fixture manifest (or `body`), recording whether the body was read. */
function pageResponse(status: number, options: { url?: string; length?: number; body?: Uint8Array } = {}) {
  const read = { body: false };
  const bytes = options.body ?? new Uint8Array(manifestBytes);
  const response: PrefetchResponse = {
    ok: status >= 200 && status < 300,
    status,
    url: options.url ?? MANIFEST_URL,
    headers: { get: (name) => (name.toLowerCase() === 'content-length' ? String(options.length ?? bytes.byteLength) : null) },
    arrayBuffer: async () => {
      read.body = true;
      return bytes.slice().buffer;
    },
  };
  return { fetchFn: async () => response, read };
}

/** The worker's own fetch of the fixture manifest (404 for anything else), counting its calls. */
function workerFetch() {
  const calls: string[] = [];
  const fetchFn: FetchLike = async (url) => {
    calls.push(url);
    if (url !== MANIFEST_URL) return { ok: false, status: 404, text: async () => '' };
    const text = manifestBytes.toString('utf8');
    return { ok: true, status: 200, url, text: async () => text };
  };
  return { fetchFn, calls };
}

describe('load/prefetched-file: prefetchFile (on the page)', () => {
  it('a 200 → its status, final URL and body', async () => {
    const { fetchFn } = pageResponse(200);
    const answer = await prefetchFile(fetchFn, MANIFEST_URL, 1_000_000);
    expect(answer).not.toBe('fetch');
    if (answer === 'fetch') return;
    expect([answer.status, answer.url, answer.body?.byteLength]).toEqual([200, MANIFEST_URL, manifestBytes.byteLength]);
  });

  it('a 404 → the status without a body (the body is never read)', async () => {
    const { fetchFn, read } = pageResponse(404);
    expect(await prefetchFile(fetchFn, MANIFEST_URL, 1_000_000)).toEqual({ status: 404, url: MANIFEST_URL, body: null });
    expect(read.body).toBe(false);
  });

  it('a body announced longer than maxBytes → "fetch", unread; a fetch or a read that fails → "fetch"', async () => {
    const long = pageResponse(200, { length: 2_000_000 });
    expect(await prefetchFile(long.fetchFn, MANIFEST_URL, 1_000_000)).toBe('fetch');
    expect(long.read.body).toBe(false);
    expect(await prefetchFile(async () => Promise.reject(new TypeError('Failed to fetch')), MANIFEST_URL, 1_000_000)).toBe('fetch');
    const broken: PrefetchResponse = { ...(await pageResponse(200).fetchFn()), arrayBuffer: async () => Promise.reject(new TypeError('network error')) };
    expect(await prefetchFile(async () => broken, MANIFEST_URL, 1_000_000)).toBe('fetch');
  });
});

describe('load/prefetched-file: createPrefetchedAnswers (in the worker)', () => {
  it("the page's 200, arriving after the worker asked → the same manifest and fingerprint as the worker's own fetch, which is never called", async () => {
    const own = workerFetch();
    const answers = createPrefetchedAnswers(own.fetchFn);
    const reading = loadManifestFile(answers.fetchFor(1), MANIFEST_URL);
    const page = await prefetchFile(pageResponse(200).fetchFn, MANIFEST_URL, 1_000_000);
    answers.answer(1, page);
    const direct = await loadManifestFile(workerFetch().fetchFn, MANIFEST_URL);
    expect(await reading).toEqual(direct);
    expect(direct.ok).toBe(true);
    expect(own.calls).toEqual([]);
  });

  it('an answer that arrives before the worker reads the request is kept for it', async () => {
    const answers = createPrefetchedAnswers(workerFetch().fetchFn);
    answers.answer(7, await prefetchFile(pageResponse(200).fetchFn, MANIFEST_URL, 1_000_000));
    const read = await loadManifestFile(answers.fetchFor(7), MANIFEST_URL);
    expect(read.ok).toBe(true);
  });

  it('"fetch" → the worker fetches the file itself', async () => {
    const own = workerFetch();
    const answers = createPrefetchedAnswers(own.fetchFn);
    const reading = loadManifestFile(answers.fetchFor(2), MANIFEST_URL);
    answers.answer(2, 'fetch');
    expect((await reading).ok).toBe(true);
    expect(own.calls).toEqual([MANIFEST_URL]);
  });

  it("the page's 404 → the same failure as a missing manifest fetched by the worker", async () => {
    const answers = createPrefetchedAnswers(workerFetch().fetchFn);
    const reading = loadManifestFile(answers.fetchFor(3), MANIFEST_URL);
    answers.answer(3, await prefetchFile(pageResponse(404).fetchFn, MANIFEST_URL, 1_000_000));
    const missing = await loadManifestFile(workerFetch().fetchFn, `${BASE}nothing/manifest.json`);
    expect(missing.ok).toBe(false);
    const read = await reading;
    expect(read.ok).toBe(false);
    if (read.ok || missing.ok) return;
    expect({ kind: read.failure.kind, status: read.failure.status }).toEqual({ kind: missing.failure.kind, status: missing.failure.status });
    expect(read.failure.kind).toBe('missing');
  });

  it('an answer redirected out of data/ → refused as "outside", as for the worker\'s own fetch', async () => {
    const answers = createPrefetchedAnswers(workerFetch().fetchFn);
    const reading = loadManifestFile(answers.fetchFor(4), MANIFEST_URL);
    answers.answer(4, await prefetchFile(pageResponse(200, { url: 'http://elsewhere/manifest.json' }).fetchFn, MANIFEST_URL, 1_000_000));
    const read = await reading;
    expect(read.ok ? null : [read.failure.kind, read.failure.details]).toEqual(['outside', ['http://elsewhere/manifest.json']]);
  });

  it('no answer within the deadline → the timeout failure of a fetch that never answers; a late answer is dropped', async () => {
    const answers = createPrefetchedAnswers(workerFetch().fetchFn);
    const read = await loadManifestFile(answers.fetchFor(5), MANIFEST_URL, { timeoutMs: 30 });
    const hung = await loadManifestFile(() => new Promise(() => undefined), MANIFEST_URL, { timeoutMs: 30 });
    expect(read).toEqual(hung);
    expect(read.ok ? null : read.failure.kind).toBe('timeout');
    expect(() => answers.answer(5, 'fetch')).not.toThrow();
  });
});
