import type { LoadResult } from '../../load/load-datasets.ts';

/**
 * Combines a periodic re-fetch with what the wall already shows: the new result wins, except that a dataset which
 * loaded before and fails now is kept (last good copy) and a failed manifest keeps every previous dataset; everything else
 * (failures, notices) comes from the new result. Inputs are not changed.
 */
export function mergeLoadResults(previous: LoadResult, next: LoadResult): LoadResult {
  if (next.manifest === null) return { ...next, manifest: previous.manifest, datasets: previous.datasets };
  const present = new Set(next.datasets.map((dataset) => dataset.id));
  const failed = new Set(next.failures.flatMap((failure) => (failure.id === null ? [] : [failure.id])));
  const kept = previous.datasets.filter((dataset) => failed.has(dataset.id) && !present.has(dataset.id));
  return kept.length === 0 ? next : { ...next, datasets: [...next.datasets, ...kept] };
}
