import type { FormCell } from './progress-cell.ts';

/**
 * Reads the first worksheet holding cells of an .xlsx form into rows indexed by sheet row (row
 * i is sheet row i + 1): dates as Date, numbers as numbers, formulas by their cached result,
 * rich text joined. exceljs is loaded on first use, so it stays out of the page's first download.
 */
export async function readProgressXlsxRows(bytes: Uint8Array): Promise<FormCell[][]> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = workbook.worksheets.find((s) => s.rowCount > 0 && s.state === 'visible') ?? workbook.worksheets[0];
  const rows: FormCell[][] = [];
  if (sheet === undefined) return rows;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: FormCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = toFormCell(cell.value);
    });
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    while (rows.length < rowNumber - 1) rows.push([]);
    rows[rowNumber - 1] = cells;
  });
  return rows;
}

function toFormCell(value: unknown): FormCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'object') {
    const v = value as { result?: unknown; richText?: { text: string }[]; text?: unknown; error?: unknown };
    if (v.richText !== undefined) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return toFormCell(v.result);
    if (typeof v.text === 'string') return v.text; // a hyperlink cell
    if (v.error !== undefined) return String(v.error);
  }
  return String(value);
}
