import type { ProgressFile, ProgressReport, ProgressWarning } from '../model/progress-schema.ts';

/** A report kept for the dashboard, with the progress file it came from. */
export interface FiledReport extends ProgressReport {
  /** The form as named in its progress file's `source`. */
  source: string;
}

/** A warning on a progress file, with the form it names. */
export interface FiledProgressWarning extends ProgressWarning {
  source: string;
}

export interface MergedReports {
  /** Reports per task id, oldest report date first. */
  byTask: Map<string, FiledReport[]>;
  /** Every file's own warnings, then one per report overridden by a later file. */
  warnings: FiledProgressWarning[];
  /** Distinct report dates, ascending. */
  dates: string[];
}

/**
 * Merges progress files (in load order: published, then imported) into reports per task. Two
 * reports of one task on one date from different files: the later file wins, and the earlier
 * one is named in a `progress-duplicate-report` warning; never throws.
 */
export function mergeProgressReports(files: readonly ProgressFile[]): MergedReports {
  const latest = new Map<string, FiledReport>();
  const warnings: FiledProgressWarning[] = [];
  for (const file of files) {
    for (const warning of file.warnings) warnings.push({ ...warning, source: file.source });
    for (const report of file.reports) {
      const key = `${report.taskId}\u0000${report.reportDate}`;
      const earlier = latest.get(key);
      if (earlier !== undefined) {
        warnings.push({
          code: 'progress-duplicate-report',
          taskId: report.taskId,
          row: earlier.row,
          source: earlier.source,
          message: `${earlier.source} 第 ${earlier.row} 行：同一任务同一填报日期 ${report.reportDate} 又见于 ${file.source} 第 ${report.row} 行，以后者为准 (reported again in a later file, which wins)`,
        });
        latest.delete(key);
      }
      latest.set(key, { ...report, source: file.source });
    }
  }
  const byTask = new Map<string, FiledReport[]>();
  const dates = new Set<string>();
  for (const report of latest.values()) {
    const list = byTask.get(report.taskId);
    if (list === undefined) byTask.set(report.taskId, [report]);
    else list.push(report);
    dates.add(report.reportDate);
  }
  for (const list of byTask.values()) list.sort((a, b) => (a.reportDate < b.reportDate ? -1 : a.reportDate > b.reportDate ? 1 : 0));
  return { byTask, warnings, dates: [...dates].sort() };
}
