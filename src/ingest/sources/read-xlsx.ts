import { excelDateText } from './excel-date-text.ts';
import type { SourceTable, TableCell, TableDocument, TableRow } from '../table/table-model.ts';

/** The part of exceljs this adapter uses (the library is loaded only when a workbook is read). */
interface ExcelCell {
  value: unknown;
  text: string;
  numFmt?: string;
  isMerged: boolean;
  master: ExcelCell;
  row: number | string;
  col: number | string;
}

/**
 * Reads every sheet of an .xlsx workbook into tables: merged ranges (a merged title row, a
 * section or unit cell merged down) become cells marked 'down'/'right' holding the merge's
 * text; wrapped text keeps its line breaks; a date cell reads as its number format shows it
 * ("2022年6月"). The text view has one line per non-empty row (merged copies not repeated), so
 * the title row above the header is where metadata finds the title. exceljs is imported here,
 * lazily, because it is large and only needed for workbooks.
 */
export async function readXlsx(bytes: Uint8Array): Promise<TableDocument> {
  const mod = (await import('exceljs')) as unknown as { default?: ExcelJsModule } & ExcelJsModule;
  const ExcelJS = mod.default ?? mod;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const lines: string[] = [];
  const tables: SourceTable[] = [];
  for (const sheet of workbook.worksheets) {
    const rows: TableRow[] = [];
    const width = sheet.columnCount;
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const cells: TableCell[] = [];
      for (let c = 1; c <= width; c++) cells.push(readCell(row.getCell(c) as ExcelCell, sheet.name, r, c));
      if (cells.every((cell) => cell.text.trim() === '')) continue;
      lines.push(lineOf(cells));
      rows.push({ cells, line: lines.length, lines: [lines.length] });
    }
    if (rows.length > 0) tables.push({ rows, marksMerges: true });
  }
  return { format: 'xlsx', lines, tables };
}

interface ExcelJsModule {
  Workbook: new () => {
    xlsx: { load(data: ArrayBuffer): Promise<unknown> };
    worksheets: Array<{
      name: string;
      rowCount: number;
      columnCount: number;
      getRow(r: number): { getCell(c: number): unknown };
    }>;
  };
}

function readCell(cell: ExcelCell, sheet: string, r: number, c: number): TableCell {
  const place = `${sheet}!${columnLetters(c)}${r}`;
  const master = cell.isMerged ? cell.master : cell;
  const merged = master === cell || !cell.isMerged ? null : Number(master.row) < r ? 'down' : 'right';
  return { text: cellText(master), place, merged };
}

function cellText(cell: ExcelCell): string {
  const value = cell.value;
  if (value instanceof Date) return excelDateText(value, cell.numFmt);
  const result = value && typeof value === 'object' && 'result' in value ? (value as { result: unknown }).result : undefined;
  if (result instanceof Date) return excelDateText(result, cell.numFmt);
  try {
    return (cell.text ?? '').replace(/\r\n?/g, '\n');
  } catch {
    return value === null || value === undefined ? '' : String(value);
  }
}

function lineOf(cells: readonly TableCell[]): string {
  return cells
    .filter((c) => c.merged === null && c.text.trim() !== '')
    .map((c) => c.text.replace(/\s*\n\s*/g, ' ').trim())
    .join('\t');
}

function columnLetters(c: number): string {
  let s = '';
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
