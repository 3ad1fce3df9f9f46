import { checkDatasets, createDatasetChecker, type LoadedFile } from './check-datasets.ts';
import type { FetchLimits } from './fetch-text.ts';
import { urlInsideFolder } from './inside-folder.ts';
import type { FetchLike, ManifestFetched } from './load-file.ts';
import type { DecodedArrowTexts } from './decode-arrow-dataset.ts';
import type { LoadFailure, LoadNotice, LoadResult, PendingTexts } from './load-result.ts';
import { failureKey, fetchFailureKey, UNKNOWN_KEY } from './load-keys.ts';
import { createMainThreadLoader } from './main-thread-loader.ts';

export type { FetchLike } from './load-file.ts';
export type { LoadFailure, LoadFailureKind, LoadNotice, LoadNoticeKind, LoadResult, PendingTexts } from './load-result.ts';

/** Fetches, parses and validates single files: in Web Workers (worker-loader.ts) or on this thread (main-thread-loader.ts). */
export interface FileLoader {
  manifest(url: string, limits?: Partial<FetchLimits>): Promise<ManifestFetched>;
  dataset(url: string, file: string, id: string | null, limits?: Partial<FetchLimits>, arrow?: ArrowFiles): Promise<LoadedFile | LoadFailure>;
  /** Fetches and decodes an Arrow dataset's texts side file (for fillArrowTexts); loaders without it load texts with the tasks. */
  texts?(url: string, file: string, id: string | null, limits?: Partial<FetchLimits>): Promise<DecodedArrowTexts | LoadFailure>;
  /** Only the fingerprint of the file at `url` (see fetchDigest), for a refresh that skips what did not change. */
  digest?(url: string, limits?: Partial<FetchLimits>): Promise<string>;
}

/** A dataset in the compact encoding: where its texts side file is (the tasks file is the `url`); `deferTexts`: leave it for later. */
export interface ArrowFiles {
  textsUrl: string;
  deferTexts?: boolean;
}

/** How far a load has got: files answered (in any order) of the manifest's total, and what can be shown so far. */
export interface LoadProgress {
  loaded: number;
  total: number;
  /**
   * Every file answered so far, checked in manifest order as if the unanswered ones were not
   * listed: a slow or hung file never hides the others. The final result can differ only where
   * a file answered late takes a dataset or task id first.
   */
  partial(): LoadResult;
}

export interface LoadOptions {
  /** Who fetches and validates each file; by default this thread, with the schema code loaded on first use. */
  files?: FileLoader;
  /** Dataset files fetched at once. */
  concurrency?: number;
  /**
   * Optional: when the manifest lists at least `fromTasks` tasks, fetch only `concurrency` files at once until
   * `widen` settles, then `LoadOptions.concurrency`. On a machine of two cores the workers decoding eight files
   * take the cores the page needs to draw its first batch; the page widens once that batch is on screen. A
   * smaller load is fetched as before, and usually shown whole.
   */
  narrowStart?: { concurrency: number; widen: Promise<unknown>; fromTasks: number };
  /** Called once the manifest is read (loaded 0) and after every file. */
  onProgress?: (progress: LoadProgress) => void;
  /** Each request (manifest, dataset) is given up after this many ms; 60 s by default. */
  timeoutMs?: number;
  /**
   * Arrow datasets are shown without their texts side file, listed in `pendingTexts` for
   * fillArrowTexts to fetch after the first charts (only when `files` can load texts). Off by default.
   */
  deferTexts?: boolean;
}

const CONCURRENCY = 6;

const MANIFEST = 'manifest.json';

/**
 * Fetches `manifest.json` under `dataUrl` and every dataset it lists (a few at a time, in
 * manifest order), validating each; returns the valid datasets, one failure per unusable file
 * and one notice per shown file with a problem (see checkDatasets), never throwing. A manifest
 * or dataset of a newer format version is refused whole; a manifest entry whose id differs
 * from its file's keeps the file's id.
 */
export async function loadDatasets(fetchFn: FetchLike, dataUrl: string, options: LoadOptions = {}): Promise<LoadResult> {
  const files = options.files ?? createMainThreadLoader(fetchFn);
  const base = dataUrl.endsWith('/') ? dataUrl : `${dataUrl}/`;
  const limits: Partial<FetchLimits> = { folder: base, ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }) };
  const fetched = await files.manifest(new URL(MANIFEST, base).href, limits);
  if (!fetched.ok) return { manifest: null, datasets: [], failures: [withoutDigest(fetched.failure)], notices: [], fileKeys: { [MANIFEST]: failureKey(fetched.failure) } };
  const { manifest } = fetched;
  const entries = manifest.datasets;

  // Kept apart so the result lists them in the same order however the answers arrive.
  const fileFailures: LoadFailure[] = [];
  const mismatches: LoadNotice[] = [];
  const datasets: LoadResult['datasets'] = [];
  const shownFiles: LoadedFile[] = [];
  const checkFailures: LoadFailure[] = [];
  const checkNotices: LoadNotice[] = [];
  const checker = createDatasetChecker();
  const defer = options.deferTexts === true && files.texts !== undefined;
  // By the id its file gave: the one the datasets are shown under.
  const pendingTexts = new Map<string, PendingTexts>();
  const answers: (LoadedFile | LoadFailure | undefined)[] = new Array(entries.length);
  // What each file read was, for a refresh to compare (load-keys.ts); the manifest first.
  const keys = new Map<string, string>([[MANIFEST, fetched.digest ?? UNKNOWN_KEY]]);
  let shown = 0;
  let loaded = 0;
  const mismatch = (index: number, answer: LoadedFile): LoadNotice | null => {
    const entryId = entries[index]?.id;
    return entryId !== undefined && entryId !== answer.dataset.id
      ? { file: answer.file, id: answer.dataset.id, kind: 'id-mismatch', count: 0, details: [`manifest id: "${entryId}" ≠ id: "${answer.dataset.id}"`] }
      : null;
  };
  const partial = (): LoadResult => {
    // Files answered beyond the first gap are checked after the settled prefix, in manifest order.
    const laterFailures: LoadFailure[] = [];
    const laterMismatches: LoadNotice[] = [];
    const laterFiles: LoadedFile[] = [];
    for (let index = shown; index < entries.length; index += 1) {
      const answer = answers[index];
      if (answer === undefined) continue;
      if ('kind' in answer) {
        laterFailures.push(answer);
        continue;
      }
      laterFiles.push(answer);
      const notice = mismatch(index, answer);
      if (notice !== null) laterMismatches.push(notice);
    }
    const later = laterFiles.length === 0 ? { datasets: [], failures: [], notices: [] } : checkDatasets(laterFiles, shownFiles);
    const all = [...datasets, ...later.datasets];
    const shownIds = new Set(all.map((d) => d.id));
    const pending = [...pendingTexts.values()].filter((p) => shownIds.has(p.id));
    return {
      manifest,
      datasets: all,
      failures: [...fileFailures, ...laterFailures, ...checkFailures, ...later.failures],
      notices: [...mismatches, ...laterMismatches, ...checkNotices, ...later.notices],
      ...(pending.length > 0 ? { pendingTexts: pending } : {}),
      ...(loaded === entries.length ? { fileKeys: Object.fromEntries(keys) } : {}),
    };
  };
  const progress = () => options.onProgress?.({ loaded, total: entries.length, partial });

  // Duplicates are decided in manifest order, so an answer is settled once all before it are in.
  const advance = () => {
    const ready: LoadedFile[] = [];
    for (let answer = answers[shown]; answer !== undefined; answer = answers[++shown]) {
      answers[shown] = undefined;
      if ('kind' in answer) {
        fileFailures.push(answer);
        continue;
      }
      ready.push(answer);
      const notice = mismatch(shown, answer);
      if (notice !== null) mismatches.push(notice);
    }
    const checked = checker.add(ready);
    const fileOf = new Map<string, string>();
    for (const { file, dataset } of ready) if (!fileOf.has(dataset.id)) fileOf.set(dataset.id, file);
    for (const dataset of checked.datasets) {
      datasets.push(dataset);
      shownFiles.push({ file: fileOf.get(dataset.id) ?? `${dataset.id}.json`, dataset });
    }
    for (const failure of checked.failures) checkFailures.push(failure);
    for (const notice of checked.notices) checkNotices.push(notice);
  };

  const one = async (index: number): Promise<LoadedFile | LoadFailure> => {
    const entry = entries[index]!;
    // A manifest may be edited by hand on an intranet; never follow it out of the data folder.
    const url = urlInsideFolder(entry.file, base);
    if (url === null) {
      keys.set(entry.file, fetchFailureKey({ kind: 'outside', status: null }));
      return { file: entry.file, id: entry.id, kind: 'outside', status: null, details: [] };
    }
    if (entry.encoding !== 'arrow' || entry.texts === undefined) {
      const answer = await files.dataset(url, entry.file, entry.id, limits);
      if (!('kind' in answer)) {
        keys.set(entry.file, answer.digest ?? UNKNOWN_KEY);
        return answer;
      }
      keys.set(entry.file, failureKey(answer));
      return withoutDigest(answer);
    }
    // A failure of a compact dataset may be either of its two files: both keyed unknown, so a refresh loads them again.
    keys.set(entry.file, UNKNOWN_KEY);
    keys.set(entry.texts, UNKNOWN_KEY);
    const textsUrl = urlInsideFolder(entry.texts, base);
    if (textsUrl === null) return { file: entry.file, id: entry.id, kind: 'outside', status: null, details: [entry.texts] };
    const answer = await files.dataset(url, entry.file, entry.id, limits, defer ? { textsUrl, deferTexts: true } : { textsUrl });
    if ('kind' in answer) return answer;
    keys.set(entry.file, answer.digest ?? UNKNOWN_KEY);
    // Deferred texts are keyed by fillArrowTexts once read.
    if (!defer) keys.set(entry.texts, answer.textsDigest ?? UNKNOWN_KEY);
    else if (!pendingTexts.has(answer.dataset.id)) pendingTexts.set(answer.dataset.id, { id: answer.dataset.id, file: entry.texts, url: textsUrl });
    return answer;
  };
  let next = 0;
  // the lanes past a narrow start wait for it to widen, or until nothing is left to take (a small load never widens)
  let noneLeft: () => void = () => undefined;
  const allTaken = new Promise<void>((resolve) => (noneLeft = resolve));
  const taskCount = entries.reduce((total, entry) => total + entry.taskCount, 0);
  const narrow = options.narrowStart !== undefined && taskCount >= options.narrowStart.fromTasks ? options.narrowStart : undefined;
  const worker = async (lane: number) => {
    if (narrow !== undefined && lane >= narrow.concurrency) await Promise.race([narrow.widen, allTaken]);
    while (next < entries.length) {
      const index = next++;
      answers[index] = await one(index);
      loaded += 1;
      advance();
      progress();
    }
    noneLeft();
  };
  progress();
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? CONCURRENCY, entries.length)) }, (_, lane) => worker(lane)));
  return partial();
}

/** A failure as the page lists it: its fingerprint is for the refresh's keys only. */
function withoutDigest(failure: LoadFailure): LoadFailure {
  if (failure.digest === undefined) return failure;
  const { digest: _digest, ...shown } = failure;
  return shown;
}
