import { describe, expect, it } from 'vitest';
import { warmTable } from '../../src/analysis/table-warmers.ts';
import { targetPoints } from '../../src/analysis/targets.ts';
import { toTaskRows } from '../../src/analysis/task-row.ts';
import { makeDataset, makeTask } from './make-task.ts';

// A file of its own: the only warmer registered here is the one targets.ts registers when it loads.
const indicator = { metric: '办结率', category: '数据共享', comparator: '≥' as const, value: 90, unit: '%', due: null };

function rowsOf(count: number) {
  return toTaskRows([makeDataset({ tasks: Array.from({ length: count }, (_, t) => makeTask({ id: `t${t}`, indicators: [indicator] })) })]);
}

describe('analysis/targets: the point store is built when the table is warmed', () => {
  it('the targets register their point store: warming a large table pauses while it is built, and the points are the same as built on demand', () => {
    const rows = rowsOf(20_000);
    const steps = warmTable(rows[0]!.table);
    let pauses = 0;
    while (steps.next().done !== true) pauses++;
    expect(pauses).toBeGreaterThanOrEqual(2);
    const points = targetPoints(rows);
    expect(points).toHaveLength(20_000);
    expect(points[19_999]).toMatchObject({ taskId: 't19999', metric: '办结率', value: 90 });
    expect(targetPoints(rowsOf(20_000))).toEqual(points);
  });
});
