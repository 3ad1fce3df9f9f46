import { describe, expect, it } from 'vitest';
import { progressByTask } from '../../src/analysis/progress-by-task.ts';
import type { FiledReport } from '../../src/analysis/progress-reports.ts';
import { toTaskRows } from '../../src/analysis/task-row.ts';
import { buildAliasLookup } from '../../src/analysis/unit-identity.ts';
import { wallProgressAlerts } from '../../src/analysis/wall-progress-alerts.ts';
import { wallProgressRanking } from '../../src/analysis/wall-progress-ranking.ts';
import type { ProgressStatus } from '../../src/model/progress-schema.ts';
import type { TaskUnit } from '../../src/model/schema.ts';
import { makeDataset, makeDeadline, makeTask } from './make-task.ts';

const AS_OF = '2025-07-01';
const bureau = '市政务服务数据管理局';

const task = (id: string, due: string | null, units: TaskUnit[], title: string | null = null) =>
  makeTask({ id, no: id.split('/')[1]!, title, units, deadline: makeDeadline({ due, yearKnown: due !== null }) });

function report(taskId: string, status: ProgressStatus, note = '', completedOn: string | null = null): FiledReport {
  return { taskId, reportDate: '2025-06-30', status, statusRaw: status, completedOn, percent: null, note, problems: '', actuals: [], row: 5, source: 'a.xlsx' };
}

const rows = toTaskRows(
  [
    makeDataset({
      id: 'sw-2021',
      region: '汕尾市',
      tasks: [
        task('sw-2021/1', '2025-05-01', [{ name: bureau, role: 'lead' }], '一网通办'), // red, 61 days over
        task('sw-2021/2', '2025-06-21', [{ name: bureau, role: 'lead' }, { name: '市财政局', role: 'support' }]), // red, 10 days over
        task('sw-2021/3', '2025-07-11', [{ name: '市发展改革局', role: 'lead' }]), // amber, 10 days left
        task('sw-2021/4', '2025-03-01', [{ name: '市发展改革局', role: 'lead' }]), // done
        task('sw-2021/5', '2025-06-01', [{ name: '市 发展改革局', role: 'lead' }]), // unreported, deadline passed 30 days
        task('sw-2021/6', '2025-08-01', [{ name: bureau, role: 'lead' }]), // unreported, due in 31 days
        task('sw-2021/7', '2026-08-01', [{ name: bureau, role: 'lead' }]), // unreported, far off: not listed
      ],
    }),
    makeDataset({
      id: 'dg-2021',
      region: '东莞市',
      tasks: [
        // same name, other region: another unit
        task('dg-2021/1', '2025-06-01', [{ name: bureau, role: 'lead' }, { name: bureau, role: 'responsible' }, { name: '各有关单位', role: 'responsible', collective: true }]), // red, 30 days over
        task('dg-2021/2', '2025-06-01', [{ name: '省政务服务数据管理局', role: 'lead' }]), // red
        task('dg-2021/3', '2025-06-01', [{ name: '市数据局', role: 'lead' }]), // behind but overdue → red
      ],
    }),
  ],
  buildAliasLookup([{ region: '东莞市', canonical: bureau, variants: ['市数据局'] }]),
);

const reports = new Map<string, FiledReport[]>([
  ['sw-2021/1', [report('sw-2021/1', 'inProgress', '设备采购延误，资金尚未到位，正在协调财政')]],
  ['sw-2021/2', [report('sw-2021/2', 'notStarted')]],
  ['sw-2021/3', [report('sw-2021/3', 'inProgress', '按计划推进')]],
  ['sw-2021/4', [report('sw-2021/4', 'done', '', '2025-02-20')]],
  ['dg-2021/1', [report('dg-2021/1', 'inProgress')]],
  ['dg-2021/2', [report('dg-2021/2', 'inProgress')]],
  ['dg-2021/3', [report('dg-2021/3', 'behind')]],
]);
const progress = progressByTask(rows, reports, AS_OF, 30);

describe('wallProgressAlerts', () => {
  const alerts = wallProgressAlerts(rows, progress, AS_OF, { titleChars: 6, noteChars: 8 });

  it('lists red and amber tasks first, most days overdue first, then unreported tasks by the deadline logic', () => {
    expect(alerts.map((a) => [a.taskId, a.kind, a.state, a.daysOver])).toEqual([
      ['sw-2021/1', 'red', 'overdue', 61],
      ['dg-2021/1', 'red', 'overdue', 30],
      ['dg-2021/2', 'red', 'overdue', 30],
      ['dg-2021/3', 'red', 'overdue', 30],
      ['sw-2021/2', 'red', 'overdue', 10],
      ['sw-2021/3', 'amber', 'dueSoon', -10],
      ['sw-2021/5', 'passed', 'unreported', 30],
      ['sw-2021/6', 'dueSoon', 'unreported', -31],
    ]);
  });

  it('carries short title, region, lead unit, due date and the latest note, cut to the given lengths', () => {
    expect(alerts[0]).toMatchObject({ title: '一网通办', region: '汕尾市', lead: bureau, due: '2025-05-01', note: '设备采购延误，…' });
    expect(alerts[5]).toMatchObject({ note: '按计划推进', lead: '市发展改革局' });
    expect(alerts[4]!.note).toBe('');
  });

  it('leaves out tasks a report has settled (done), and far-off unreported ones', () => {
    const ids = alerts.map((a) => a.taskId);
    expect(ids).not.toContain('sw-2021/4');
    expect(ids).not.toContain('sw-2021/7');
  });

  it('is the plan-only list, flagged unreported, when no task has a report at the as-of date', () => {
    const early = progressByTask(rows, reports, '2025-06-01', 30);
    expect(wallProgressAlerts(rows, early, '2025-06-01').every((a) => a.state === 'unreported' && (a.kind === 'passed' || a.kind === 'dueSoon'))).toBe(true);
  });
});

describe('wallProgressRanking', () => {
  it('ranks units by red then amber count, keyed by unit identity: same name in two regions stays two units, aliases merge, supporting and collective units left out', () => {
    const ranked = wallProgressRanking(rows, progress, 'unit');
    expect(ranked.map((e) => [e.key, e.name, e.region, e.red, e.amber, e.green, e.reported, e.total])).toEqual([
      [`东莞市/${bureau}`, bureau, '东莞市', 2, 0, 0, 2, 2], // 市数据局 is its alias in 东莞市
      [`汕尾市/${bureau}`, bureau, '汕尾市', 2, 0, 0, 2, 4],
      ['省政务服务数据管理局', '省政务服务数据管理局', null, 1, 0, 0, 1, 1],
      ['汕尾市/市发展改革局', '市发展改革局', '汕尾市', 0, 1, 1, 2, 3],
    ]);
  });

  it('ranks regions by red then amber count', () => {
    expect(wallProgressRanking(rows, progress, 'region').map((e) => [e.name, e.red, e.amber, e.green])).toEqual([
      ['东莞市', 3, 0, 0],
      ['汕尾市', 2, 1, 1],
    ]);
  });

  it('lists nothing without reports at the as-of date', () => {
    expect(wallProgressRanking(rows, progressByTask(rows, new Map(), AS_OF, 30), 'region')).toEqual([]);
  });
});
