import type { FileKeys } from './load-keys.ts';
import type { Dataset, Manifest } from '../model/schema.ts';

/**
 * Why a file could not be used: not found, an HTTP or network error, not JSON, failing the
 * schema, lying outside data/ (also after a redirect), written in a newer format version, a
 * dataset id already taken by an earlier file, no answer within the deadline, or a body too
 * large to read (e.g. a gzip bomb).
 */
export type LoadFailureKind =
  | 'missing'
  | 'http'
  | 'network'
  | 'not-json'
  | 'schema'
  | 'outside'
  | 'newer-version'
  | 'duplicate-dataset'
  | 'timeout'
  | 'too-large';

/** One file that failed to load; `details` holds schema lines such as `tasks.12.deadline.due: invalid date`. */
export interface LoadFailure {
  /** The file as named in the manifest (or `manifest.json`, or an uploaded file's name). */
  file: string;
  /** The manifest's dataset id, when the failure is a dataset. */
  id: string | null;
  kind: LoadFailureKind;
  /** HTTP status for `missing` / `http`; null otherwise. */
  status: number | null;
  /** Schema issue lines (`schema`), the parser / network message (`not-json`, `network`), or what clashed. */
  details: string[];
  /** The fingerprint of the file's bytes when they were read (not-json, schema, newer-version): a refresh skips it while they stay the same. */
  digest?: string;
}

/**
 * Something wrong with a file that is still shown: no tasks (`empty`), task ids repeated
 * (`duplicate-tasks`: the first kept, `count` dropped), or a manifest entry naming another id
 * than the file (`id-mismatch`: the file's own id is used), or task ids under another dataset's id
 * (`foreign-task-ids`: re-keyed under the file's id, `count` re-keyed; see foreign-task-ids.ts).
 */
export type LoadNoticeKind = 'empty' | 'duplicate-tasks' | 'id-mismatch' | 'foreign-task-ids';

/** One shown file with a problem a reader should know about. */
export interface LoadNotice {
  file: string;
  /** The dataset id in use. */
  id: string | null;
  kind: LoadNoticeKind;
  /** How many tasks were dropped (`duplicate-tasks`), else 0. */
  count: number;
  details: string[];
}

/** An Arrow dataset shown before its texts side file arrived (loaded with `deferTexts`): its tasks' title, text and unitsRaw are empty until fillArrowTexts. */
export interface PendingTexts {
  /** The dataset id in use. */
  id: string;
  /** The side file as named in the manifest, and its absolute URL. */
  file: string;
  url: string;
}

/** Everything the loader found: the manifest (null if it failed), the valid datasets in manifest order, every failure and every notice. */
export interface LoadResult {
  manifest: Manifest | null;
  datasets: Dataset[];
  failures: LoadFailure[];
  notices: LoadNotice[];
  /** Optional: datasets whose texts are still to come (search and the task table say so); absent or empty = every text is in. */
  pendingTexts?: PendingTexts[];
  /** Optional, once every file answered: what each file read was (load-keys.ts), so a refresh can tell nothing changed without parsing. */
  fileKeys?: FileKeys;
}
