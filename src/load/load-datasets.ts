import type { Dataset, Manifest } from '../model/schema.ts';
import { DatasetSchema, ManifestSchema, formatSchemaIssues } from '../model/schema.ts';

/** The part of `fetch` the loader uses, so tests can pass a fake. */
export type FetchLike = (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

/** Why a file could not be used. */
export type LoadFailureKind = 'missing' | 'http' | 'network' | 'not-json' | 'schema' | 'outside';

/** One file that failed to load; `details` holds schema lines such as `tasks.12.deadline.due: invalid date`. */
export interface LoadFailure {
  /** The file as named in the manifest (or `manifest.json`). */
  file: string;
  /** The manifest's dataset id, when the failure is a dataset. */
  id: string | null;
  kind: LoadFailureKind;
  /** HTTP status for `missing` / `http`; null otherwise. */
  status: number | null;
  /** Schema issue lines (`schema`) or the parser / network message (`not-json`, `network`). */
  details: string[];
}

/** Everything the loader found: the manifest (null if it failed), the valid datasets in manifest order, and every failure. */
export interface LoadResult {
  manifest: Manifest | null;
  datasets: Dataset[];
  failures: LoadFailure[];
}

/** At most this many schema lines are kept per file; one broken field repeated in every task would otherwise flood the page. */
export const MAX_DETAILS = 20;

/** Fetches `manifest.json` under `dataUrl` and every dataset it lists, validating each; returns valid datasets and one failure per bad file, never throwing. */
export async function loadDatasets(fetchFn: FetchLike, dataUrl: string): Promise<LoadResult> {
  const base = dataUrl.endsWith('/') ? dataUrl : `${dataUrl}/`;
  const manifestFile = 'manifest.json';
  const fetched = await fetchJson(fetchFn, new URL(manifestFile, base).href, manifestFile, null);
  if (!fetched.ok) return { manifest: null, datasets: [], failures: [fetched.failure] };
  const parsed = ManifestSchema.safeParse(fetched.value);
  if (!parsed.success) {
    return { manifest: null, datasets: [], failures: [schemaFailure(manifestFile, null, parsed.error)] };
  }
  const manifest = parsed.data;
  const results = await Promise.all(
    manifest.datasets.map(async (entry): Promise<Dataset | LoadFailure> => {
      const url = new URL(entry.file, base);
      // A manifest may be edited by hand on an intranet; never follow it out of the data folder.
      if (!url.href.startsWith(base)) {
        return { file: entry.file, id: entry.id, kind: 'outside', status: null, details: [] };
      }
      const got = await fetchJson(fetchFn, url.href, entry.file, entry.id);
      if (!got.ok) return got.failure;
      const dataset = DatasetSchema.safeParse(got.value);
      return dataset.success ? dataset.data : schemaFailure(entry.file, entry.id, dataset.error);
    }),
  );
  const datasets: Dataset[] = [];
  const failures: LoadFailure[] = [];
  for (const r of results) {
    if ('kind' in r) failures.push(r);
    else datasets.push(r);
  }
  return { manifest, datasets, failures };
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
