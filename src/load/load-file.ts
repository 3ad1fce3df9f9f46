// First: zod's compiler must be off before schema.ts builds its schemas.
import './zod-jitless.ts';
import { DatasetSchema, ManifestSchema, formatSchemaIssues, type Manifest } from '../model/schema.ts';
import type { LoadedFile } from './check-datasets.ts';
import { formatNewerVersion, tryParseNewerVersion } from './format-version.ts';
import type { LoadFailure, LoadFailureKind } from './load-result.ts';

/** The part of `fetch` the loader uses, so tests can pass a fake. */
export type FetchLike = (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

/** What fetching the manifest gave: the validated manifest, or the one failure that stops the load. */
export type ManifestFetched = { ok: true; manifest: Manifest } | { ok: false; failure: LoadFailure };

/** At most this many schema lines are kept per file; one broken field repeated in every task would otherwise flood the page. */
export const MAX_DETAILS = 20;

const MANIFEST_FILE = 'manifest.json';

/**
 * Fetches and validates `manifest.json` at `url`: a failure (missing, http, network, not-json,
 * newer-version or schema) when it cannot be used, never an exception.
 */
export async function loadManifestFile(fetchFn: FetchLike, url: string): Promise<ManifestFetched> {
  const fetched = await fetchJson(fetchFn, url, MANIFEST_FILE, null);
  if (!fetched.ok) return fetched;
  const newer = tryParseNewerVersion(fetched.value);
  if (newer !== null) {
    return { ok: false, failure: { file: MANIFEST_FILE, id: null, kind: 'newer-version', status: null, details: [formatNewerVersion(newer)] } };
  }
  const parsed = ManifestSchema.safeParse(fetched.value);
  return parsed.success ? { ok: true, manifest: parsed.data } : { ok: false, failure: schemaFailure(MANIFEST_FILE, null, parsed.error) };
}

/** Fetches one dataset file at `url` and validates it (see parseDataset); a failure naming `file` and `id`, never an exception. */
export async function loadDatasetFile(fetchFn: FetchLike, url: string, file: string, id: string | null): Promise<LoadedFile | LoadFailure> {
  const got = await fetchJson(fetchFn, url, file, id);
  return got.ok ? parseDataset(got.value, file, id) : got.failure;
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
