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
      [2, 2, ['1', 'open'], true],
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

  it('readCsvRecords with a cell that begins with a quoted phrase ("一网通办"平台…) → the cell kept as printed, quotes included', () => {
    expect(shape('a,"一网通办"平台建设,b\n"x""y",z')).toEqual([
      [1, 1, ['a', '"一网通办"平台建设', 'b'], false],
      [2, 2, ['x"y', 'z'], false],
    ]);
    expect(shape('"a,b"c,d')).toEqual([[1, 1, ['"a,b"c', 'd'], false]]);
  });

  it('readCsvRecords with quotes closing on a later line before other text → an unterminated error on the first line, next lines read', () => {
    expect(shape('"a\nb"c,d\ne')).toEqual([
      [1, 1, ['a'], true],
      [2, 2, ['b"c', 'd'], false],
      [3, 3, ['e'], false],
    ]);
  });

  it('readCsvRecords(1× and 10× a CSV of quote errors, quoted phrases and multi-line cells) → work grows ~10× (linear, never re-reading the rest)', () => {
    const row = (i: number) => `${i},"一网通办"平台建设第${i}项,"未闭合的引号,牵头单位\n${i},"多行\n单元格""引号""",2021年底前\n`;
    const stepsPerChar = (rows: number) => {
      const meter = { steps: 0 };
      const text = Array.from({ length: rows }, (_, i) => row(i)).join('');
      const records = readCsvRecords(text, ',', meter);
      expect(records.filter((r) => r.error !== null)).toHaveLength(rows);
      expect(records.filter((r) => r.cells[1] === `"一网通办"平台建设第${rows - 1}项`)).toHaveLength(1);
      return meter.steps / text.length;
    };
    const small = stepsPerChar(1000);
    const large = stepsPerChar(10_000);
    expect(large / small).toBeGreaterThan(0.8);
    expect(large / small).toBeLessThan(1.25);
    expect(small).toBeLessThan(10);
  });

  it('readCsvRecords(1× and 10× lines each opening a quote that never closes) → linear work, every line an error', () => {
    const stepsPerChar = (rows: number) => {
      const meter = { steps: 0 };
      const text = '"x,y\n'.repeat(rows);
      expect(readCsvRecords(text, ',', meter).filter((r) => r.error !== null)).toHaveLength(rows);
      return meter.steps / text.length;
    };
    expect(stepsPerChar(20_000) / stepsPerChar(2000)).toBeLessThan(1.25);
  });
});
