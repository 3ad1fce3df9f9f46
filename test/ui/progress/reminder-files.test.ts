import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { RedListRow } from '../../../src/analysis/progress-red-list.ts';
import { formatReminderCsv, reminderSheetName, writeRemindersXlsx } from '../../../src/ui/progress/reminder-files.ts';

const row: RedListRow = {
  taskId: 'x-2021/3', region: '甲市', no: '3', title: '推进数据共享', lead: '公安局', due: '2021-06-30', deadlineRaw: '2021年6月底前',
  daysOverdue: 15, rag: 'red', state: 'overdue', note: '=设备采购延误, 待招标', reportDate: '2021-07-10',
};
const label = () => '逾期未完成';

describe('formatReminderCsv', () => {
  it('a BOM, 致 and 截至 lines, the header and one line per task; a leading = never runs as a formula', () => {
    const csv = formatReminderCsv('公安局', '2021-07-15', [row], label);
    expect(csv.split('\r\n').slice(0, 5)).toEqual([
      '\ufeff催办单',
      '致,公安局',
      '截至,2021-07-15',
      '任务编号,地区,序号,任务,牵头单位,完成时限,截止日期,逾期天数,状态,最新进展,填报日期',
      `x-2021/3,甲市,3,推进数据共享,公安局,2021年6月底前,2021-06-30,15,逾期未完成,"'=设备采购延误, 待招标",2021-07-10`,
    ]);
  });
});

describe('writeRemindersXlsx', () => {
  it('one sheet per unit, names made safe and unique', async () => {
    const bytes = await writeRemindersXlsx([{ unit: '公安局', rows: [row] }, { unit: '公安局', rows: [] }, { unit: 'a/b:c', rows: [] }], '2021-07-15', label);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['公安局', '公安局-2', 'a b c']);
    expect(workbook.worksheets[0]!.getRow(5).getCell(1).value).toBe('x-2021/3');
  });
});

describe('reminderSheetName', () => {
  it('two cities\' bureaus of one name get two sheets, each named with its region', () => {
    const used = new Set<string>();
    expect(reminderSheetName('市政务服务数据管理局（汕尾市）', used)).toBe('市政务服务数据管理局（汕尾市）');
    expect(reminderSheetName('市政务服务数据管理局（东莞市）', used)).toBe('市政务服务数据管理局（东莞市）');
  });

  it('a label over 31 characters is shortened in the name, keeping the region; a remaining clash is numbered', () => {
    const used = new Set<string>();
    const long = `${'很长的单位名称'.repeat(5)}（中山市港口镇）`;
    const first = reminderSheetName(long, used);
    expect(first.length).toBeLessThanOrEqual(31);
    expect(first.endsWith('…（中山市港口镇）')).toBe(true);
    const second = reminderSheetName(long, used);
    expect(second.length).toBeLessThanOrEqual(31);
    expect(second.endsWith('（中山市港口镇）-2')).toBe(true);
    expect(reminderSheetName('A', used)).toBe('A');
    expect(reminderSheetName('a', used)).toBe('a-2');
  });
});
