import { describe, expect, it } from 'vitest';
import { readTableTasks } from '../../../src/ingest/table/read-table-tasks.ts';
import type { CellMerge, SourceTable } from '../../../src/ingest/table/table-model.ts';

const row = (line: number, cells: [string, CellMerge][]) => ({
  line,
  lines: [line],
  cells: cells.map(([text, merged], i) => ({ text, merged, place: `表 1 第 ${line} 行第 ${i + 1} 列` })),
});

describe('a 序号 cell merged down over several rows numbers a group, not the tasks (苏州吴江 as .docx)', () => {
  const table: SourceTable = {
    marksMerges: true,
    rows: [
      row(1, [['序号', null], ['重点工作目标任务', null], ['责任单位', null]]),
      row(2, [['1', null], ['1.地区生产总值增长5%以上。', null], ['区发改委', null]]),
      row(3, [['1', 'down'], ['2.一般公共预算收入增长6%以上。', null], ['区财政局', null]]),
      row(4, [['1', 'down'], ['工业投资稳定增长。', null], ['区工信局', null]]),
      row(5, [['2', null], ['3.不发生重特大事故。', null], ['区应急管理局', null]]),
    ],
  };

  it('each merged row takes the number its text starts with; a row whose text has none keeps the group number', () => {
    const read = readTableTasks('docx-table', [table]);
    if (!read.ok) throw new Error(read.message);
    expect(read.layout.tasks.map((t) => t.no)).toEqual(['1', '2', '1', '2']);
  });

  it('an unmerged number cell is the task number, whatever its text starts with', () => {
    const read = readTableTasks('docx-table', [table]);
    if (!read.ok) throw new Error(read.message);
    expect(read.layout.tasks[3]?.text).toBe('3.不发生重特大事故。');
    expect(read.layout.tasks[3]?.no).toBe('2');
  });
});
