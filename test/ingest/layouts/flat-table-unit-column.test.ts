import { describe, expect, it } from 'vitest';
import type { FlatColumn } from '../../../src/ingest/layouts/flat-table-header.ts';
import { guessUnitColumn } from '../../../src/ingest/layouts/flat-table-unit-column.ts';

const COLUMNS: FlatColumn[] = [
  { kind: 'lead', label: '牵头单位' },
  { kind: 'responsible', label: '责任单位' },
];
const SEEN = [
  ['市政务服务数据管理局', '各县(市、区)人民政府,市政务服务数据管理局', '各县(市、区)人民政府,市政务服务数据管理局'],
  ['市直有关单位', '各县(市、区)人民政府,市政务服务数据管理局'],
];

describe('ingest/layouts/flat-table-unit-column', () => {
  it.each([
    ['各县(市、区)人民政府,市政务服务数据管理局', 0, 'printed more often as 牵头单位'],
    ['市直有关单位', 1, 'printed only as 责任单位'],
    ['各县(市、区)人民政府', 1, 'unseen, collective'],
    ['市档案馆', 0, 'unseen, a named unit'],
    ['各县(市、区)人民政府,市档案馆', 0, 'unseen, partly named'],
  ])('guessUnitColumn(%j) → column %i (%s)', (text, expected) => {
    expect(guessUnitColumn(text, COLUMNS, SEEN)).toBe(expected);
  });
});
