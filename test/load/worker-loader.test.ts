import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileLoader } from '../../src/load/load-datasets.ts';
import { loadDatasetFile, loadDigest, loadManifestFile, type FetchLike } from '../../src/load/load-file.ts';
import { packAnswer } from '../../src/load/packed-tasks.ts';
import { createPrefetchedAnswers, type PrefetchedAnswer } from '../../src/load/prefetched-file.ts';
import {
  createWorkerLoader,
  firstBatchWorkers,
  workerPoolSize,
  type PrefetchedMessage,
  type WorkerLike,
  type WorkerRequest,
  type WorkerResponse,
} from '../../src/load/worker-loader.ts';

const fixtures = resolve(import.meta.dirname, '../fixtures/e2e-data');
const BASE = 'http://host/duban/data/';
const fetchFn: FetchLike = async (url) => {
  try {
    const body = readFileSync(resolve(fixtures, url.slice(BASE.length)), 'utf8');
    return { ok: true, status: 200, text: async () => body };
  } catch {
    return { ok: false, status: 404, text: async () => '' };
  }
};
const onPage: FileLoader = {
  manifest: (url) => loadManifestFile(fetchFn, url),
  dataset: (url, file, id) => loadDatasetFile(fetchFn, url, file, id),
};

/** An in-process stand-in for validate-worker.ts: answers each request on a later tick, or fails with an error event (`broken`). */
function fakeWorker(log: string[], name: string, broken = false): WorkerLike {
  const listeners: { message: ((e: { data: WorkerResponse }) => void)[]; error: ((e: unknown) => void)[] } = { message: [], error: [] };
  return {
    postMessage(request: WorkerRequest) {
      log.push(`${name} ${request.kind} ${request.kind === 'dataset' ? request.file : ''}`.trim());
      if (broken) {
        setTimeout(() => listeners.error.forEach((l) => l(new Error('no module workers'))), 0);
        return;
      }
      const answer =
        request.kind === 'manifest'
          ? onPage.manifest(request.url)
          : request.kind === 'digest'
            ? loadDigest(fetchFn, request.url)
            : onPage.dataset(request.url, request.file, request.id);
      // as validate-worker.ts posts it: a dataset's tasks packed, their buffers transferred
      void answer.then((result) => {
        const { message, transfer } = packAnswer(result);
        setTimeout(() => listeners.message.forEach((l) => l({ data: structuredClone({ seq: request.seq, result: message }, { transfer }) })), 0);
      });
    },
    addEventListener(type: 'message' | 'error', listener: (e: { data: WorkerResponse }) => void) {
      (listeners[type] as ((e: { data: WorkerResponse }) => void)[]).push(listener);
    },
    terminate() {
      log.push(`${name} terminated`);
    },
  } as WorkerLike;
}

describe('load/worker-loader', () => {
  it.each([
    [undefined, 2, 1],
    [1, 2, 1],
    [2, 2, 1],
    [3, 2, 2],
    [4, 3, 3],
    [16, 4, 4],
  ])('workerPoolSize(%s) → %i; firstBatchWorkers → %i', (cores, size, first) => {
    expect(workerPoolSize(cores)).toBe(size);
    expect(firstBatchWorkers(cores)).toBe(first);
  });

  it('createWorkerLoader(spawn, 2, onPage): three files at once → two workers started, the answers equal validating on the page', async () => {
    const log: string[] = [];
    let n = 0;
    const loader = createWorkerLoader(() => fakeWorker(log, `w${++n}`), 2, onPage);
    const names = ['alpha-2021.json', 'beta-2022.json', 'broken-2022.json'];
    const got = await Promise.all(names.map((f) => loader.dataset(`${BASE}${f}`, f, f.replace('.json', ''))));
    const expected = await Promise.all(names.map((f) => onPage.dataset(`${BASE}${f}`, f, f.replace('.json', ''))));
    expect(got).toEqual(expected);
    expect(log).toEqual(['w1 dataset alpha-2021.json', 'w2 dataset beta-2022.json', 'w1 dataset broken-2022.json']);
    loader.close();
    expect(log.slice(3)).toEqual(['w1 terminated', 'w2 terminated']);
  });

  it('createWorkerLoader(spawn, size that grows, onPage): one worker while the size is 1, a second once it is 2', async () => {
    const log: string[] = [];
    let n = 0;
    let size = 1;
    const loader = createWorkerLoader(() => fakeWorker(log, `w${++n}`), () => size, onPage);
    const names = ['alpha-2021.json', 'beta-2022.json', 'broken-2022.json'];
    const ask = (f: string) => loader.dataset(`${BASE}${f}`, f, f.replace('.json', ''));
    await Promise.all(names.slice(0, 2).map(ask));
    expect(log).toEqual(['w1 dataset alpha-2021.json', 'w1 dataset beta-2022.json']);
    size = 2;
    // both asked at once: the busy first worker takes one, a second worker starts for the other
    await Promise.all([ask(names[2]!), ask(names[0]!)]);
    expect(log.slice(2)).toEqual(['w1 dataset broken-2022.json', 'w2 dataset alpha-2021.json']);
    loader.close();
  });

  it('createWorkerLoader(spawn of a failing worker, 2, onPage) → every file validated on the page instead', async () => {
    const log: string[] = [];
    const loader = createWorkerLoader(() => fakeWorker(log, 'w', true), 2, onPage);
    const manifest = await loader.manifest(`${BASE}manifest.json`);
    expect(manifest.ok).toBe(true);
    const alpha = await loader.dataset(`${BASE}alpha-2021.json`, 'alpha-2021.json', 'alpha-2021');
    expect('dataset' in alpha && alpha.dataset.id).toBe('alpha-2021');
  });

  it('createWorkerLoader(spawn that throws, 2, onPage) → the page validates', async () => {
    const loader = createWorkerLoader(() => {
      throw new Error('SecurityError');
    }, 2, onPage);
    const got = await loader.dataset(`${BASE}missing.json`, 'missing.json', 'missing');
    expect(got).toEqual({ file: 'missing.json', id: 'missing', kind: 'missing', status: 404, details: [] });
  });

  it('createWorkerLoader(…, prefetched): the first manifest request goes at once, flagged, and the page\'s answer follows it to the same worker; later ones are fetched', async () => {
    const messages: string[] = [];
    const ownFetches: string[] = [];
    // as validate-worker.ts reads manifest requests: a prefetched one from the page's answer
    const workerFetch: FetchLike = async (url) => {
      ownFetches.push(url);
      return fetchFn(url);
    };
    const answers = createPrefetchedAnswers(workerFetch);
    const listeners: ((e: { data: WorkerResponse }) => void)[] = [];
    const worker = {
      postMessage(message: WorkerRequest | PrefetchedMessage) {
        messages.push(`${message.kind} ${message.seq}${'prefetched' in message && message.prefetched ? ' prefetched' : ''}`);
        if (message.kind === 'prefetched') return answers.answer(message.seq, message.answer);
        if (message.kind !== 'manifest') return;
        void loadManifestFile(message.prefetched ? answers.fetchFor(message.seq) : workerFetch, message.url).then((result) =>
          listeners.forEach((l) => l({ data: { seq: message.seq, result } })),
        );
      },
      addEventListener(type: string, listener: (e: { data: WorkerResponse }) => void) {
        if (type === 'message') listeners.push(listener);
      },
      terminate() {},
    } as WorkerLike;
    const url = `${BASE}manifest.json`;
    let pageAnswer: (answer: PrefetchedAnswer) => void = () => undefined;
    const early = new Promise<PrefetchedAnswer>((resolve) => (pageAnswer = resolve));
    const asked: string[] = [];
    const loader = createWorkerLoader(() => worker, 1, onPage, (u) => {
      asked.push(u);
      return asked.length === 1 ? early : null;
    });
    const first = loader.manifest(url);
    await new Promise((r) => setTimeout(r, 0));
    expect(messages).toEqual(['manifest 1 prefetched']);
    const text = readFileSync(resolve(fixtures, 'manifest.json'));
    pageAnswer({ status: 200, url, body: text.buffer.slice(text.byteOffset, text.byteOffset + text.byteLength) });
    expect(await first).toEqual(await onPage.manifest(url));
    expect(messages).toEqual(['manifest 1 prefetched', 'prefetched 1']);
    expect(ownFetches).toEqual([]);
    const second = await loader.manifest(url);
    expect(second.ok).toBe(true);
    expect(messages.slice(2)).toEqual(['manifest 2']);
    expect(ownFetches).toEqual([url]);
  });
});
