import { describe, expect, it } from 'vitest';
import { toTaskRows } from '../../../src/analysis/task-row.ts';
import { rowsInTimeWindow, timeWindowOf } from '../../../src/ui/timeline/timeline-window.ts';
import { makeDataset, makeDeadline, makeTask } from '../../analysis/make-task.ts';

const rows = toTaskRows([makeDataset({
  published: '2021-01-01',
  tasks: [
    makeTask({ no: '1', deadline: makeDeadline({ due: '2021-06-30' }) }),
    makeTask({ no: '2', deadline: makeDeadline({ raw: '2022年3月底前', due: '2022-03-31', monthDay: '03-31' }) }),
    makeTask({ no: '3', deadline: makeDeadline({ raw: '长期推进', due: null, monthDay: null, precision: null, ongoing: true }) }),
    makeTask({ no: '4', deadline: makeDeadline({ raw: 'X年6月底前', due: null, yearKnown: false }) }),
  ],
})]);
const window = { from: Date.UTC(2021, 4, 1), to: Date.UTC(2021, 11, 31) };
const ids = (picked: readonly { task: { id: string } }[]) => picked.map((row) => row.task.id);

describe('ui/timeline-window', () => {
  it('rowsInTimeWindow(May–Dec 2021) → the task due inside, the year-unknown task, then the ongoing one', () => {
    expect(ids(rowsInTimeWindow(rows, window))).toEqual(['x-2021/1', 'x-2021/4', 'x-2021/3']);
  });

  it('rowsInTimeWindow(…, maxItems 1) → leaves ongoing-only tasks out when they would not fit', () => {
    expect(ids(rowsInTimeWindow(rows, window, 1))).toEqual(['x-2021/1', 'x-2021/4']);
  });

  it.each([
    [{ startValue: 1, endValue: 5 }, { from: 1, to: 5 }],
    [{ startValue: 5, endValue: 1 }, null],
    [{ startValue: 'a', endValue: 5 }, null],
    [undefined, null],
  ])('timeWindowOf(%j) → %j', (zoom, expected) => {
    expect(timeWindowOf(zoom)).toEqual(expected);
  });
});
