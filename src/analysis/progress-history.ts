import type { FiledReport } from './progress-reports.ts';

/** One report of a task as its history lists it. */
export interface HistoryEntry {
  report: FiledReport;
  /** Dated after the as-of date: listed, but it does not decide the status shown. */
  afterAsOf: boolean;
  /** The report that decides the status at the as-of date (the latest at or before it). */
  current: boolean;
}

/** A task's reports (oldest first, as merged) newest first, marking the one that decides its status at `asOf` and those after it. */
export function progressHistory(reports: readonly FiledReport[] | undefined, asOf: string): HistoryEntry[] {
  const list = reports ?? [];
  let current = -1;
  list.forEach((r, i) => {
    if (r.reportDate <= asOf) current = i;
  });
  return list.map((report, i) => ({ report, afterAsOf: report.reportDate > asOf, current: i === current })).reverse();
}
