import { describe, expect, it } from 'vitest';
import { csvHeaderKey, parseCsvHeader, tryParseCsvColumnRole } from '../../src/ingest/csv-header.ts';

describe('ingest/csv-header', () => {
  it.each([
    ['地区', 'region'], ['region', 'region'],
    ['序号', 'no'], ['No.', 'no'],
    ['领域', 'section'], ['攻坚领域', 'section'], ['Section', 'section'],
    ['任务名称', 'title'], ['title', 'title'],
    ['任务', 'task'], ['工作任务', 'task'], ['具体任务', 'task'], ['Task', 'task'],
    ['牵头单位', 'lead'], ['Lead Unit', 'lead'],
    ['责任单位', 'responsible'], ['责任部门', 'responsible'], ['RESPONSIBLE', 'responsible'],
    ['配合单位', 'support'], ['support', 'support'],
    ['完成时限', 'deadline'], ['完成时间', 'deadline'], ['Due date', 'deadline'],
    ['*完成时限（必填）', 'deadline'], [' 任务 / Task ', 'task'], ['ｔａｓｋ', 'task'],
    ['备注', null], ['任务 / 完成时限', null], ['<script>', null], ['', null],
  ])('tryParseCsvColumnRole(%j) → %s', (cell, role) => {
    expect(tryParseCsvColumnRole(cell)).toBe(role);
  });

  it('csvHeaderKey(" Lead_Unit（可选）") → "leadunit"', () => {
    expect(csvHeaderKey(' Lead_Unit（可选）')).toBe('leadunit');
  });

  it('parseCsvHeader(["序号", "任务", "", "责任单位"]) → roles by position, null for the blank one', () => {
    expect(parseCsvHeader(['序号', '任务', '', '责任单位'])).toEqual({
      ok: true,
      header: { columns: ['no', 'task', null, 'responsible'], exportOnly: [] },
    });
  });

  it.each([
    [['序号', '任务', '备注'], /无法识别的列名“备注”（第 3 列）/],
    [['任务', '工作任务'], /列名“工作任务”（第 2 列）与第 1 列重复/],
    [['序号', '责任单位'], /缺少任务列/],
  ])('parseCsvHeader(%j) → an error message', (cells, message) => {
    const result = parseCsvHeader(cells);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
