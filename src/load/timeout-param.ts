/** Longest deadline one may ask for: an hour. */
const MAX_SECONDS = 3600;

/**
 * The per-request deadline in ms asked for by `?timeout=SECONDS` in the page's query string
 * (for an intranet slower than the 60 s default, or a test), or undefined for the default.
 * Anything but a positive number up to an hour is ignored.
 */
export function timeoutFromSearch(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('timeout');
  if (raw === null || raw.trim() === '') return undefined;
  const seconds = Number(raw);
  return Number.isFinite(seconds) && seconds > 0 && seconds <= MAX_SECONDS ? Math.round(seconds * 1000) : undefined;
}
