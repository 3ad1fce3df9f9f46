import { describe, expect, it } from 'vitest';
import { splitOutsideBrackets } from '../../../src/ingest/layouts/flat-table-split.ts';

describe('ingest/layouts/flat-table-split', () => {
  it.each([
    ['各县(市、区)人民政府,市直有关单位', ['各县(市、区)人民政府', '市直有关单位']],
    ['市政务服务数据管理局、市投资促进局', ['市政务服务数据管理局', '市投资促进局']],
    ['各镇街（园区）', ['各镇街（园区）']],
  ])('splitOutsideBrackets(%j) → %j', (text, expected) => {
    expect(splitOutsideBrackets(text)).toEqual(expected);
  });
});
