// A Web Worker: fetches one data file, parses and validates it off the page's main thread, and posts back what
// load-file.ts returns — the same datasets and the same failure texts as validating on the page.
import { loadArrowDatasetFile, loadArrowTextsFile, loadDatasetFile, loadDigest, loadManifestFile, type FetchLike } from './load-file.ts';
import { packAnswer } from './packed-tasks.ts';
import { packJsonDataset } from './pack-json-dataset.ts';
import { createPrefetchedAnswers } from './prefetched-file.ts';
import { loadUnitAliases } from './unit-aliases.ts';
import type { UnitAliasesRequest } from './unit-aliases-via-worker.ts';
import type { UnitAliasTable } from './unit-alias-table.ts';
import type { PrefetchedMessage, WorkerRequest, WorkerResponse } from './worker-loader.ts';

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest | PrefetchedMessage | UnitAliasesRequest>) => void) | null;
  postMessage(message: WorkerResponse | { result: UnitAliasTable }, transfer?: Transferable[]): void;
};
const fetchFn: FetchLike = (url, init) => fetch(url, { cache: 'no-cache', ...init });
// the manifest the page fetched while this worker started: read from the page's answer, within the same deadline
const prefetched = createPrefetchedAnswers(fetchFn);

scope.onmessage = (event) => {
  const request = event.data;
  // the alias table is checked here too, so the page never loads zod (unit-aliases-via-worker.ts)
  if (request.kind === 'unit-aliases') {
    void loadUnitAliases(fetchFn, request.url).then((result) => scope.postMessage({ result }));
    return;
  }
  if (request.kind === 'prefetched') {
    prefetched.answer(request.seq, request.answer);
    return;
  }
  const answer =
    request.kind === 'manifest'
      ? loadManifestFile(request.prefetched ? prefetched.fetchFor(request.seq) : fetchFn, request.url, request.limits)
      : request.kind === 'digest'
        ? loadDigest(fetchFn, request.url, request.limits)
        : request.kind === 'texts'
        ? loadArrowTextsFile(fetchFn, request.url, request.file, request.id, request.limits)
        : request.arrow !== undefined
          ? loadArrowDatasetFile(fetchFn, request.url, request.arrow.textsUrl, request.file, request.id, request.limits, request.arrow.deferTexts)
          : loadDatasetFile(fetchFn, request.url, request.file, request.id, request.limits, packJsonDataset);
  void answer.then((result) => {
    // a dataset's tasks go packed (packed-tasks.ts): the page then copies a few strings, not every task object
    const { message, transfer } = packAnswer(result);
    scope.postMessage({ seq: request.seq, result: message }, transfer);
  });
};
