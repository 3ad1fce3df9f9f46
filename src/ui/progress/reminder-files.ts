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

/** 催办单 for several units in one .xlsx, one sheet per unit (see reminderSheetName); `unit` is the label naming the unit with its region. */
export async function writeRemindersXlsx(units: readonly { unit: string; rows: readonly RedListRow[] }[], asOf: string, stateLabel: (row: RedListRow) => string): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const used = new Set<string>();
  for (const { unit, rows } of units) addReminderSheet(workbook.addWorksheet(reminderSheetName(unit, used)), unit, asOf, rows, stateLabel);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

const SHEET_NAME_MAX = 31;

/**
 * An Excel sheet name for a unit's label ("市政务服务数据管理局（汕尾市）"), unique among `used` (which it
 * joins; compared case-insensitively, as Excel does): characters Excel forbids become spaces, and a
 * label too long for 31 characters is shortened in the name, keeping the "（region）" that tells two
 * same-name units apart; a clash that remains gets "-2", "-3", ….
 */
export function reminderSheetName(label: string, used: Set<string>): string {
  const clean = label.replace(/[[\]:*?/\\]/g, ' ').replace(/^'+|'+$/g, '').trim() || '催办单';
  const fit = (text: string, max: number) => {
    if (text.length <= max) return text;
    const region = /（[^（）]*）$/.exec(text)?.[0] ?? '';
    return region.length > 0 && region.length < max - 1 ? `${text.slice(0, max - region.length - 1)}…${region}` : `${text.slice(0, max - 1)}…`;
  };
  let name = fit(clean, SHEET_NAME_MAX);
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${fit(clean, SHEET_NAME_MAX - String(n).length - 1)}-${n}`;
  used.add(name.toLowerCase());
  return name;
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
