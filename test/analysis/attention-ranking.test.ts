import { describe, expect, it } from 'vitest';
import { rankRegions, rankUnits, unitKey } from '../../src/analysis/attention-ranking.ts';
import { toTaskRows } from '../../src/analysis/task-row.ts';
import { wallCounters } from '../../src/analysis/wall-counters.ts';
import type { TaskUnit } from '../../src/model/schema.ts';
import { makeDataset, makeDeadline, makeTask } from './make-task.ts';

const bureau = '市政务服务数据管理局';
const task = (no: string, dueDate: string, units: TaskUnit[] = [{ name: bureau, role: 'lead' }]) =>
  makeTask({ no, units, deadline: makeDeadline({ due: dueDate }) });

const rows = toTaskRows([
  makeDataset({ id: 'a-2021', region: '汕尾市', tasks: [task('1', '2025-01-31'), task('2', '2025-08-01'), task('3', '2027-01-01')] }),
  makeDataset({
    id: 'b-2021',
    region: '东莞市',
    tasks: [
      task('1', '2025-02-28', [{ name: bureau, role: 'responsible' }, { name: bureau, role: 'lead' }, { name: '各有关单位', role: 'responsible', collective: true }]),
      task('2', '2027-01-01', [{ name: '市发展改革局', role: 'lead' }, { name: '市财政局', role: 'support' }]),
    ],
  }),
]);

describe('rankUnits', () => {
  it('keeps same-name units of different regions apart, counts a task once per unit, and leaves out supporting and collective units', () => {
    const ranked = rankUnits(rows, '2025-07-01');
    expect(ranked.map((e) => [e.region, e.name, e.passed, e.dueSoon, e.total])).toEqual([
      ['汕尾市', bureau, 1, 1, 3],
      ['东莞市', bureau, 1, 0, 1],
      ['东莞市', '市发展改革局', 0, 0, 1],
    ]);
    expect(ranked[0]!.key).toBe(unitKey('汕尾市', bureau));
  });
});

describe('rankRegions', () => {
  it('orders regions by tasks needing attention, listing every region', () => {
    expect(rankRegions(rows, '2025-07-01').map((e) => [e.name, e.passed, e.dueSoon, e.total])).toEqual([
      ['汕尾市', 1, 1, 3],
      ['东莞市', 1, 0, 2],
    ]);
  });
});

describe('wallCounters', () => {
  it('counts tasks, regions, units by region and name, and the deadline windows', () => {
    expect(wallCounters(rows, '2025-07-01')).toEqual({ tasks: 5, regions: 2, units: 4, due30: 0, due90: 1, passed: 2 });
    expect(wallCounters(rows, '2025-07-15')).toMatchObject({ due30: 1, due90: 1 });
  });
});
