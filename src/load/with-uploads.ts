import { checkDatasets, type LoadedFile } from './check-datasets.ts';
import type { LoadFailure, LoadResult } from './load-result.ts';
import type { UploadRecord } from './upload-file.ts';

/**
 * Adds datasets imported in this browser to a fetched load result, after the published ones:
 * they go through the same duplicate checks (a dataset id already shown refuses the upload, a
 * task id already shown drops that task), and `broken` kept records are listed as failures.
 */
export function withUploads(fetched: LoadResult, uploads: readonly UploadRecord[], broken: readonly LoadFailure[] = []): LoadResult {
  if (uploads.length === 0 && broken.length === 0) return fetched;
  const fileOf = new Map(fetched.manifest?.datasets.map((e) => [e.id, e.file]) ?? []);
  const existing: LoadedFile[] = fetched.datasets.map((dataset) => ({ file: fileOf.get(dataset.id) ?? `${dataset.id}.json`, dataset }));
  const checked = checkDatasets(
    uploads.map((u) => ({ file: u.fileName, dataset: u.dataset })),
    existing,
  );
  return {
    manifest: fetched.manifest,
    datasets: [...fetched.datasets, ...checked.datasets],
    failures: [...fetched.failures, ...broken, ...checked.failures],
    notices: [...fetched.notices, ...checked.notices],
  };
}
