import { filesUnchanged } from './files-unchanged.ts';
import { loadDatasets, type FetchLike, type FileLoader, type LoadOptions } from './load-datasets.ts';
import type { LoadResult } from './load-result.ts';

/**
 * A refresh of data/ under what is `shown`: null when every file its load read (its fileKeys) still has the same bytes
 * or the same failure — fetched again, fingerprinted, never parsed — else the whole load, as loadDatasets gives it.
 * Also null while `shown` is a load still under way (no keys yet, or texts still to come): at 200,000 tasks a first
 * load can outlast a refresh interval, and loading it a second time meanwhile only slows both. A loader that cannot
 * fingerprint always loads.
 */
export async function loadIfChanged(
  fetchFn: FetchLike,
  dataUrl: string,
  files: FileLoader,
  shown: Pick<LoadResult, 'fileKeys' | 'pendingTexts'>,
  options: Pick<LoadOptions, 'concurrency' | 'timeoutMs'> = {},
): Promise<LoadResult | null> {
  const known = shown.fileKeys;
  if (known === undefined || (shown.pendingTexts?.length ?? 0) > 0) return null;
  const base = dataUrl.endsWith('/') ? dataUrl : `${dataUrl}/`;
  const limits = options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs };
  if (files.digest !== undefined && (await filesUnchanged(files.digest, base, known, limits, options.concurrency))) return null;
  return loadDatasets(fetchFn, base, { files, ...options });
}
