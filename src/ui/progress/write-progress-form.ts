import { FORM_META_LABELS } from '../../model/progress-form.ts';
import { PROGRESS_STATUS_WORDS } from '../../model/progress-status-words.ts';
import type { ProgressFormContent } from '../../analysis/progress-form.ts';

/** Sheet row of the header; the lines above carry the title, unit, date and datasets. */
export const FORM_HEADER_ROW = 6;

/**
 * Writes a progress form as .xlsx: title, 填报单位 and 填报日期 on top, the task columns filled in
 * and protected (no password: a unit that must may unprotect), the unit's columns open with a
 * drop-down of the five status words, a date check on 完成日期 and 0–100 on 完成进度. exceljs is
 * loaded on first use.
 */
export async function writeProgressFormXlsx(form: ProgressFormContent): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Duban 督办';
  const sheet = workbook.addWorksheet('进展填报表', { views: [{ state: 'frozen', ySplit: FORM_HEADER_ROW, xSplit: 1 }] });
  sheet.getCell('A1').value = FORM_META_LABELS.title;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').value = FORM_META_LABELS.unit;
  sheet.getCell('B2').value = form.unit ?? '';
  sheet.getCell('A3').value = FORM_META_LABELS.reportDate;
  sheet.getCell('B3').value = form.reportDate;
  sheet.getCell('B3').protection = { locked: false };
  sheet.getCell('A4').value = FORM_META_LABELS.datasets;
  sheet.getCell('B4').value = form.datasetIds.join(', ');
  sheet.getCell('A5').value = '请在白色底色的列中填写；进展状态请从下拉列表选择：已完成、推进中、未启动、滞后、不再推进。';

  const header = sheet.getRow(FORM_HEADER_ROW);
  form.headers.forEach((h, i) => {
    const cell = header.getCell(i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: 'middle' };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: i < form.prefilled ? 'FFE8E8E8' : 'FFFFF2CC' } };
  });
  const statusList = `"${Object.values(PROGRESS_STATUS_WORDS).join(',')}"`;
  form.rows.forEach((values, r) => {
    const row = sheet.getRow(FORM_HEADER_ROW + 1 + r);
    const metrics = form.metricsByRow[r] ?? [];
    values.forEach((value, c) => {
      const cell = row.getCell(c + 1);
      cell.value = value === '' ? null : value;
      cell.alignment = { wrapText: true, vertical: 'top' };
      const actualMetric = c >= form.prefilled + 5 ? (form.headers[c] ?? '').replace(/^实际值：/, '') : null;
      const open = c >= form.prefilled && (actualMetric === null || metrics.includes(actualMetric));
      cell.protection = { locked: !open };
      if (!open) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
    });
    row.getCell(form.columns.status + 1).dataValidation = {
      type: 'list', allowBlank: true, formulae: [statusList], showErrorMessage: true, errorTitle: '进展状态', error: '请从下拉列表选择',
    };
    row.getCell(form.columns.completedOn + 1).dataValidation = {
      type: 'date', operator: 'greaterThan', allowBlank: true, formulae: [new Date(Date.UTC(2000, 0, 1))], showErrorMessage: true, error: '请填写日期，如 2026-03-31',
    };
    row.getCell(form.columns.completedOn + 1).numFmt = 'yyyy-mm-dd';
    row.getCell(form.columns.percent + 1).dataValidation = {
      type: 'decimal', operator: 'between', allowBlank: true, formulae: [0, 100], showErrorMessage: true, error: '请填写 0 到 100 之间的数',
    };
  });
  const widths = [16, 10, 6, 18, 48, 14, 14, 14, 14, 18, 10, 12, 10, 32, 24];
  form.headers.forEach((_, i) => (sheet.getColumn(i + 1).width = widths[i] ?? 14));
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, autoFilter: true, sort: false });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** Writes the same form as CSV for Excel (UTF-8 with BOM): the lines above the header, then the table. */
export function formatProgressFormCsv(form: ProgressFormContent): string {
  const lines = [
    [FORM_META_LABELS.title],
    [FORM_META_LABELS.unit, form.unit ?? ''],
    [FORM_META_LABELS.reportDate, form.reportDate],
    [FORM_META_LABELS.datasets, form.datasetIds.join(', ')],
    ['进展状态可填：已完成、推进中、未启动、滞后、不再推进'],
    form.headers,
    ...form.rows,
  ];
  return `\ufeff${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** Quotes a CSV cell when it holds a comma, quote or line break; a leading = + - @ is prefixed with ' so Excel never runs it as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
