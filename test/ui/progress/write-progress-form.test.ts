import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildProgressForm } from '../../../src/analysis/progress-form.ts';
import { toTaskRows } from '../../../src/analysis/task-row.ts';
import { progressTaskIndex } from '../../../src/ingest/progress/build-progress-files.ts';
import { ingestProgressForm } from '../../../src/ingest/progress/ingest-progress-form.ts';
import { FORM_HEADER_ROW, formatProgressFormCsv, writeProgressFormXlsx } from '../../../src/ui/progress/write-progress-form.ts';
import { makeDataset, makeTask } from '../../analysis/make-task.ts';

const dataset = makeDataset({
  tasks: [
    makeTask({ no: '1', indicators: [{ metric: '全程网办率', category: '网办', comparator: '≥', value: 90, unit: '%', due: null }] }),
    makeTask({ no: '2', units: [{ name: '公共服务办', role: 'lead' }, { name: '税务分局', role: 'support' }] }),
  ],
});
const rows = toTaskRows([dataset]);
const form = buildProgressForm(rows, { unit: '公共服务办', reportDate: '2021-06-01' });

describe('writeProgressFormXlsx', () => {
  it('writes a protected sheet with a status drop-down that reads back, filled, as reports', async () => {
    const bytes = await writeProgressFormXlsx(form);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const header = sheet.getRow(FORM_HEADER_ROW).values as unknown[];
    expect(header.slice(1)).toEqual(form.headers);
    const col = (name: string) => form.headers.indexOf(name) + 1;
    const first = sheet.getRow(FORM_HEADER_ROW + 1);
    expect(first.getCell(col('任务编号')).value).toBe('x-2021/1');
    expect(first.getCell(col('任务编号')).protection?.locked).not.toBe(false);
    expect(first.getCell(col('进展状态')).protection?.locked).toBe(false);
    expect(first.getCell(col('进展状态')).dataValidation?.formulae).toEqual(['"已完成,推进中,未启动,滞后,不再推进"']);
    // a unit fills it in Excel: a real date cell, a number, a drop-down word and an actual value
    first.getCell(col('进展状态')).value = '已完成';
    first.getCell(col('完成日期')).value = new Date(Date.UTC(2021, 4, 20));
    first.getCell(col('实际值：全程网办率')).value = 95;
    sheet.getRow(FORM_HEADER_ROW + 2).getCell(col('进展状态')).value = '推进中';
    sheet.getRow(FORM_HEADER_ROW + 2).getCell(col('完成进度(%)')).value = 40;
    const filled = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const result = await ingestProgressForm('back.xlsx', filled, progressTaskIndex([dataset]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.progress).toMatchObject({ unit: '公共服务办', reportDate: '2021-06-01', datasetIds: ['x-2021'], warnings: [] });
    expect(result.progress.reports.map((r) => [r.taskId, r.status, r.completedOn, r.percent, r.actuals, r.row])).toEqual([
      ['x-2021/1', 'done', '2021-05-20', null, [{ metric: '全程网办率', value: 95, raw: '95' }], 7],
      ['x-2021/2', 'inProgress', null, 40, [], 8],
    ]);
  });
});

describe('formatProgressFormCsv', () => {
  it('writes a BOM, the lines above the header and one line per task, and reads back', async () => {
    const csv = formatProgressFormCsv(form);
    expect(csv.startsWith('\ufeff进展填报表\r\n填报单位,公共服务办\r\n填报日期,2021-06-01')).toBe(true);
    const filled = csv.replace('x-2021/2,甲市,2,,推进政务服务。,公共服务办,,税务分局,2021年6月底前,,', 'x-2021/2,甲市,2,,推进政务服务。,公共服务办,,税务分局,2021年6月底前,,滞后');
    const result = await ingestProgressForm('back.csv', new TextEncoder().encode(filled), progressTaskIndex([dataset]));
    expect(result.ok && result.progress.reports.map((r) => [r.taskId, r.status, r.reportDate, r.row])).toEqual([['x-2021/2', 'behind', '2021-06-01', 8]]);
  });
});
