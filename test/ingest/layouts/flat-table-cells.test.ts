import { describe, expect, it } from 'vitest';
import { readFlatCells } from '../../../src/ingest/layouts/flat-table-cells.ts';

describe('ingest/layouts/flat-table-cells', () => {
  it('readFlatCells(["序号", "", "\\t1", "x", "  y  "]) → non-blank lines, trimmed, with line, blankAfter and tabbed', () => {
    expect(readFlatCells(['序号', '', '\t1', 'x', '  y  '])).toEqual([
      { text: '序号', line: 1, blankAfter: true, tabbed: false },
      { text: '1', line: 3, blankAfter: false, tabbed: true },
      { text: 'x', line: 4, blankAfter: false, tabbed: false },
      { text: 'y', line: 5, blankAfter: true, tabbed: false },
    ]);
  });
});
