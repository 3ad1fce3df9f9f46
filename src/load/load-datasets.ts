import { createDatasetChecker, type LoadedFile } from './check-datasets.ts';
import type { FetchLike, ManifestFetched } from './load-file.ts';
import type { LoadFailure, LoadNotice, LoadResult } from './load-result.ts';
import { createMainThreadLoader } from './main-thread-loader.ts';

export type { FetchLike } from './load-file.ts';
export type { LoadFailure, LoadFailureKind, LoadNotice, LoadNoticeKind, LoadResult } from './load-result.ts';

/** Fetches, parses and validates single files: in Web Workers (worker-loader.ts) or on this thread (main-thread-loader.ts). */
export interface FileLoader {
  manifest(url: string): Promise<ManifestFetched>;
  dataset(url: string, file: string, id: string | null): Promise<LoadedFile | LoadFailure>;
}

/** How far a load has got: files answered (in any order) of the manifest's total, and what can be shown so far. */
export interface LoadProgress {
  loaded: number;
  total: number;
  /** The result for the longest run of answered files from the manifest's start — the same as the final one, cut short. */
  partial(): LoadResult;
}

export interface LoadOptions {
  /** Who fetches and validates each file; by default this thread, with the schema code loaded on first use. */
  files?: FileLoader;
  /** Dataset files fetched at once. */
  concurrency?: number;
  /** Called once the manifest is read (loaded 0) and after every file. */
  onProgress?: (progress: LoadProgress) => void;
}

const CONCURRENCY = 6;

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
  const fetched = await files.manifest(new URL('manifest.json', base).href);
  if (!fetched.ok) return { manifest: null, datasets: [], failures: [fetched.failure], notices: [] };
  const { manifest } = fetched;
  const entries = manifest.datasets;

  // Kept apart so the result lists them in the same order however the answers arrive.
  const fileFailures: LoadFailure[] = [];
  const mismatches: LoadNotice[] = [];
  const datasets: LoadResult['datasets'] = [];
  const checkFailures: LoadFailure[] = [];
  const checkNotices: LoadNotice[] = [];
  const checker = createDatasetChecker();
  const answers: (LoadedFile | LoadFailure | undefined)[] = new Array(entries.length);
  let shown = 0;
  let loaded = 0;
  const partial = (): LoadResult => ({
    manifest,
    datasets: datasets.slice(),
    failures: [...fileFailures, ...checkFailures],
    notices: [...mismatches, ...checkNotices],
  });
  const progress = () => options.onProgress?.({ loaded, total: entries.length, partial });

  // Duplicates are decided in manifest order, so an answer waits until all before it are in.
  const advance = () => {
    const ready: LoadedFile[] = [];
    for (let answer = answers[shown]; answer !== undefined; answer = answers[++shown]) {
      answers[shown] = undefined;
      if ('kind' in answer) {
        fileFailures.push(answer);
        continue;
      }
      ready.push(answer);
      const entryId = entries[shown]?.id;
      if (entryId !== undefined && entryId !== answer.dataset.id) {
        mismatches.push({ file: answer.file, id: answer.dataset.id, kind: 'id-mismatch', count: 0, details: [`manifest id: "${entryId}" ≠ id: "${answer.dataset.id}"`] });
      }
    }
    const checked = checker.add(ready);
    datasets.push(...checked.datasets);
    checkFailures.push(...checked.failures);
    checkNotices.push(...checked.notices);
  };

  const one = async (index: number): Promise<LoadedFile | LoadFailure> => {
    const entry = entries[index]!;
    const url = new URL(entry.file, base);
    // A manifest may be edited by hand on an intranet; never follow it out of the data folder.
    if (!url.href.startsWith(base)) return { file: entry.file, id: entry.id, kind: 'outside', status: null, details: [] };
    return files.dataset(url.href, entry.file, entry.id);
  };
  let next = 0;
  const worker = async () => {
    while (next < entries.length) {
      const index = next++;
      answers[index] = await one(index);
      loaded += 1;
      advance();
      progress();
    }
  };
  progress();
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? CONCURRENCY, entries.length)) }, worker));
  return partial();
}
