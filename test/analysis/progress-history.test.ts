import { describe, expect, it } from 'vitest';
import { progressHistory } from '../../src/analysis/progress-history.ts';
import type { FiledReport } from '../../src/analysis/progress-reports.ts';

function report(reportDate: string, status: FiledReport['status']): FiledReport {
  return { taskId: 'x-2021/1', reportDate, status, statusRaw: '', completedOn: null, percent: null, note: '', problems: '', actuals: [], row: 7, source: `${reportDate}.xlsx` };
}

describe('progressHistory', () => {
  const reports = [report('2021-03-31', 'notStarted'), report('2021-06-30', 'inProgress'), report('2021-09-30', 'done')];

  it('lists a task\'s reports newest first, marking the one deciding the status at the as-of date and those after it', () => {
    expect(progressHistory(reports, '2021-07-15').map((e) => [e.report.reportDate, e.current, e.afterAsOf])).toEqual([
      ['2021-09-30', false, true],
      ['2021-06-30', true, false],
      ['2021-03-31', false, false],
    ]);
  });

  it('a report dated on the as-of date decides it; before the first report none does; no reports, no history', () => {
    expect(progressHistory(reports, '2021-09-30')[0]).toMatchObject({ current: true, afterAsOf: false });
    expect(progressHistory(reports, '2021-01-01').some((e) => e.current)).toBe(false);
    expect(progressHistory(undefined, '2021-01-01')).toEqual([]);
  });
});
