import type { LoadResult } from '../../load/load-datasets.ts';

/**
 * Combines a periodic re-fetch with what the wall already shows: the new result wins, except that a dataset which
 * loaded before and fails now is kept (last good copy) and a failed manifest keeps every previous dataset; everything else
 * (failures, notices) comes from the new result. A failure is matched to the old dataset by its manifest id and by its file,
 * so a file whose own id differs from its manifest entry keeps its last good copy too. Inputs are not changed.
 */
export function mergeLoadResults(previous: LoadResult, next: LoadResult): LoadResult {
  if (next.manifest === null) return { ...next, manifest: previous.manifest, datasets: previous.datasets };
  const present = new Set(next.datasets.map((dataset) => dataset.id));
  const failedIds = new Set(next.failures.flatMap((failure) => (failure.id === null ? [] : [failure.id])));
  const failedFiles = new Set(next.failures.map((failure) => failure.file));
  const fileOf = datasetFiles(previous);
  const kept = previous.datasets.filter((dataset) => {
    if (present.has(dataset.id)) return false;
    const file = fileOf.get(dataset.id);
    return failedIds.has(dataset.id) || (file !== undefined && failedFiles.has(file));
  });
  return kept.length === 0 ? next : { ...next, datasets: [...next.datasets, ...kept] };
}

/** The file each shown dataset came from: its manifest entry, or the file an id-mismatch notice names. */
function datasetFiles(load: LoadResult): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of load.manifest?.datasets ?? []) files.set(entry.id, entry.file);
  for (const notice of load.notices) if (notice.kind === 'id-mismatch' && notice.id !== null) files.set(notice.id, notice.file);
  return files;
}
