// A Web Worker: fetches one data file, parses and validates it off the page's main thread, and posts back what
// load-file.ts returns — the same datasets and the same failure texts as validating on the page.
import { loadArrowDatasetFile, loadArrowTextsFile, loadDatasetFile, loadManifestFile, type FetchLike } from './load-file.ts';
import type { WorkerRequest, WorkerResponse } from './worker-loader.ts';

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse): void;
};
const fetchFn: FetchLike = (url, init) => fetch(url, { cache: 'no-cache', ...init });

scope.onmessage = (event) => {
  const request = event.data;
  const answer =
    request.kind === 'manifest'
      ? loadManifestFile(fetchFn, request.url, request.limits)
      : request.kind === 'texts'
        ? loadArrowTextsFile(fetchFn, request.url, request.file, request.id, request.limits)
        : request.arrow !== undefined
          ? loadArrowDatasetFile(fetchFn, request.url, request.arrow.textsUrl, request.file, request.id, request.limits, request.arrow.deferTexts)
          : loadDatasetFile(fetchFn, request.url, request.file, request.id, request.limits);
  void answer.then((result) => scope.postMessage({ seq: request.seq, result }));
};
