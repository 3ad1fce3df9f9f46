import { describe, expect, it } from 'vitest';
import { readFlatCells } from '../../../src/ingest/layouts/flat-table-cells.ts';
import { findFlatHeader } from '../../../src/ingest/layouts/flat-table-header.ts';
import { collectFlatRows } from '../../../src/ingest/layouts/flat-table-rows.ts';

const HEADER = ['序号', '', '落实举措', '', '牵头单位', '', '责任单位', '', '完成时限', ''];

function collect(lines: string[]) {
  const cells = readFlatCells(lines);
  return collectFlatRows(cells, findFlatHeader(cells)!);
}

describe('ingest/layouts/flat-table-rows', () => {
  it('collectFlatRows(section, row, repeated header, row, footer) → 2 rows; header, section as furniture; footer ends the table', () => {
    const out = collect([
      ...HEADER,
      '一、推进政务服务标准化', '', '1', '', '做好甲。', '', '市某局', '', '市直有关单位', '', '持续推进', '',
      ...HEADER,
      '2', '', '做好乙。', '', '市某局', '', '市直有关单位', '', '持续推进', '', '关联稿件:', '分享',
    ]);
    expect(out.rows.map((r) => [r.numberCell.text, r.section, r.cells.length, r.complete])).toEqual([
      ['1', '推进政务服务标准化', 4, true],
      ['2', '推进政务服务标准化', 4, true],
    ]);
    expect(out.furnitureLines).toEqual([1, 3, 5, 7, 9, 11, 23, 25, 27, 29, 31]);
    expect(out.end).toBe(41);
  });

  it('collectFlatRows(…, a signature after the last complete row) → the table ends before it', () => {
    const out = collect([...HEADER, '1', '', '做好甲。', '', '市某局', '', '市直有关单位', '', '持续推进', '', '某市人民政府办公室', '']);
    expect(out.rows[0]!.cells).toHaveLength(4);
    expect(out.end).toBe(19);
  });

  it('collectFlatRows(a row without deadline, then the document ends) → the row is incomplete', () => {
    const out = collect([...HEADER, '1', '', '做好甲。', '']);
    expect(out.rows[0]!.complete).toBe(false);
  });
});
