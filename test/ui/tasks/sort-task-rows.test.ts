import { describe, expect, it } from 'vitest';
import type { TaskRow } from '../../../src/analysis/task-row.ts';
import { parseSort, sortTaskRows } from '../../../src/ui/tasks/sort-task-rows.ts';

const row = (id: string, no: string | null, dueTime: number, region = '甲市'): TaskRow =>
  ({ task: { id, no, path: [], title: null, text: id, source: { file: 'f', line: 1 } }, region, dueTime } as unknown as TaskRow);

const rows = [row('a', '10', Date.UTC(2022, 0, 1)), row('b', '2', NaN), row('c', '1', Date.UTC(2021, 0, 1)), row('d', null, Date.UTC(2021, 0, 1))];
const ids = (list: readonly TaskRow[]) => list.map((r) => r.task.id);

describe('ui/sort-task-rows', () => {
  it.each([
    ['deadline', { key: 'deadline', descending: false }],
    ['-no', { key: 'no', descending: true }],
    ['bogus', null],
    [null, null],
  ] as const)('parseSort(%j) → %j', (sort, expected) => {
    expect(parseSort(sort)).toEqual(expected);
  });

  it('sortTaskRows(rows, "deadline") → earliest first, ties in input order, undated last', () => {
    expect(ids(sortTaskRows(rows, 'deadline', 'zh-CN'))).toEqual(['c', 'd', 'a', 'b']);
  });

  it('sortTaskRows(rows, "-deadline") → latest first, undated still last', () => {
    expect(ids(sortTaskRows(rows, '-deadline', 'zh-CN'))).toEqual(['a', 'c', 'd', 'b']);
  });

  it('sortTaskRows(rows, "no") → numeric order ("2" before "10"), missing numbers last', () => {
    expect(ids(sortTaskRows(rows, 'no', 'zh-CN'))).toEqual(['c', 'b', 'a', 'd']);
  });

  it('sortTaskRows(rows, null) → the same array', () => {
    expect(sortTaskRows(rows, null, 'zh-CN')).toBe(rows);
  });
});
