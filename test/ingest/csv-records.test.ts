import { describe, expect, it } from 'vitest';
import { readCsvRecords } from '../../src/ingest/csv-records.ts';

const shape = (text: string, delimiter = ',') =>
  readCsvRecords(text, delimiter).map((r) => [r.line, r.endLine, r.cells, r.error !== null]);

describe('ingest/csv-records', () => {
  it('readCsvRecords("a,b\\nc,d\\n") → two records on lines 1 and 2, no trailing empty record', () => {
    expect(shape('a,b\nc,d\n')).toEqual([
      [1, 1, ['a', 'b'], false],
      [2, 2, ['c', 'd'], false],
    ]);
  });

  it('readCsvRecords with a quoted cell holding line breaks → the record spans its lines, the next starts after', () => {
    expect(shape('h\n"x\ny\nz"\nw')).toEqual([
      [1, 1, ['h'], false],
      [2, 4, ['x\ny\nz'], false],
      [5, 5, ['w'], false],
    ]);
  });

  it('readCsvRecords with an unterminated quote → an error on that line only, reading resumes on the next line', () => {
    expect(shape('h,i\n1,"open\n2,b\n3,c')).toEqual([
      [1, 1, ['h', 'i'], false],
      [2, 2, ['1', 'open\n2,b\n3,c'], true],
      [3, 3, ['2', 'b'], false],
      [4, 4, ['3', 'c'], false],
    ]);
    expect(readCsvRecords('h\n"open', ',')[1]?.error).toMatch(/引号未闭合/);
  });

  it('readCsvRecords with tabs → cells split on the tab delimiter', () => {
    expect(shape('a\tb,c\n', '\t')).toEqual([[1, 1, ['a', 'b,c'], false]]);
  });

  it('readCsvRecords("") → []', () => {
    expect(readCsvRecords('', ',')).toEqual([]);
  });
});
