import type { LoadedFile } from './check-datasets.ts';
import type { ArrowFiles, FileLoader } from './load-datasets.ts';
import type { FetchLimits } from './fetch-text.ts';
import type { ManifestFetched } from './load-file.ts';
import type { LoadFailure } from './load-result.ts';
import { UNKNOWN_KEY } from './load-keys.ts';
import type { DecodedArrowTexts } from './decode-arrow-dataset.ts';
import type { PackedLoadedFile } from './packed-tasks.ts';
import type { PrefetchedAnswer } from './prefetched-file.ts';

/** A message to validate-worker.ts: fetch and validate the manifest or one dataset at an absolute URL. */
export type WorkerRequest =
  | { seq: number; kind: 'manifest'; url: string; limits?: Partial<FetchLimits>; prefetched?: true }
  | { seq: number; kind: 'dataset'; url: string; file: string; id: string | null; limits?: Partial<FetchLimits>; arrow?: ArrowFiles }
  | { seq: number; kind: 'texts'; url: string; file: string; id: string | null; limits?: Partial<FetchLimits> }
  | { seq: number; kind: 'digest'; url: string; limits?: Partial<FetchLimits> };

/** The page's answer for request `seq`, sent with `prefetched` (prefetched-file.ts): the worker reads it instead of fetching. */
export interface PrefetchedMessage {
  kind: 'prefetched';
  seq: number;
  answer: PrefetchedAnswer;
}

/** The worker's answer to request `seq`. */
export interface WorkerResponse {
  seq: number;
  result: ManifestFetched | LoadedFile | PackedLoadedFile | LoadFailure | DecodedArrowTexts | string;
}

/** The part of a DOM Worker the pool uses, so tests can pass a fake. */
export interface WorkerLike {
  postMessage(message: WorkerRequest | PrefetchedMessage, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: { data: WorkerResponse }) => void): void;
  addEventListener(type: 'error', listener: (event: unknown) => void): void;
  terminate(): void;
}

function textsVia(loader: FileLoader, url: string, file: string, id: string | null, limits?: Partial<FetchLimits>): Promise<DecodedArrowTexts | LoadFailure> {
  return loader.texts
    ? loader.texts(url, file, id, limits)
    : Promise.resolve({ file, id, kind: 'network', status: null, details: ['no loader for texts'] });
}

function digestVia(loader: FileLoader, url: string, limits?: Partial<FetchLimits>): Promise<string> {
  // A loader that cannot fingerprint answers UNKNOWN: the refresh then loads everything again.
  return loader.digest ? loader.digest(url, limits) : Promise.resolve(UNKNOWN_KEY);
}

/** A FileLoader that can be shut down: terminate its workers once the load is over. */
export interface ClosableFileLoader extends FileLoader {
  close(): void;
}

/** Workers for a machine with `hardwareConcurrency` cores: one core is left to the page, at least 2, at most 4. */
export function workerPoolSize(hardwareConcurrency: number | undefined): number {
  return Math.max(2, firstBatchWorkers(hardwareConcurrency));
}

/**
 * Workers until a load's first batch is drawn (see LoadWidening): one core left to the page even on two cores, so one
 * worker there. A/B at 200,000 tasks in 20 files (Arrow, four rounds), one worker for the whole load drew the first
 * chart in 1.87–2.15 s instead of 2.45–2.64 s and halved the slowest answer while loading, but the whole load took 5 %
 * longer (JSON: 26 %, 12.6–13.0 → 15.9–16.2 s): so the second worker starts once the first batch is on screen.
 */
export function firstBatchWorkers(hardwareConcurrency: number | undefined): number {
  const cores = hardwareConcurrency !== undefined && Number.isFinite(hardwareConcurrency) ? hardwareConcurrency : 2;
  return Math.max(1, Math.min(4, cores - 1));
}

interface Slot {
  worker: WorkerLike;
  pending: Map<number, { request: WorkerRequest; resolve: (result: WorkerResponse['result']) => void }>;
}

/**
 * A FileLoader over a pool of up to `size` workers started by `spawn` (on first use), each
 * request going to the least busy one. A worker that cannot start or fails hands its requests
 * to `fallback` (the main thread), and so does every request once no worker is left. `size` may
 * be a function, asked at each request: the pool grows when it grows (it never shrinks). `prefetched` hands over, once,
 * what the page already fetched for a manifest URL (null for any other): the worker then reads that answer.
 */
export function createWorkerLoader(
  spawn: () => WorkerLike,
  size: number | (() => number),
  fallback: FileLoader,
  prefetched: (url: string) => Promise<PrefetchedAnswer> | null = () => null,
): ClosableFileLoader {
  const limit = typeof size === 'number' ? () => size : size;
  const slots: Slot[] = [];
  let spawned = 0;
  let seq = 0;
  const viaFallback = (request: WorkerRequest): Promise<WorkerResponse['result']> =>
    request.kind === 'manifest'
      ? fallback.manifest(request.url, request.limits)
      : request.kind === 'texts'
        ? textsVia(fallback, request.url, request.file, request.id, request.limits)
        : request.kind === 'digest'
          ? digestVia(fallback, request.url, request.limits)
          : fallback.dataset(request.url, request.file, request.id, request.limits, request.arrow);

  const start = (): void => {
    spawned += 1;
    let worker: WorkerLike;
    try {
      worker = spawn();
    } catch {
      return;
    }
    const slot: Slot = { worker, pending: new Map() };
    worker.addEventListener('message', (event) => {
      const waiting = slot.pending.get(event.data.seq);
      slot.pending.delete(event.data.seq);
      waiting?.resolve(event.data.result);
    });
    worker.addEventListener('error', () => {
      // e.g. a browser without module workers: this worker's files are validated on the page instead
      slots.splice(slots.indexOf(slot), 1);
      worker.terminate();
      for (const { request, resolve } of slot.pending.values()) void viaFallback(request).then(resolve);
      slot.pending.clear();
    });
    slots.push(slot);
  };

  // The unpacking code loads with the first dataset asked for, not with the page (the first download stays small).
  let unpacking: Promise<typeof import('./packed-tasks.ts')> | null = null;
  const unpacker = () => (unpacking ??= import('./packed-tasks.ts'));

  // `then` is told the worker that took the request (not called when the request is read on the page)
  const send = (request: WorkerRequest, then?: (worker: WorkerLike) => void): Promise<WorkerResponse['result']> => {
    while (spawned < limit() && slots.every((s) => s.pending.size > 0)) start();
    const slot = slots.reduce<Slot | undefined>((best, s) => (best === undefined || s.pending.size < best.pending.size ? s : best), undefined);
    if (slot === undefined) return viaFallback(request);
    return new Promise((resolve) => {
      slot.pending.set(request.seq, { request, resolve });
      slot.worker.postMessage(request);
      then?.(slot.worker);
    });
  };

  const manifest = (url: string, limits?: Partial<FetchLimits>): Promise<WorkerResponse['result']> => {
    const request: WorkerRequest = { seq: ++seq, kind: 'manifest', url, ...(limits ? { limits } : {}) };
    const early = prefetched(url);
    if (early === null) return send(request);
    // the request goes now; the page's answer follows when it has it (a worker that fails meanwhile leaves the
    // request to the page, which fetches the file itself)
    return send({ ...request, prefetched: true }, (worker) => {
      void early.then((answer) => {
        const body = answer === 'fetch' ? null : answer.body;
        worker.postMessage({ kind: 'prefetched', seq: request.seq, answer }, body === null ? [] : [body]);
      });
    });
  };

  return {
    manifest: async (url, limits) => (await manifest(url, limits)) as ManifestFetched,
    dataset: async (url, file, id, limits, arrow) => {
      void unpacker();
      const answer = (await send({ seq: ++seq, kind: 'dataset', url, file, id, ...(limits ? { limits } : {}), ...(arrow ? { arrow } : {}) })) as
        | LoadedFile
        | PackedLoadedFile
        | LoadFailure;
      return (await unpacker()).unpackAnswer(answer);
    },
    texts: async (url, file, id, limits) =>
      (await send({ seq: ++seq, kind: 'texts', url, file, id, ...(limits ? { limits } : {}) })) as DecodedArrowTexts | LoadFailure,
    digest: async (url, limits) => (await send({ seq: ++seq, kind: 'digest', url, ...(limits ? { limits } : {}) })) as string,
    close: () => {
      for (const slot of slots.splice(0)) slot.worker.terminate();
    },
  };
}
