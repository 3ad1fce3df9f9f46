import { describe, expect, it } from 'vitest';
import { readFlatCells } from '../../../src/ingest/layouts/flat-table-cells.ts';
import { findFlatHeader } from '../../../src/ingest/layouts/flat-table-header.ts';

describe('ingest/layouts/flat-table-header', () => {
  it('findFlatHeader(seeds/001 header, "完成" / "时限" split) → 7 columns, the split one joined', () => {
    const lines = ['附件:', '', '序号', '', '任务', '', '目标', '', '落实举措', '', '牵头单位', '', '责任单位', '', '完成', '', '时限', '', '一、推进政务服务标准化', ''];
    const header = findFlatHeader(readFlatCells(lines))!;
    expect(header.columns).toEqual([
      { kind: 'no', label: '序号' },
      { kind: 'task-name', label: '任务' },
      { kind: 'goal', label: '目标' },
      { kind: 'text', label: '落实举措' },
      { kind: 'lead', label: '牵头单位' },
      { kind: 'responsible', label: '责任单位' },
      { kind: 'deadline', label: '完成时限' },
    ]);
    expect(header.lines).toEqual([3, 5, 7, 9, 11, 13, 15, 17]);
  });

  it('findFlatHeader(a lone 任务 column) → 任务 holds the task body', () => {
    const header = findFlatHeader(readFlatCells(['序号', '', '任务', '', '责任单位', '', '完成时限', '']))!;
    expect(header.columns.map((c) => c.kind)).toEqual(['no', 'text', 'responsible', 'deadline']);
  });

  it('findFlatHeader(header words in consecutive lines, as in a tab table) → null', () => {
    expect(findFlatHeader(readFlatCells(['序号', '具体任务', '责任单位', '完成时限', '']))).toBeNull();
  });

  it('findFlatHeader(a header without any unit column) → null', () => {
    expect(findFlatHeader(readFlatCells(['序号', '', '任务', '', '目标', '', '完成时限', '']))).toBeNull();
  });
});
