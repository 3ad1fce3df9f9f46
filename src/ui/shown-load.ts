import type { LoadResult } from '../load/load-result.ts';

/**
 * Which load the dashboard has on screen. At province size the rows of a batch are built after the load handed it
 * over (use-prepared-rows.ts), so "the last file has arrived" is not "every dataset is shown": the loader waits for
 * the views to report the complete load before it takes its progress line down and fetches the texts side files.
 */
let shown: LoadResult | null = null;
const waiting = new Map<LoadResult, Set<() => void>>();

/** The views call this once they have drawn `load` (the part fetched from data/, without imports). */
export function reportShown(load: LoadResult): void {
  shown = load;
  const callbacks = waiting.get(load);
  if (callbacks === undefined) return;
  waiting.delete(load);
  for (const callback of callbacks) callback();
}

/** Calls `callback` once `load` is on screen (at once if it is already); the returned function cancels the wait. */
export function whenShown(load: LoadResult, callback: () => void): () => void {
  if (shown === load) {
    callback();
    return () => undefined;
  }
  let callbacks = waiting.get(load);
  if (callbacks === undefined) {
    callbacks = new Set();
    waiting.set(load, callbacks);
  }
  callbacks.add(callback);
  return () => {
    callbacks.delete(callback);
    if (callbacks.size === 0 && waiting.get(load) === callbacks) waiting.delete(load);
  };
}
