import type { Task } from '../model/schema.ts';
import { DAY_MS, isoDayToTime } from './iso-day.ts';
import type { FiledReport } from './progress-reports.ts';

/**
 * A task's progress at an as-of date: 已完成 (按期 / 逾期完成 / 日期未报), 推进中 (正常 / 临期 / 滞后),
 * 未启动, 逾期未完成, 不再推进, or 未报告 when no report is dated at or before it.
 */
export type ProgressState =
  | 'doneOnTime'
  | 'doneLate'
  | 'doneUndated'
  | 'onTrack'
  | 'dueSoon'
  | 'behind'
  | 'notStarted'
  | 'overdue'
  | 'dropped'
  | 'unreported';

/** Red = 逾期未完成; amber = due soon (or reported 滞后) and not done; green = done or on track; grey = no report (or 不再推进). */
export type Rag = 'red' | 'amber' | 'green' | 'grey';
export const RAGS: readonly Rag[] = ['red', 'amber', 'green', 'grey'];

export const PROGRESS_STATES: readonly ProgressState[] = [
  'overdue', 'dueSoon', 'behind', 'notStarted', 'onTrack', 'doneOnTime', 'doneLate', 'doneUndated', 'dropped', 'unreported',
];

/** Days before the deadline a task not done turns amber, unless the URL says otherwise (`soon=`). */
export const DEFAULT_SOON_DAYS = 30;

export interface TaskProgress {
  taskId: string;
  state: ProgressState;
  rag: Rag;
  /** The latest report at or before the as-of date, or null. */
  report: FiledReport | null;
  /** Whole days from the deadline to the as-of date (negative: days left); null without a dated deadline. */
  daysOverdue: number | null;
}

/** Whether a state counts as done. */
export function isDone(state: ProgressState): boolean {
  return state === 'doneOnTime' || state === 'doneLate' || state === 'doneUndated';
}

/**
 * A task's progress at `asOf` from its reports (oldest first): the latest report dated at or
 * before `asOf` decides; a task not done whose deadline has passed is 逾期未完成 (red), one due
 * within `soonDays` is amber. A done task is on time when its completion date (else, when that
 * was left blank, the report date if that already shows it in time) is not after the deadline.
 * Without a report the task is 未报告 — a passed deadline alone never makes it 逾期.
 */
export function progressAt(task: Task, reports: readonly FiledReport[] | undefined, asOf: string, soonDays: number = DEFAULT_SOON_DAYS): TaskProgress {
  const due = task.deadline.due;
  const daysOverdue = due === null ? null : Math.round((isoDayToTime(asOf) - isoDayToTime(due)) / DAY_MS);
  let report: FiledReport | null = null;
  for (const r of reports ?? []) if (r.reportDate <= asOf) report = r;
  const make = (state: ProgressState, rag: Rag): TaskProgress => ({ taskId: task.id, state, rag, report, daysOverdue });
  if (report === null) return make('unreported', 'grey');
  switch (report.status) {
    case 'done': {
      if (due === null) return make(report.completedOn === null ? 'doneUndated' : 'doneOnTime', 'green');
      if (report.completedOn !== null) return make(report.completedOn <= due ? 'doneOnTime' : 'doneLate', 'green');
      return make(report.reportDate <= due ? 'doneOnTime' : 'doneUndated', 'green');
    }
    case 'dropped':
      return make('dropped', 'grey');
    default: {
      if (daysOverdue !== null && daysOverdue > 0) return make('overdue', 'red');
      const soon = daysOverdue !== null && -daysOverdue <= soonDays;
      if (report.status === 'behind') return make('behind', 'amber');
      if (report.status === 'notStarted') return make('notStarted', soon ? 'amber' : 'green');
      return soon ? make('dueSoon', 'amber') : make('onTrack', 'green');
    }
  }
}
