import { describe, expect, it } from 'vitest';
import { completionOverTime } from '../../src/analysis/progress-over-time.ts';
import { progressByTask } from '../../src/analysis/progress-by-task.ts';
import { progressRanking } from '../../src/analysis/progress-ranking.ts';
import { progressRates } from '../../src/analysis/progress-rates.ts';
import { redList } from '../../src/analysis/progress-red-list.ts';
import { mergeProgressReports, type FiledReport } from '../../src/analysis/progress-reports.ts';
import { progressAt } from '../../src/analysis/progress-status.ts';
import { toTaskRows } from '../../src/analysis/task-row.ts';
import type { ProgressFile, ProgressReport } from '../../src/model/progress-schema.ts';
import { makeDataset, makeDeadline, makeTask } from './make-task.ts';

function report(overrides: Partial<ProgressReport>): FiledReport {
  return { taskId: 'x-2021/1', reportDate: '2021-03-31', status: 'inProgress', statusRaw: '推进中', completedOn: null, percent: null, note: '', problems: '', actuals: [], row: 7, source: 'a.xlsx', ...overrides };
}
function file(source: string, reports: Partial<ProgressReport>[]): ProgressFile {
  return { version: 1, id: 'progress-a', source, unit: null, reportDate: null, datasetIds: ['x-2021'], reports: reports.map((r) => { const { source: _s, ...rest } = report(r); return rest; }), warnings: [] };
}

const task = makeTask(); // due 2021-06-30

describe('progressAt', () => {
  const rounds = [
    report({ reportDate: '2021-03-31', status: 'notStarted' }),
    report({ reportDate: '2021-06-15', status: 'inProgress', note: '招标中' }),
    report({ reportDate: '2021-09-30', status: 'done', completedOn: '2021-08-10' }),
  ];
  it.each([
    ['2021-03-01', 'unreported', 'grey', null],
    ['2021-04-01', 'notStarted', 'green', '2021-03-31'],
    ['2021-06-10', 'notStarted', 'amber', '2021-03-31'],
    ['2021-06-20', 'dueSoon', 'amber', '2021-06-15'],
    ['2021-07-05', 'overdue', 'red', '2021-06-15'],
    ['2021-10-01', 'doneLate', 'green', '2021-09-30'],
  ] as const)('at %s the task is %s (%s), from the report of %s', (asOf, state, rag, reportDate) => {
    const p = progressAt(task, rounds, asOf, 30);
    expect([p.state, p.rag, p.report?.reportDate ?? null]).toEqual([state, rag, reportDate]);
  });

  it('counts days overdue from the deadline; negative while days are left', () => {
    expect(progressAt(task, rounds, '2021-07-05').daysOverdue).toBe(5);
    expect(progressAt(task, rounds, '2021-06-20').daysOverdue).toBe(-10);
  });

  it('never calls a task overdue without a report: a passed deadline stays unreported', () => {
    expect(progressAt(task, [], '2022-01-01').state).toBe('unreported');
  });

  it('done on time by completion date; without one, by the report date if that is in time', () => {
    expect(progressAt(task, [report({ status: 'done', completedOn: '2021-06-30' })], '2021-12-31').state).toBe('doneOnTime');
    expect(progressAt(task, [report({ status: 'done', reportDate: '2021-06-01' })], '2021-12-31').state).toBe('doneOnTime');
    expect(progressAt(task, [report({ status: 'done', reportDate: '2021-09-30' })], '2021-12-31').state).toBe('doneUndated');
  });

  it('honours soon days (the URL soon=): 10 days keeps a task due in 20 days green', () => {
    const r = [report({ reportDate: '2021-06-01' })];
    expect(progressAt(task, r, '2021-06-10', 10).rag).toBe('green');
    expect(progressAt(task, r, '2021-06-10', 30).rag).toBe('amber');
  });

  it('a self-reported 滞后 is amber, 不再推进 grey, an ongoing task in progress green', () => {
    expect(progressAt(task, [report({ status: 'behind' })], '2021-04-01').rag).toBe('amber');
    expect(progressAt(task, [report({ status: 'dropped' })], '2021-04-01').rag).toBe('grey');
    const ongoing = makeTask({ deadline: makeDeadline({ raw: '长期推进', due: null, monthDay: null, precision: null, ongoing: true }) });
    expect(progressAt(ongoing, [report({})], '2030-01-01')).toMatchObject({ state: 'onTrack', rag: 'green', daysOverdue: null });
  });
});

describe('mergeProgressReports', () => {
  it('the later file wins a task reported twice on one date, and the earlier is named', () => {
    const merged = mergeProgressReports([file('a.xlsx', [{ status: 'behind' }]), file('b.xlsx', [{ status: 'done', row: 9 }])]);
    expect(merged.byTask.get('x-2021/1')?.map((r) => [r.status, r.source])).toEqual([['done', 'b.xlsx']]);
    expect(merged.warnings.map((w) => [w.code, w.source, w.row])).toEqual([['progress-duplicate-report', 'a.xlsx', 7]]);
  });
  it('orders each task\'s reports by date and lists the dates', () => {
    const merged = mergeProgressReports([file('b.xlsx', [{ reportDate: '2021-06-30' }]), file('a.xlsx', [{ reportDate: '2021-03-31' }])]);
    expect(merged.byTask.get('x-2021/1')?.map((r) => r.reportDate)).toEqual(['2021-03-31', '2021-06-30']);
    expect(merged.dates).toEqual(['2021-03-31', '2021-06-30']);
  });
});

describe('rates, rankings and the red list', () => {
  const a = makeDataset({
    id: 'a-2021', region: '甲市',
    tasks: [
      makeTask({ id: 'a-2021/1', no: '1', units: [{ name: '公安局', role: 'lead' }] }),
      makeTask({ id: 'a-2021/2', no: '2', units: [{ name: '公安局', role: 'lead' }], deadline: makeDeadline({ due: '2021-12-31', raw: '2021年底前' }) }),
      makeTask({ id: 'a-2021/3', no: '3', units: [{ name: '税务局', role: 'lead' }, { name: '公安局', role: 'support' }] }),
    ],
  });
  const b = makeDataset({ id: 'b-2021', region: '乙市', tasks: [makeTask({ id: 'b-2021/1', no: '1', units: [{ name: '税务局', role: 'responsible' }] }), makeTask({ id: 'b-2021/2', no: '2' })] });
  const rows = toTaskRows([a, b]);
  const merged = mergeProgressReports([
    file('r1.xlsx', [
      { taskId: 'a-2021/1', reportDate: '2021-03-31', status: 'inProgress', note: '推进中' },
      { taskId: 'a-2021/2', reportDate: '2021-03-31', status: 'inProgress' },
      { taskId: 'a-2021/3', reportDate: '2021-03-31', status: 'done', completedOn: '2021-03-01' },
      { taskId: 'b-2021/1', reportDate: '2021-03-31', status: 'notStarted' },
    ]),
    file('r2.xlsx', [{ taskId: 'b-2021/1', reportDate: '2021-07-10', status: 'done', completedOn: '2021-07-05' }]),
  ]);
  const progress = progressByTask(rows, merged.byTask, '2021-07-15', 30);

  it('progressRates: counts by colour, completion of the reported, on time of those whose lateness is known', () => {
    expect(progressRates(progress.values())).toMatchObject({ tasks: 5, reported: 4, done: 2, doneOnTime: 1, doneLate: 1, overdue: 1, red: 1, amber: 0, green: 3, grey: 1, completionRate: 0.5, onTimeRate: 1 / 3 });
  });

  it('progressRates: rates are null, not 0, when nothing was reported', () => {
    expect(progressRates([])).toMatchObject({ completionRate: null, onTimeRate: null });
  });

  it('progressRanking by unit: most red first; supporting units are not ranked for a task; a unit is its name within its region', () => {
    expect(progressRanking(rows, progress, 'unit').map((r) => [r.key, r.name, r.red, r.done, r.tasks])).toEqual([
      ['甲市/公安局', '公安局（甲市）', 1, 0, 2],
      ['乙市/税务局', '税务局（乙市）', 0, 1, 1],
      ['甲市/税务局', '税务局（甲市）', 0, 1, 1],
    ]);
  });

  it('progressRanking by region', () => {
    expect(progressRanking(rows, progress, 'region').map((r) => [r.name, r.red, r.completionRate])).toEqual([
      ['甲市', 1, 1 / 3],
      ['乙市', 0, 1],
    ]);
  });

  it('redList: red and amber tasks, most overdue first, with lead and latest note; per unit for a 催办单', () => {
    expect(redList(rows, progress).map((r) => [r.taskId, r.rag, r.daysOverdue, r.lead, r.note])).toEqual([['a-2021/1', 'red', 15, '公安局', '推进中']]);
    expect(redList(rows, progress, '甲市/税务局')).toEqual([]);
    expect(redList(rows, progress, '甲市/公安局').map((r) => r.taskId)).toEqual(['a-2021/1']);
  });

  it('completionOverTime: one line per reporting region, rate at each report date', () => {
    expect(completionOverTime(rows, merged.byTask, merged.dates, '2021-12-31', 30)).toEqual({
      dates: ['2021-03-31', '2021-07-10'],
      series: [
        { region: '甲市', values: [1 / 3, 1 / 3] },
        { region: '乙市', values: [0, 1] },
      ],
    });
  });
});
