import { progressRates } from './progress-rates.ts';
import { progressAt, type TaskProgress } from './progress-status.ts';
import type { FiledReport } from './progress-reports.ts';
import type { TaskRow } from './task-row.ts';

export interface CompletionOverTime {
  /** Report dates, ascending, up to the as-of date. */
  dates: string[];
  /** One line per region: completion rate (0–1) at each date, null where nothing was reported yet. */
  series: { region: string; values: (number | null)[] }[];
}

/** Completion rate per region at each reporting date up to `asOf` (status as of that date, see progressAt). */
export function completionOverTime(rows: readonly TaskRow[], byTask: ReadonlyMap<string, readonly FiledReport[]>, dates: readonly string[], asOf: string, soonDays: number): CompletionOverTime {
  const shown = dates.filter((d) => d <= asOf);
  const regions = new Map<string, TaskRow[]>();
  for (const row of rows) {
    const list = regions.get(row.region);
    if (list === undefined) regions.set(row.region, [row]);
    else list.push(row);
  }
  const series: CompletionOverTime['series'] = [];
  for (const [region, regionRows] of regions) {
    if (!regionRows.some((r) => byTask.has(r.task.id))) continue;
    const values = shown.map((date) => {
      const items: TaskProgress[] = regionRows.map((r) => progressAt(r.task, byTask.get(r.task.id), date, soonDays));
      return progressRates(items).completionRate;
    });
    series.push({ region, values });
  }
  return { dates: shown, series };
}
