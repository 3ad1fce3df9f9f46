import type { Deadline } from '../model/schema.ts';
import type { DeadlineStatus } from './filters.ts';
import { DAY_MS, isoDayToTime } from './iso-day.ts';

/** How many days ahead of the as-of date count as "due soon". */
export const DUE_SOON_DAYS = 90;

/**
 * Classifies a deadline against the as-of time (UTC ms) given its precomputed due time (NaN when no due).
 * Rules, in order:
 * 1. a due date exists → it decides, even when the task is also ongoing ("…底前，并长期推进"):
 *    due < asOf → 'passed'; asOf ≤ due ≤ asOf + 90 days → 'due90'; else 'later';
 * 2. no due date and ongoing → 'ongoing';
 * 3. no due date and a month/day is known ("X年6月底前"), or a deadline is printed whose year is unknown → 'yearUnknown';
 * 4. anything else (no deadline printed or none understood) → null: such a task matches no status filter.
 */
export function deadlineStatusAt(deadline: Deadline, dueTime: number, asOfTime: number): DeadlineStatus | null {
  if (dueTime === dueTime) {
    if (dueTime < asOfTime) return 'passed';
    return dueTime - asOfTime <= DUE_SOON_DAYS * DAY_MS ? 'due90' : 'later';
  }
  if (deadline.ongoing) return 'ongoing';
  if (deadline.monthDay !== null || (!deadline.yearKnown && deadline.raw.trim() !== '')) return 'yearUnknown';
  return null;
}

/** Classifies a deadline against an ISO as-of date (see deadlineStatusAt for the rules); null when the task has no usable deadline. */
export function deadlineStatus(deadline: Deadline, asOf: string): DeadlineStatus | null {
  return deadlineStatusAt(deadline, isoDayToTime(deadline.due), isoDayToTime(asOf));
}
