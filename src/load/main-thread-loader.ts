import type { FetchLike } from './load-file.ts';
import type { FileLoader } from './load-datasets.ts';

/**
 * A FileLoader that fetches, parses and validates on the calling thread; the schema code
 * (zod) is imported on first use, so a page that validates in workers never downloads it here.
 */
export function createMainThreadLoader(fetchFn: FetchLike): FileLoader {
  const code = () => import('./load-file.ts');
  return {
    manifest: async (url, limits) => (await code()).loadManifestFile(fetchFn, url, limits),
    dataset: async (url, file, id, limits, arrow) =>
      arrow === undefined
        ? (await code()).loadDatasetFile(fetchFn, url, file, id, limits)
        : (await import('./packed-tasks.ts')).unpackAnswer(await (await code()).loadArrowDatasetFile(fetchFn, url, arrow.textsUrl, file, id, limits, arrow.deferTexts)),
    texts: async (url, file, id, limits) => (await code()).loadArrowTextsFile(fetchFn, url, file, id, limits),
    digest: async (url, limits) => (await code()).loadDigest(fetchFn, url, limits),
  };
}
