import { describe, expect, it } from 'vitest';
import { planStartOf, toTaskRows } from '../../src/analysis/task-row.ts';
import { makeDataset, makeDeadline, makeTask } from './make-task.ts';

describe('analysis/task-row', () => {
  it.each([
    [{ published: '2021-03-05', planPeriod: '2021—2022' }, '2021-03-05'],
    [{ published: null, planPeriod: '2021—2022' }, '2021-01-01'],
    [{ published: null, planPeriod: '2023年' }, '2023-01-01'],
    [{ published: null, planPeriod: null }, null],
    [{ published: null, planPeriod: '近期' }, null],
  ])('planStartOf(%o) → %s', (dataset, expected) => {
    expect(planStartOf(dataset)).toBe(expected);
  });

  it('toTaskRows([dataset]) → one row per task with region, plan start, due time and search text', () => {
    const task = makeTask({
      no: '3', title: '数据共享', text: 'ABC 数据挂接', unitsRaw: '公共服务办牵头',
      units: [{ name: '公共服务办', role: 'lead' }, { name: '各有关单位', role: 'support', collective: true }],
      indicators: [{ metric: '数据挂接率', category: '数据共享', comparator: '=', value: 100, unit: '%', due: null }],
    });
    const rows = toTaskRows([makeDataset({ tasks: [task] })]);
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row).toMatchObject({ task, datasetId: 'x-2021', region: '甲市', planStart: '2021-01-01' });
    expect(row.planStartTime).toBe(Date.UTC(2021, 0, 1));
    expect(row.dueTime).toBe(Date.UTC(2021, 5, 30));
    for (const piece of ['abc', '数据挂接率', '各有关单位', '2021年6月底前', '甲市', '政务服务', '数据共享']) {
      expect(row.searchText).toContain(piece);
    }
  });

  it('toTaskRows: a task with no due date → dueTime NaN', () => {
    const task = makeTask({ deadline: makeDeadline({ raw: '长期推进', due: null, monthDay: null, precision: null, ongoing: true }) });
    expect(toTaskRows([makeDataset({ tasks: [task] })])[0]!.dueTime).toBeNaN();
  });
});
