import type { FetchLimits } from './fetch-text.ts';
import { urlInsideFolder } from './inside-folder.ts';
import { fetchFailureKey, UNKNOWN_KEY, type FileKeys } from './load-keys.ts';

/** Fetches a file's fingerprint (or its failure's `kind:status`), as fetchDigest does; the worker pool's or this thread's. */
export type DigestFetcher = (url: string, limits?: Partial<FetchLimits>) => Promise<string>;

/**
 * True when every file `known` lists still has the key it had: fetched again (at most `concurrency` at once, stopping at
 * the first difference) but not parsed. A file named outside `base` keys as a refused request without one, as the load
 * refuses it. An unknown key, or none at all, is a change.
 */
export async function filesUnchanged(digest: DigestFetcher, base: string, known: FileKeys, limits: Partial<FetchLimits> = {}, concurrency = 8): Promise<boolean> {
  const names = Object.keys(known);
  if (names.length === 0 || names.some((name) => known[name] === UNKNOWN_KEY)) return false;
  let next = 0;
  let same = true;
  const worker = async () => {
    while (same && next < names.length) {
      const name = names[next++]!;
      const url = urlInsideFolder(name, base);
      const key = url === null ? fetchFailureKey({ kind: 'outside', status: null }) : await digest(url, { folder: base, ...limits });
      if (key !== known[name]) same = false;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, names.length)) }, worker));
  return same;
}
