import type { TaskRow } from './task-row.ts';

/** The last result an aggregation computed for one row list. */
export type MemoCache<T> = WeakMap<readonly TaskRow[], { key: string; value: T }>;

/** Creates the cache of one aggregation. */
export function createMemoCache<T>(): MemoCache<T> {
  return new WeakMap();
}

/**
 * Returns compute() for rows and key, or the value computed last time for the same list (by identity) and key:
 * re-rendering, or clearing the filters back to the shared unfiltered list, costs nothing. Results are shared: never mutate them.
 */
export function memoised<T>(cache: MemoCache<T>, rows: readonly TaskRow[], key: string, compute: () => T): T {
  const hit = cache.get(rows);
  if (hit !== undefined && hit.key === key) return hit.value;
  const value = compute();
  cache.set(rows, { key, value });
  return value;
}
