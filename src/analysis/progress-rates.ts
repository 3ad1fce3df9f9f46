import { isDone, type TaskProgress } from './progress-status.ts';

/** Counts and rates over a set of tasks' progress. */
export interface ProgressRates {
  tasks: number;
  /** Tasks with a report at or before the as-of date. */
  reported: number;
  done: number;
  doneOnTime: number;
  doneLate: number;
  overdue: number;
  /** 不再推进: reported, but left out of the completion rate. */
  dropped: number;
  red: number;
  amber: number;
  green: number;
  grey: number;
  /** done ÷ (reported − 不再推进); null when nothing counts. */
  completionRate: number | null;
  /** 按期完成 ÷ (按期完成 + 逾期完成 + 逾期未完成): of the tasks whose lateness is known; null when none. */
  onTimeRate: number | null;
}

/** Sums progress into counts and the completion and on-time rates; rates are null, never 0, when their base is empty. */
export function progressRates(items: Iterable<TaskProgress>): ProgressRates {
  const r: ProgressRates = { tasks: 0, reported: 0, done: 0, doneOnTime: 0, doneLate: 0, overdue: 0, dropped: 0, red: 0, amber: 0, green: 0, grey: 0, completionRate: null, onTimeRate: null };
  for (const p of items) {
    r.tasks += 1;
    r[p.rag] += 1;
    if (p.state !== 'unreported') r.reported += 1;
    if (p.state === 'dropped') r.dropped += 1;
    if (isDone(p.state)) r.done += 1;
    if (p.state === 'doneOnTime') r.doneOnTime += 1;
    if (p.state === 'doneLate') r.doneLate += 1;
    if (p.state === 'overdue') r.overdue += 1;
  }
  const base = r.reported - r.dropped;
  r.completionRate = base > 0 ? r.done / base : null;
  const timed = r.doneOnTime + r.doneLate + r.overdue;
  r.onTimeRate = timed > 0 ? r.doneOnTime / timed : null;
  return r;
}
