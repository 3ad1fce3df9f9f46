import { describe, expect, it } from 'vitest';
import { joinCsvCell, type CsvCellMode } from '../../src/ingest/csv-cell.ts';

describe('ingest/csv-cell', () => {
  it.each<[string, CsvCellMode, string]>([
    ['  2021年6月\n底前 ', 'flat', '2021年6月底前'],
    ['推进一网通办。\n实现100%覆盖', 'paragraphs', '推进一网通办。\n实现100%覆盖'],
    ['推进一网\n通办', 'paragraphs', '推进一网通办'],
    ['公安分局\n税务分局', 'units', '公安分局、税务分局'],
    ['公安分局、\n税务分局', 'units', '公安分局、税务分局'],
    ['Digital\ngovernment', 'flat', 'Digital government'],
    ['\n\n', 'flat', ''],
  ])('joinCsvCell(%j, %s) → %j', (cell, mode, joined) => {
    expect(joinCsvCell(cell, mode)).toBe(joined);
  });
});
