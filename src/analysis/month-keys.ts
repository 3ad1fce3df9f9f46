/** "YYYY-MM" of a UTC time in ms; null for NaN. */
export function monthKey(time: number): string | null {
  if (!Number.isFinite(time)) return null;
  return new Date(time).toISOString().slice(0, 7);
}

/** The "YYYY-MM" key of a month index (inverse of monthIndex); null for NaN. */
export function formatMonthIndex(index: number): string | null {
  if (!Number.isFinite(index)) return null;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every "YYYY-MM" from first to last inclusive (empty when last < first or either is malformed). */
export function monthKeysBetween(first: string, last: string): string[] {
  const start = monthIndex(first);
  const end = monthIndex(last);
  const keys: string[] = [];
  if (Number.isNaN(start) || Number.isNaN(end)) return keys;
  for (let i = start; i <= end; i++) keys.push(formatMonthIndex(i)!);
  return keys;
}

/** The inclusive due-date range covering months first..last: { from: first-01, to: last day of last }; null when malformed. */
export function monthsToDueRange(first: string, last: string): { from: string; to: string } | null {
  const start = monthIndex(first);
  const end = monthIndex(last);
  if (Number.isNaN(start) || Number.isNaN(end)) return null;
  const lo = Math.min(start, end);
  const hi = Math.max(start, end);
  const lastDay = new Date(Date.UTC(Math.floor(hi / 12), (hi % 12) + 1, 0)).toISOString().slice(0, 10);
  const from = `${String(Math.floor(lo / 12)).padStart(4, '0')}-${String((lo % 12) + 1).padStart(2, '0')}-01`;
  return { from, to: lastDay };
}

/** Months since year 0 of a "YYYY-MM" key (year * 12 + month - 1); NaN when malformed. */
export function monthIndex(key: string): number {
  const match = /^(\d{4})-(\d{2})$/.exec(key);
  if (match === null) return NaN;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? Number(match[1]) * 12 + month - 1 : NaN;
}
