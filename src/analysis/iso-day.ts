/** Milliseconds in one UTC day. */
export const DAY_MS = 86_400_000;

/** Parses an ISO day "YYYY-MM-DD" to its UTC midnight in ms; NaN for anything else. */
export function isoDayToTime(iso: string | null): number {
  if (iso === null || iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return NaN;
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return NaN;
  return Date.UTC(y, m - 1, d);
}

/** Formats a UTC time in ms as "YYYY-MM-DD"; returns null for NaN or infinite times. */
export function formatIsoDay(time: number): string | null {
  if (!Number.isFinite(time)) return null;
  return new Date(time).toISOString().slice(0, 10);
}
