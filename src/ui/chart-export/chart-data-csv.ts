import Papa from 'papaparse';
import { FORMULA_START } from '../formula-start.ts';
import type { ChartTable } from './chart-data.ts';

/**
 * The chart's table as CSV for Excel: a UTF-8 byte-order mark (Excel reads UTF-8 only with it), the header row,
 * one line per category, CRLF line ends, every cell quoted and cells that could start a formula escaped.
 */
export function formatChartCsv(table: ChartTable): string {
  const fields = [table.corner, ...table.columns];
  const data = table.rows.map((row) => [row.label, ...row.values.map((v) => (v === null ? '' : v))]);
  return `\uFEFF${Papa.unparse({ fields, data }, { newline: '\r\n', quotes: true, escapeFormulae: FORMULA_START })}`;
}
