import { describe, expect, it } from 'vitest';
import { readTableTasks } from '../../../src/ingest/table/read-table-tasks.ts';
import type { SourceTable } from '../../../src/ingest/table/table-model.ts';

const row = (line: number, texts: string[]) => ({
  line,
  lines: [line],
  cells: texts.map((text, i) => ({ text, merged: null, place: `表 1 第 ${line} 行第 ${i + 1} 列` })),
});

describe('a kept column of people: two names in one cell stay two names (吴江 row 10: 王 嵘 / 方 勇)', () => {
  const table: SourceTable = {
    marksMerges: true,
    rows: [
      row(1, ['序号', '重点工作目标任务', '牵头领导', '责任单位', '推进情况']),
      row(2, ['1', '主要污染物排放总量削减完成上级下达任务。', '王 嵘\n方 勇', '区生态环境局', '正在\n推进']),
    ],
  };

  it('names one per line under 牵头领导 are joined with "、"; a wrapped cell of another kept column is glued as before', () => {
    const read = readTableTasks('docx-table', [table]);
    if (!read.ok) throw new Error(read.message);
    expect(read.layout.tasks[0]?.text).toBe('主要污染物排放总量削减完成上级下达任务。\n牵头领导：王 嵘、方 勇\n推进情况：正在推进');
  });
});
