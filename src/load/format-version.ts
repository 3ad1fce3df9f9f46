import { FORMAT_VERSION } from '../model/schema.ts';

/**
 * Returns the format version a parsed JSON file declares when it is newer than the one this
 * build reads (e.g. 2), else null — so a newer file is refused whole instead of half-read.
 */
export function tryParseNewerVersion(value: unknown): number | null {
  if (typeof value !== 'object' || value === null || !('version' in value)) return null;
  const version = (value as { version: unknown }).version;
  return typeof version === 'number' && Number.isFinite(version) && version > FORMAT_VERSION ? version : null;
}

/** The detail line shown for a file of a newer format version. */
export function formatNewerVersion(version: number): string {
  return `version: ${version} > ${FORMAT_VERSION}`;
}
