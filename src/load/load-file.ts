// First: zod's compiler must be off before schema.ts builds its schemas.
import './zod-jitless.ts';
import { DatasetSchema, ManifestSchema, formatSchemaIssues, type Manifest } from '../model/schema.ts';
import type { LoadedFile } from './check-datasets.ts';
import { formatNewerVersion, tryParseNewerVersion } from './format-version.ts';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, fetchBytes, fetchDigest, fetchText, type FetchLike, type FetchLimits } from './fetch-text.ts';
import type { LoadFailure, LoadFailureKind } from './load-result.ts';
import type { DecodedArrowTexts } from './decode-arrow-dataset.ts';
import type { PackedLoadedFile } from './packed-tasks.ts';

export type { FetchLike } from './fetch-text.ts';

/** What fetching the manifest gave: the validated manifest (and its bytes' fingerprint), or the one failure that stops the load. */
export type ManifestFetched = { ok: true; manifest: Manifest; digest?: string } | { ok: false; failure: LoadFailure };

/** At most this many schema lines are kept per file; one broken field repeated in every task would otherwise flood the page. */
export const MAX_DETAILS = 20;

const MANIFEST_FILE = 'manifest.json';

/**
 * Fetches and validates `manifest.json` at `url`: a failure (missing, http, network, timeout,
 * outside, too-large, not-json, newer-version or schema) when it cannot be used, never an
 * exception. Unless `limits` says otherwise, the answer must come from the manifest's own folder.
 */
export async function loadManifestFile(fetchFn: FetchLike, url: string, limits: Partial<FetchLimits> = {}): Promise<ManifestFetched> {
  const fetched = await fetchJson(fetchFn, url, MANIFEST_FILE, null, limits);
  if (!fetched.ok) return fetched;
  const { digest } = fetched;
  const newer = tryParseNewerVersion(fetched.value);
  if (newer !== null) {
    return { ok: false, failure: { file: MANIFEST_FILE, id: null, kind: 'newer-version', status: null, details: [formatNewerVersion(newer)], digest } };
  }
  const parsed = ManifestSchema.safeParse(fetched.value);
  return parsed.success ? { ok: true, manifest: parsed.data, digest } : { ok: false, failure: { ...schemaFailure(MANIFEST_FILE, null, parsed.error), digest } };
}

/**
 * Fetches one dataset file at `url` within `limits` (by default: 60 s, 200 MB, answered from
 * the file's own folder) and validates it (see parseDataset); a failure naming `file` and `id`,
 * never an exception. `fast`: a reader tried first on the parsed value (the validation worker packs a dataset whose
 * tasks are certainly valid, pack-json-dataset.ts); where it gives null, the schema decides as always.
 */
export async function loadDatasetFile<T extends object = never>(
  fetchFn: FetchLike,
  url: string,
  file: string,
  id: string | null,
  limits: Partial<FetchLimits> = {},
  fast?: (value: unknown, file: string) => T | null,
): Promise<LoadedFile | (T & { digest: string }) | LoadFailure> {
  const got = await fetchJson(fetchFn, url, file, id, limits);
  if (!got.ok) return got.failure;
  const quick = fast?.(got.value, file) ?? null;
  return quick !== null ? { ...quick, digest: got.digest } : { ...parseDataset(got.value, file, id), digest: got.digest };
}

/**
 * Fetches a dataset in the compact encoding: the tasks file at `url` and its texts side file at `textsUrl` (both
 * within `limits`; the texts left out with `deferTexts`), decodes them (apache-arrow is loaded here, on first use)
 * and validates the result with the same schema as a JSON file. A file that is not the compact encoding is a
 * `schema` failure whose detail names the file and what is wrong.
 *
 * A valid file's tasks come packed, as a worker posts them (packed-tasks.ts; unpackLoadedFile makes the dataset):
 * read straight from the columns (pack-arrow-tasks.ts: no task objects, no schema run per task, several times
 * faster). A file that reader is not sure of is decoded to objects and checked by DatasetSchema, so it is
 * accepted (then as a LoadedFile), or refused in the same words, exactly as before.
 */
export async function loadArrowDatasetFile(
  fetchFn: FetchLike,
  url: string,
  textsUrl: string,
  file: string,
  id: string | null,
  limits: Partial<FetchLimits> = {},
  deferTexts = false,
): Promise<PackedLoadedFile | LoadedFile | LoadFailure> {
  const noTexts = Promise.resolve(null);
  const [tasks, texts, codec] = await Promise.all([
    fetchBytes(fetchFn, url, bounds(url, limits)),
    deferTexts ? noTexts : fetchBytes(fetchFn, textsUrl, bounds(textsUrl, limits)),
    import('./decode-arrow-dataset.ts'),
  ]);
  if (!tasks.ok) return { file, id, ...tasks.failure };
  const textsFile = textsUrl.slice(textsUrl.lastIndexOf('/') + 1);
  if (texts !== null && !texts.ok) return { file, id, ...texts.failure, details: [textsFile, ...texts.failure.details] };
  const digests = texts === null ? { digest: tasks.digest } : { digest: tasks.digest, textsDigest: texts.digest };
  const fast = codec.packArrowDataset(tasks.bytes, texts === null ? null : texts.bytes);
  if (fast !== null) {
    // the dataset-level fields still go through the schema, with no tasks: the packed ones take their place
    const header = DatasetSchema.safeParse({ ...fast.dataset, tasks: [] });
    if (header.success) return { file, dataset: header.data, packedTasks: fast.packedTasks, ...digests };
  }
  // A failure of the decoded files carries no fingerprint: it names two files, and a refresh simply loads them again.
  let decoded;
  try {
    decoded = codec.decodeArrowTasks(tasks.bytes);
  } catch (error) {
    return { file, id, kind: 'schema', status: null, details: [`${file}: ${messageOf(error)}`] };
  }
  if (texts !== null) {
    try {
      codec.mergeArrowTexts(decoded, codec.decodeArrowTexts(texts.bytes));
    } catch (error) {
      return { file, id, kind: 'schema', status: null, details: [`${textsFile}: ${messageOf(error)}`] };
    }
  }
  const parsed = parseDataset(decoded.value, file, id);
  return 'kind' in parsed ? parsed : { ...parsed, ...digests };
}

/**
 * Fetches and decodes one texts side file (`file` as the manifest names it) for fillArrowTexts:
 * its rows, or a failure naming the file (a `schema` failure when it is not the compact encoding).
 */
export async function loadArrowTextsFile(fetchFn: FetchLike, url: string, file: string, id: string | null, limits: Partial<FetchLimits> = {}): Promise<DecodedArrowTexts | LoadFailure> {
  const [texts, codec] = await Promise.all([fetchBytes(fetchFn, url, bounds(url, limits)), import('./decode-arrow-dataset.ts')]);
  if (!texts.ok) return { file, id, ...texts.failure };
  try {
    return { ...codec.decodeArrowTexts(texts.bytes), digest: texts.digest };
  } catch (error) {
    return { file, id, kind: 'schema', status: null, details: [`${file}: ${messageOf(error)}`] };
  }
}

/** The fingerprint of the file at `url` within `limits` (fetched, never parsed), or its failure's `kind:status`: see fetchDigest. */
export function loadDigest(fetchFn: FetchLike, url: string, limits: Partial<FetchLimits> = {}): Promise<string> {
  return fetchDigest(fetchFn, url, bounds(url, limits));
}

function bounds(url: string, limits: Partial<FetchLimits>): FetchLimits {
  return {
    timeoutMs: limits.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxBytes: limits.maxBytes ?? DEFAULT_MAX_BYTES,
    folder: limits.folder ?? new URL('./', url).href,
  };
}

/** Validates one parsed dataset file: refused whole when of a newer version, else checked against the schema. */
export function parseDataset(value: unknown, file: string, id: string | null): LoadedFile | LoadFailure {
  const newer = tryParseNewerVersion(value);
  if (newer !== null) return { file, id, kind: 'newer-version', status: null, details: [formatNewerVersion(newer)] };
  const dataset = DatasetSchema.safeParse(value);
  return dataset.success ? { file, dataset: dataset.data } : schemaFailure(file, id, dataset.error);
}

type Fetched = { ok: true; value: unknown; digest: string } | { ok: false; failure: LoadFailure };

async function fetchJson(fetchFn: FetchLike, url: string, file: string, id: string | null, limits: Partial<FetchLimits>): Promise<Fetched> {
  const fail = (kind: LoadFailureKind, status: number | null, details: string[]): Fetched => ({
    ok: false,
    failure: { file, id, kind, status, details },
  });
  const got = await fetchText(fetchFn, url, {
    timeoutMs: limits.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxBytes: limits.maxBytes ?? DEFAULT_MAX_BYTES,
    folder: limits.folder ?? new URL('./', url).href,
  });
  if (!got.ok) return fail(got.failure.kind, got.failure.status, got.failure.details);
  try {
    return { ok: true, value: JSON.parse(got.text) as unknown, digest: got.digest };
  } catch (error) {
    return { ok: false, failure: { file, id, kind: 'not-json', status: null, details: [messageOf(error)], digest: got.digest } };
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
