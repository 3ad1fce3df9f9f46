import type { Comparator } from '../model/schema.ts';
import type { TaskProgress } from './progress-status.ts';
import type { TaskRow } from './task-row.ts';

/** One indicator target with the actual value its task's latest report gave. */
export interface ActualAgainstTarget {
  taskId: string;
  region: string;
  metric: string;
  comparator: Comparator;
  target: number;
  unit: string;
  actual: number;
  reportDate: string;
  /** A ceiling (≤ / <): lower is better, so the bar is read the other way round. */
  ceiling: boolean;
  /** Whether the actual meets the target by its comparator. */
  met: boolean;
  /** actual ÷ target (0 when the target is 0), for a common scale across units. */
  ratio: number;
}

/** Every indicator of the rows whose latest report (at the as-of date) gave an actual value, in row then indicator order. */
export function actualsAgainstTargets(rows: readonly TaskRow[], progress: ReadonlyMap<string, TaskProgress>): ActualAgainstTarget[] {
  const out: ActualAgainstTarget[] = [];
  for (const row of rows) {
    const report = progress.get(row.task.id)?.report;
    if (!report || report.actuals.length === 0) continue;
    for (const indicator of row.task.indicators) {
      const actual = report.actuals.find((a) => a.metric === indicator.metric);
      if (actual === undefined) continue;
      const { comparator, value: target } = indicator;
      const met =
        comparator === '≥' ? actual.value >= target
        : comparator === '>' ? actual.value > target
        : comparator === '≤' ? actual.value <= target
        : comparator === '<' ? actual.value < target
        : actual.value === target;
      out.push({
        taskId: row.task.id,
        region: row.region,
        metric: indicator.metric,
        comparator,
        target,
        unit: indicator.unit,
        actual: actual.value,
        reportDate: report.reportDate,
        ceiling: comparator === '≤' || comparator === '<',
        met,
        ratio: target === 0 ? 0 : actual.value / target,
      });
    }
  }
  return out;
}
