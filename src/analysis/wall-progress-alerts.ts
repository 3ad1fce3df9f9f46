import { attentionList, leadUnitOf, shortText, type AttentionOptions } from './attention-list.ts';
import type { ProgressState } from './progress-status.ts';
import { redList } from './progress-red-list.ts';
import type { TaskProgress } from './progress-status.ts';
import type { TaskRow } from './task-row.ts';

/**
 * Why a task is on the wall's alert column once progress reports exist: red (逾期未完成) and amber (临期 or 滞后, not
 * done) from its latest report; a task without a report keeps the plan's deadline logic (passed / due soon).
 */
export type WallAlertKind = 'red' | 'amber' | 'passed' | 'dueSoon';

/** One line of the alert column with progress. */
export interface WallProgressAlert {
  taskId: string;
  kind: WallAlertKind;
  /** The task's progress state (red/amber lines), or 'unreported' for a line from the deadline logic. */
  state: ProgressState;
  /** Title (else the start of the text), at most `titleChars` characters. */
  title: string;
  region: string;
  /** The first lead unit, else the first responsible unit, else the first unit; null when none is named. */
  lead: string | null;
  /** The normalised due date, or null (a 滞后 task without a dated deadline). */
  due: string | null;
  /** Whole days past the due date at the as-of date; negative: days left; null without a due date. */
  daysOver: number | null;
  /** The latest report's 进展情况 (else 存在问题), at most `noteChars` characters; "" when none. */
  note: string;
}

export interface WallProgressAlertOptions extends AttentionOptions {
  /** The longest note kept, in characters. */
  noteChars?: number;
}

/**
 * The alert column when progress reports exist: every red and amber task first, most days overdue first (red
 * before amber on ties; see progress-red-list.ts), then the tasks that have no report at the as-of date and whose
 * deadline has passed or is near, in the plan-only order (attention-list.ts). Tasks reported done, on track or
 * dropped are not listed: a report has settled them.
 */
export function wallProgressAlerts(
  rows: readonly TaskRow[],
  progress: ReadonlyMap<string, TaskProgress>,
  asOf: string,
  options: WallProgressAlertOptions = {},
): WallProgressAlert[] {
  const titleChars = options.titleChars ?? 24;
  const noteChars = options.noteChars ?? 24;
  const leads = new Map(rows.map((row) => [row.task.id, leadUnitOf(row.task)]));
  const out: WallProgressAlert[] = redList(rows, progress).map((r) => ({
    taskId: r.taskId,
    kind: r.rag === 'red' ? 'red' : 'amber',
    state: r.state,
    title: shortText(r.title, titleChars),
    region: r.region,
    lead: leads.get(r.taskId) ?? null,
    due: r.due,
    daysOver: r.daysOverdue,
    note: r.note.trim() === '' ? '' : shortText(r.note, noteChars),
  }));
  const unreported = rows.filter((row) => (progress.get(row.task.id)?.state ?? 'unreported') === 'unreported');
  for (const item of attentionList(unreported, asOf, options)) {
    out.push({
      taskId: item.taskId,
      kind: item.kind,
      state: 'unreported',
      title: item.title,
      region: item.region,
      lead: item.lead,
      due: item.due,
      daysOver: item.kind === 'passed' ? item.days : -item.days,
      note: '',
    });
  }
  return out;
}
