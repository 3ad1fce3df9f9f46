import { describe, expect, it } from 'vitest';
import { readFlatCells } from '../../../src/ingest/layouts/flat-table-cells.ts';
import { findFlatHeader } from '../../../src/ingest/layouts/flat-table-header.ts';
import { splitFlatRow } from '../../../src/ingest/layouts/flat-table-row-parts.ts';

const HEADER = ['序号', '', '任务', '', '目标', '', '落实举措', '', '牵头单位', '', '责任单位', '', '完成', '', '时限', ''];
const header = findFlatHeader(readFlatCells(HEADER))!;
const texts = (cells: readonly { text: string }[]) => cells.map((c) => c.text);

describe('ingest/layouts/flat-table-row-parts', () => {
  it('splitFlatRow([任务, 举措, 牵头, 责任, 时限]) → every part filled', () => {
    const cells = readFlatCells(['(一)规范审批服务', '', '按标准提供政务服务。', '', '市政务服务数据管理局', '', '市直有关单位', '', '持续推进', '']);
    const parts = splitFlatRow(cells, header);
    expect(parts.nameCell?.text).toBe('(一)规范审批服务');
    expect(texts(parts.textCells)).toEqual(['按标准提供政务服务。']);
    expect(texts(parts.unitCells)).toEqual(['市政务服务数据管理局', '市直有关单位']);
    expect(texts(parts.deadlineCells)).toEqual(['持续推进']);
  });

  it('splitFlatRow([举措, one unit, 时限]) → one unit cell (seeds/001…, row 24, lines 382-388)', () => {
    const cells = readFlatCells(['优化人员配备,各政务服务部门要全面细化梳理受理审查要点。', '', '各县(市、区)人民政府,市直有关单位', '', '持续推进', '']);
    const parts = splitFlatRow(cells, header);
    expect(parts.nameCell).toBeNull();
    expect(texts(parts.unitCells)).toEqual(['各县(市、区)人民政府,市直有关单位']);
  });

  it('splitFlatRow([举措, "/", 责任, 时限]) → "/" kept as a unit cell (seeds/001…, row 79, line 952)', () => {
    const cells = readFlatCells(['建立市级政务数据共享协调机制。', '', '/', '', '市直有关单位', '', '2025年12月底完成', '']);
    expect(texts(splitFlatRow(cells, header).unitCells)).toEqual(['/', '市直有关单位']);
  });

  it('splitFlatRow([a unit-like cell alone]) → kept as text, never dropped', () => {
    const parts = splitFlatRow(readFlatCells(['市政务服务数据管理局', '']), header);
    expect(texts(parts.textCells)).toEqual(['市政务服务数据管理局']);
    expect(parts.unitCells).toEqual([]);
  });
});
