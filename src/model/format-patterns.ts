/**
 * The patterns and word lists format version 1 holds its strings to, in one place: the schema (schema.ts) checks
 * with them, and the compact encoding's fast reader (src/load/pack-arrow-tasks.ts) must accept no
 * more than the schema does. No zod here, so that reader does not load it.
 */

/** A unit's role, a deadline's precision and an indicator's comparator: the words the format allows, in this order. */
export const ROLE_WORDS = ['lead', 'responsible', 'support'] as const;
export const PRECISION_WORDS = ['day', 'month', 'quarter', 'half', 'year'] as const;
export const COMPARATOR_WORDS = ['≥', '>', '=', '≤', '<'] as const;

/** A date: "YYYY-MM-DD" (see isRealDate for the day itself). */
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** A deadline's month and day: "MM-DD". */
export const MONTH_DAY_PATTERN = /^\d{2}-\d{2}$/;

/** A task id: "<dataset id>/<url-safe no>". */
export const TASK_ID_PATTERN = /^[a-z0-9-]+\/[A-Za-z0-9._~-]+$/;

/** True when a "YYYY-MM-DD" string names a day of the calendar (as Date.UTC reads it: years 0–99 do not). */
export function isRealDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}
