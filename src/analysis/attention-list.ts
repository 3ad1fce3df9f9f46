import type { Task } from '../model/schema.ts';
import { DUE_SOON_DAYS } from './deadline-status.ts';
import { DAY_MS, isoDayToTime } from './iso-day.ts';
import type { TaskRow } from './task-row.ts';

/**
 * Why a task needs attention. Without progress reports only the deadline is known, so a passed deadline is
 * "deadline passed" (期限已过), never "overdue": the task may well be done. Progress statuses (red/amber) are
 * meant to join this union when progress reports exist.
 */
export type AttentionKind = 'passed' | 'dueSoon';

/** One line of the wall's alert column. */
export interface AttentionItem {
  taskId: string;
  kind: AttentionKind;
  /** The task's title, else the start of its text, at most `titleChars` characters (an ellipsis marks a cut). */
  title: string;
  region: string;
  /** The first lead unit, else the first responsible unit, else the first unit; null when the task names none. */
  lead: string | null;
  /** The normalised due date (ISO). */
  due: string;
  /** Whole days past the due date (passed) or left until it (dueSoon; 0 = due on the as-of day). */
  days: number;
}

export interface AttentionOptions {
  /** Days ahead of the as-of date that count as due soon; the dashboard's 90 by default. */
  soonDays?: number;
  /** The longest title kept, in characters. */
  titleChars?: number;
}

/** Cuts a text to at most `max` characters, marking a cut with "…" (whitespace runs become one space). */
export function shortText(text: string, max: number): string {
  const plain = text.replace(/\s+/g, ' ').trim();
  const chars = [...plain];
  return chars.length <= max ? plain : `${chars.slice(0, Math.max(1, max - 1)).join('')}…`;
}

/** The unit a leader asks about first: the first lead, else responsible, else any unit; null when none is named. */
export function leadUnitOf(task: Task): string | null {
  return (task.units.find((u) => u.role === 'lead') ?? task.units.find((u) => u.role === 'responsible') ?? task.units[0])?.name ?? null;
}

/**
 * The tasks that need attention at the as-of date, most urgent first: every passed deadline before every one due
 * soon; passed ones by days past the deadline, fewest first (a deadline missed last week is still being chased; one
 * missed years ago is likely settled, and without progress reports the data cannot say); due-soon ones by days left,
 * fewest first; ties by region, then task id, so the order never flickers.
 * Tasks with no normalised due date (ongoing, year unknown) are never listed.
 */
export function attentionList(rows: readonly TaskRow[], asOf: string, options: AttentionOptions = {}): AttentionItem[] {
  const soonDays = options.soonDays ?? DUE_SOON_DAYS;
  const titleChars = options.titleChars ?? 24;
  const asOfTime = isoDayToTime(asOf);
  const items: AttentionItem[] = [];
  if (asOfTime !== asOfTime) return items;
  for (const row of rows) {
    const due = row.task.deadline.due;
    if (due === null || row.dueTime !== row.dueTime) continue;
    const diff = Math.round((row.dueTime - asOfTime) / DAY_MS);
    if (diff > soonDays) continue;
    const kind: AttentionKind = diff < 0 ? 'passed' : 'dueSoon';
    items.push({
      taskId: row.task.id,
      kind,
      title: shortText(row.task.title ?? row.task.text, titleChars),
      region: row.region,
      lead: leadUnitOf(row.task),
      due,
      days: Math.abs(diff),
    });
  }
  return items.sort(byUrgency);
}

function byUrgency(a: AttentionItem, b: AttentionItem): number {
  if (a.kind !== b.kind) return a.kind === 'passed' ? -1 : 1;
  const days = a.days - b.days;
  if (days !== 0) return days;
  if (a.region !== b.region) return a.region < b.region ? -1 : 1;
  return a.taskId < b.taskId ? -1 : a.taskId > b.taskId ? 1 : 0;
}
