import { readCsvRecords } from '../csv-records.ts';
import type { FormCell } from './progress-cell.ts';

/**
 * Splits a CSV form (line breaks already "\n") into rows indexed by line: row i is line i + 1,
 * so a warning's row is the line Excel shows; a cell spanning lines leaves the lines it covers empty.
 * The delimiter is the one of ",", tab or ";" seen most in the first lines.
 */
export function readProgressCsvRows(text: string): FormCell[][] {
  const head = text.split('\n', 20).join('\n');
  const counts = [',', '\t', ';'].map((d) => [d, head.split(d).length] as const);
  const delimiter = counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
  const rows: FormCell[][] = [];
  for (const record of readCsvRecords(text, delimiter)) {
    while (rows.length < record.line - 1) rows.push([]);
    rows[record.line - 1] = record.cells;
  }
  return rows;
}
