import type { LoadFailure } from './load-result.ts';

/**
 * What each file read by a load was, by its name in data/ (`manifest.json`, then the manifest's files): the body's
 * fingerprint (content-digest.ts), `kind:status` for a request that gave no body, or UNKNOWN where the load cannot
 * tell (then a refresh always loads again). Same keys, same bytes: loading again would give the same result.
 */
export type FileKeys = Readonly<Record<string, string>>;

export const UNKNOWN_KEY = '?';

/** The request kinds that end without a body; every other failure was read and carries its bytes' fingerprint. */
const NO_BODY = new Set<string>(['missing', 'http', 'network', 'timeout', 'too-large', 'outside']);

/** The key of a file that failed: its fingerprint when its bytes were read, `kind:status` when there were none. */
export function failureKey(failure: LoadFailure): string {
  if (failure.digest !== undefined) return failure.digest;
  return NO_BODY.has(failure.kind) ? fetchFailureKey(failure) : UNKNOWN_KEY;
}

/** The key of a request that gave no body: its kind and status (never its message, which may name a moment). */
export function fetchFailureKey(failure: { kind: string; status: number | null }): string {
  return `${failure.kind}:${failure.status ?? ''}`;
}
