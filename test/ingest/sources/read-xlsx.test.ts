import { describe, expect, it, vi } from 'vitest';

// Building and reading workbooks and documents takes seconds on a busy shared machine.
vi.setConfig({ testTimeout: 30_000 });
import { ingestUploadFile, type UploadResult } from '../../../src/ingest/ingest-upload.ts';
import { excelDateText } from '../../../src/ingest/sources/excel-date-text.ts';
import { readXlsx } from '../../../src/ingest/sources/read-xlsx.ts';

const none = { existingIds: [] };

function ok(result: UploadResult) {
  if (!result.ok) throw new Error(result.message);
  return result;
}

async function workbook(fill: (wb: import('exceljs').Workbook) => void): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  fill(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('ingest/sources/excel-date-text', () => {
  const june1 = new Date(Date.UTC(2022, 5, 1));
  it.each([
    ['yyyy"年"m"月"', '2022年6月'],
    ['yyyy"年"m"月"d"日"', '2022年6月1日'],
    ['[$-804]yyyy"年"m"月";@', '2022年6月'],
    ['yyyy/m/d', '2022/6/1'],
    ['yyyy-mm-dd', '2022-06-01'],
    ['m"月"d"日"', '6月1日'],
    ['yyyy.mm', '2022.06'],
    ['General', '2022-06-01'],
    [undefined, '2022-06-01'],
  ])('excelDateText(2022-06-01, %j) → %j', (fmt, shown) => {
    expect(excelDateText(june1, fmt)).toBe(shown);
  });
});

describe('ingest/sources/read-xlsx', () => {
  it('every sheet is a table; merged ranges → merged cells with the range’s text; wrapped text keeps its line break', async () => {
    const bytes = await workbook((wb) => {
      const a = wb.addWorksheet('一');
      a.addRow(['序号', '具体任务', '责任单位', '完成时限']);
      a.addRow([1, '任务甲。\n第二行。', '市教育局', '2023年6月']);
      a.addRow([2, '任务乙。', null, '2023年7月']);
      a.mergeCells('C2:C3');
      const b = wb.addWorksheet('二');
      b.addRow(['备忘']);
    });
    const doc = await readXlsx(bytes);
    expect(doc.tables).toHaveLength(2);
    const rows = doc.tables[0]?.rows ?? [];
    expect(rows[1]?.cells.map((c) => c.text)).toEqual(['1', '任务甲。\n第二行。', '市教育局', '2023年6月']);
    expect(rows[2]?.cells[2]).toEqual({ text: '市教育局', place: '一!C3', merged: 'down' });
  });

  it('a date cell formatted as 2022年6月 → deadline June 2022 at month precision, never the 1st', async () => {
    const bytes = await workbook((wb) => {
      const s = wb.addWorksheet('任务');
      s.addRow(['某市2022年重点任务清单']);
      s.mergeCells('A1:D1');
      s.addRow(['序号', '重点任务', '牵头单位', '完成时间']);
      s.addRow([1, '推进一网通办。', '市政务服务数据管理局', new Date(Date.UTC(2022, 5, 1))]);
      s.getCell('D3').numFmt = 'yyyy"年"m"月"';
      s.addRow([2, '推进一窗综办。', '市政务服务数据管理局', new Date(Date.UTC(2022, 8, 15))]);
      s.getCell('D4').numFmt = 'yyyy"年"m"月"d"日"';
    });
    const result = ok(await ingestUploadFile('d.xlsx', bytes, none));
    expect(result.dataset.title).toBe('某市2022年重点任务清单');
    expect(result.dataset.tasks.map((t) => [t.deadline.raw, t.deadline.due, t.deadline.precision])).toEqual([
      ['2022年6月', '2022-06-30', 'month'],
      ['2022年9月15日', '2022-09-15', 'day'],
    ]);
    expect(result.format).toBe('xlsx');
  });

  it('a workbook without a task table → refused, naming the header found', async () => {
    const bytes = await workbook((wb) => {
      const s = wb.addWorksheet('名单');
      s.addRow(['姓名', '电话', '科室']);
      s.addRow(['张三', '123', '办公室']);
    });
    const result = await ingestUploadFile('n.xlsx', bytes, none);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/表头为“姓名 \| 电话 \| 科室”.*缺少任务内容列/);
  });
});
