import type { RedListRow } from '../../analysis/progress-red-list.ts';
import { csvCell } from './write-progress-form.ts';

const HEADERS = ['任务编号', '地区', '序号', '任务', '牵头单位', '完成时限', '截止日期', '逾期天数', '状态', '最新进展', '填报日期'];

function cells(row: RedListRow, stateLabel: (row: RedListRow) => string): string[] {
  return [row.taskId, row.region, row.no ?? '', row.title, row.lead, row.deadlineRaw, row.due ?? '', row.daysOverdue === null ? '' : String(row.daysOverdue), stateLabel(row), row.note, row.reportDate ?? ''];
}

/** A 催办单 as CSV for Excel (UTF-8 with BOM): the unit and date on top, then one line per red or amber task. */
export function formatReminderCsv(unit: string, asOf: string, rows: readonly RedListRow[], stateLabel: (row: RedListRow) => string): string {
  const lines = [['催办单'], ['致', unit], ['截至', asOf], HEADERS, ...rows.map((r) => cells(r, stateLabel))];
  return `\ufeff${lines.map((l) => l.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** The same 催办单 as .xlsx (exceljs loaded on first use). */
export async function writeReminderXlsx(unit: string, asOf: string, rows: readonly RedListRow[], stateLabel: (row: RedListRow) => string): Promise<Uint8Array> {
  return writeRemindersXlsx([{ unit, rows }], asOf, stateLabel);
}

/** 催办单 for several units in one .xlsx, one sheet per unit (sheet names cut to Excel's 31 characters and made unique). */
export async function writeRemindersXlsx(units: readonly { unit: string; rows: readonly RedListRow[] }[], asOf: string, stateLabel: (row: RedListRow) => string): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const used = new Set<string>();
  for (const { unit, rows } of units) {
    let name = unit.replace(/[[\]:*?/\\]/g, ' ').slice(0, 28) || '催办单';
    for (let n = 2; used.has(name); n++) name = `${name.slice(0, 26)}-${n}`;
    used.add(name);
    addReminderSheet(workbook.addWorksheet(name), unit, asOf, rows, stateLabel);
  }
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

type Sheet = import('exceljs').Worksheet;

function addReminderSheet(sheet: Sheet, unit: string, asOf: string, rows: readonly RedListRow[], stateLabel: (row: RedListRow) => string): void {
  sheet.addRow(['催办单']).font = { bold: true, size: 14 };
  sheet.addRow(['致', unit]);
  sheet.addRow(['截至', asOf]);
  sheet.addRow(HEADERS).font = { bold: true };
  for (const row of rows) sheet.addRow(cells(row, stateLabel));
  [16, 10, 6, 40, 16, 14, 12, 8, 14, 40, 12].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
}
