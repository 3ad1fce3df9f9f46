import { describe, expect, it } from 'vitest';
import { filterOptions, filterOptionSteps } from '../../src/analysis/filter-options.ts';
import { runToEnd } from '../../src/analysis/steps.ts';
import { taskRowSteps, toTaskRows } from '../../src/analysis/task-row.ts';
import { makeDataset, makeTask } from './make-task.ts';

/** Datasets of `size` tasks each, ids unique, every task naming a unit of its own dataset. */
function datasets(count: number, size: number) {
  return Array.from({ length: count }, (_, d) =>
    makeDataset({
      id: `d${d}`,
      region: `r${d % 3}`,
      tasks: Array.from({ length: size }, (_, t) => makeTask({ id: `d${d}-${t}`, path: [`s${t % 7}`], units: [{ name: `u${t % 5}`, role: 'lead' }] })),
    }),
  );
}

function countPauses<T>(steps: Iterator<void, T, void>): { pauses: number; value: T } {
  let pauses = 0;
  for (;;) {
    const next = steps.next();
    if (next.done === true) return { pauses, value: next.value };
    pauses++;
  }
}

describe('analysis/steps', () => {
  it('runToEnd(steps) → what the steps return, after every pause', () => {
    function* three() {
      yield;
      yield;
      return 3;
    }
    expect(runToEnd(three())).toBe(3);
  });

  it('taskRowSteps pauses every few thousand tasks, at a dataset end, and returns rows equal to toTaskRows', () => {
    const input = datasets(30, 500);
    const { pauses, value } = countPauses(taskRowSteps(input));
    // 15,000 tasks: a pause once 4,096 have been added since the last
    expect(pauses).toBe(3);
    const whole = toTaskRows(input);
    expect(value.map((r) => [r.task.id, r.region, r.datasetId, r.dueTime, r.index])).toEqual(whole.map((r) => [r.task.id, r.region, r.datasetId, r.dueTime, r.index]));
    expect(Array.from(value[0]!.table.unitId)).toEqual(Array.from(whole[0]!.table.unitId));
  });

  it('filterOptionSteps pauses on long row lists and returns what filterOptions returns', () => {
    const rows = toTaskRows(datasets(30, 500));
    const { pauses, value } = countPauses(filterOptionSteps(rows));
    expect(pauses).toBeGreaterThanOrEqual(2);
    expect(value).toEqual(filterOptions(rows));
  });
});
