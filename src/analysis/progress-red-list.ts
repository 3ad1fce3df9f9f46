import type { ProgressState, Rag, TaskProgress } from './progress-status.ts';
import { rowUnits } from './row-units.ts';
import type { TaskRow } from './task-row.ts';

/** One red or amber task, as the 督办 list, the wall and the 催办单 show it. */
export interface RedListRow {
  taskId: string;
  region: string;
  no: string | null;
  /** The task's title, else the start of its text. */
  title: string;
  /** Lead units (else responsible units), joined by "、". */
  lead: string;
  due: string | null;
  deadlineRaw: string;
  /** Days past the deadline at the as-of date (negative: days left); null without a dated deadline. */
  daysOverdue: number | null;
  rag: Rag;
  state: ProgressState;
  /** The latest report's 进展情况, else its 存在问题, else "". */
  note: string;
  reportDate: string | null;
}

/**
 * The red and amber tasks among `rows`, optionally only those a unit leads, is responsible for
 * or supports (a 催办单), most overdue first (red before amber on ties), then by due date. `unit` is a
 * unit key (unit-identity.ts): 汕尾市/市政务服务数据管理局 never picks 东莞市's bureau of that name.
 */
export function redList(rows: readonly TaskRow[], progress: ReadonlyMap<string, TaskProgress>, unit: string | null = null): RedListRow[] {
  const out: RedListRow[] = [];
  for (const row of rows) {
    const p = progress.get(row.task.id);
    if (p === undefined || (p.rag !== 'red' && p.rag !== 'amber')) continue;
    const { task } = row;
    if (unit !== null && !rowUnits(row, { support: true }).some((u) => u.key === unit)) continue;
    const leads = task.units.filter((u) => u.role === 'lead');
    const named = leads.length > 0 ? leads : task.units.filter((u) => u.role === 'responsible');
    out.push({
      taskId: task.id,
      region: row.region,
      no: task.no,
      title: task.title ?? (task.text.length > 60 ? `${task.text.slice(0, 60)}…` : task.text),
      lead: named.map((u) => u.name).join('、'),
      due: task.deadline.due,
      deadlineRaw: task.deadline.raw,
      daysOverdue: p.daysOverdue,
      rag: p.rag,
      state: p.state,
      note: p.report === null ? '' : p.report.note || p.report.problems,
      reportDate: p.report?.reportDate ?? null,
    });
  }
  const key = (r: RedListRow) => r.daysOverdue ?? Number.NEGATIVE_INFINITY;
  return out.sort(
    (a, b) =>
      key(b) - key(a) ||
      (a.rag === b.rag ? 0 : a.rag === 'red' ? -1 : 1) ||
      (a.due ?? '9999').localeCompare(b.due ?? '9999') ||
      a.taskId.localeCompare(b.taskId),
  );
}
