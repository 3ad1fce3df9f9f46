import { DatasetSchema, ManifestSchema, formatSchemaIssues } from '../model/schema.ts';
import { checkDatasets, type LoadedFile } from './check-datasets.ts';
import { formatNewerVersion, tryParseNewerVersion } from './format-version.ts';
import type { LoadFailure, LoadFailureKind, LoadNotice, LoadResult } from './load-result.ts';

/** The part of `fetch` the loader uses, so tests can pass a fake. */
export type FetchLike = (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

export type { LoadFailure, LoadFailureKind, LoadNotice, LoadNoticeKind, LoadResult } from './load-result.ts';

/** At most this many schema lines are kept per file; one broken field repeated in every task would otherwise flood the page. */
export const MAX_DETAILS = 20;

/**
 * Fetches `manifest.json` under `dataUrl` and every dataset it lists, validating each; returns
 * the valid datasets, one failure per unusable file and one notice per shown file with a
 * problem (see checkDatasets), never throwing. A manifest or dataset of a newer format
 * version is refused whole; a manifest entry whose id differs from its file's keeps the file's id.
 */
export async function loadDatasets(fetchFn: FetchLike, dataUrl: string): Promise<LoadResult> {
  const base = dataUrl.endsWith('/') ? dataUrl : `${dataUrl}/`;
  const manifestFile = 'manifest.json';
  const fetched = await fetchJson(fetchFn, new URL(manifestFile, base).href, manifestFile, null);
  if (!fetched.ok) return { manifest: null, datasets: [], failures: [fetched.failure], notices: [] };
  const newer = tryParseNewerVersion(fetched.value);
  if (newer !== null) {
    const failure: LoadFailure = { file: manifestFile, id: null, kind: 'newer-version', status: null, details: [formatNewerVersion(newer)] };
    return { manifest: null, datasets: [], failures: [failure], notices: [] };
  }
  const parsed = ManifestSchema.safeParse(fetched.value);
  if (!parsed.success) {
    return { manifest: null, datasets: [], failures: [schemaFailure(manifestFile, null, parsed.error)], notices: [] };
  }
  const manifest = parsed.data;
  const results = await Promise.all(
    manifest.datasets.map(async (entry): Promise<LoadedFile | LoadFailure> => {
      const url = new URL(entry.file, base);
      // A manifest may be edited by hand on an intranet; never follow it out of the data folder.
      if (!url.href.startsWith(base)) {
        return { file: entry.file, id: entry.id, kind: 'outside', status: null, details: [] };
      }
      const got = await fetchJson(fetchFn, url.href, entry.file, entry.id);
      if (!got.ok) return got.failure;
      return parseDataset(got.value, entry.file, entry.id);
    }),
  );
  const loaded: LoadedFile[] = [];
  const failures: LoadFailure[] = [];
  const notices: LoadNotice[] = [];
  results.forEach((r, i) => {
    if ('kind' in r) {
      failures.push(r);
      return;
    }
    loaded.push(r);
    const entryId = manifest.datasets[i]?.id;
    if (entryId !== undefined && entryId !== r.dataset.id) {
      notices.push({ file: r.file, id: r.dataset.id, kind: 'id-mismatch', count: 0, details: [`manifest id: "${entryId}" ≠ id: "${r.dataset.id}"`] });
    }
  });
  const checked = checkDatasets(loaded);
  return { manifest, datasets: checked.datasets, failures: [...failures, ...checked.failures], notices: [...notices, ...checked.notices] };
}

/** Validates one parsed dataset file: refused whole when of a newer version, else checked against the schema. */
export function parseDataset(value: unknown, file: string, id: string | null): LoadedFile | LoadFailure {
  const newer = tryParseNewerVersion(value);
  if (newer !== null) return { file, id, kind: 'newer-version', status: null, details: [formatNewerVersion(newer)] };
  const dataset = DatasetSchema.safeParse(value);
  return dataset.success ? { file, dataset: dataset.data } : schemaFailure(file, id, dataset.error);
}

type Fetched = { ok: true; value: unknown } | { ok: false; failure: LoadFailure };

async function fetchJson(fetchFn: FetchLike, url: string, file: string, id: string | null): Promise<Fetched> {
  const fail = (kind: LoadFailureKind, status: number | null, details: string[]): Fetched => ({
    ok: false,
    failure: { file, id, kind, status, details },
  });
  let text: string;
  try {
    const response = await fetchFn(url);
    if (!response.ok) return fail(response.status === 404 ? 'missing' : 'http', response.status, []);
    text = await response.text();
  } catch (error) {
    return fail('network', null, [messageOf(error)]);
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return fail('not-json', null, [messageOf(error)]);
  }
}

function schemaFailure(file: string, id: string | null, error: Parameters<typeof formatSchemaIssues>[0]): LoadFailure {
  const lines = formatSchemaIssues(error);
  const details = lines.length > MAX_DETAILS ? [...lines.slice(0, MAX_DETAILS), `… +${lines.length - MAX_DETAILS}`] : lines;
  return { file, id, kind: 'schema', status: null, details };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
