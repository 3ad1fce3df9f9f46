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

// Charts format the same few hundred days (month starts, due dates) tens of thousands of times per filter change at
// province scale; a Date and its ISO string per call showed up in profiles, so the text is kept per day.
const dayTexts = new Map<number, string>();
const DAY_TEXTS_KEPT = 20_000;

/** Formats a UTC time in ms as "YYYY-MM-DD"; returns null for NaN or infinite times. */
export function formatIsoDay(time: number): string | null {
  if (!Number.isFinite(time)) return null;
  const day = Math.floor(time / DAY_MS);
  let text = dayTexts.get(day);
  if (text === undefined) {
    text = new Date(time).toISOString().slice(0, 10);
    if (dayTexts.size >= DAY_TEXTS_KEPT) dayTexts.clear();
    dayTexts.set(day, text);
  }
  return text;
}
