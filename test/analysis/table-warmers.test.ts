import { describe, expect, it } from 'vitest';
import { runToEnd } from '../../src/analysis/steps.ts';
import { registerTableWarmer, warmTable } from '../../src/analysis/table-warmers.ts';
import { toTaskRows } from '../../src/analysis/task-row.ts';
import type { TaskTable } from '../../src/analysis/task-table.ts';
import { makeDataset, makeTask } from './make-task.ts';

const indicator = { metric: '办结率', category: '数据共享', comparator: '≥' as const, value: 90, unit: '%', due: null };

function rowsOf(count: number) {
  return toTaskRows([makeDataset({ tasks: Array.from({ length: count }, (_, t) => makeTask({ id: `t${t}`, indicators: [indicator] })) })]);
}

describe('analysis/table-warmers', () => {
  it('warmTable runs each registered warmer once on the table, however often it was registered', () => {
    const seen: TaskTable[] = [];
    function* warm(table: TaskTable) {
      seen.push(table);
      yield;
    }
    registerTableWarmer(warm);
    registerTableWarmer(warm);
    const table = rowsOf(2)[0]!.table;
    runToEnd(warmTable(table));
    expect(seen).toEqual([table]);
  });
});
