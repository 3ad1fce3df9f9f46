import { describe, expect, it } from 'vitest';
import { matchField } from '../../../src/ingest/table/field-dictionary.ts';
import { findTableHeader } from '../../../src/ingest/table/table-header.ts';
import type { SourceTable } from '../../../src/ingest/table/table-model.ts';

const kindRole = (cell: string) => {
  const m = matchField(cell);
  return m ? `${m.kind}${m.role ? `:${m.role}` : ''}${m.general ? ' (general)' : ''}` : null;
};

describe('ingest/table/field-dictionary', () => {
  it.each([
    ['责任单位', 'units:responsible'], ['牵头单位', 'units:lead'], ['配合单位', 'units:support'], ['协办单位', 'units:support'],
    ['参与单位', 'units:support'], ['责任科室', 'units:responsible'], ['责任部门', 'units:responsible'], ['责任主体', 'units:responsible'],
    ['牵头部门', 'units:lead'], ['实施单位', 'units:responsible'], ['单位', 'units'], ['牵头', 'units:lead'],
    ['完成时限', 'deadline'], ['时限要求', 'deadline'], ['时间安排', 'deadline'], ['进度安排', 'deadline'], ['完成时间', 'deadline'], ['时间节点', 'deadline'],
    ['序号', 'no'], ['编号', 'no'],
    ['具体任务', 'text'], ['具体措施', 'text'], ['工作内容', 'text'], ['民生实事', 'text'], ['具体要求', 'text'], ['事项', 'text (general)'],
    ['工作任务', 'text (general)'], ['重点任务', 'text (general)'],
    ['领域', 'section'], ['类别', 'section'], ['工作方面', 'section'],
    ['备注', 'note'], ['说明', 'note'], ['情况说明', 'note'],
    ['责任领导', null], ['分管领导', null], ['联系人', null], ['当前进度', null], ['推进情况', null],
    ['完成时限：', 'deadline'], ['责任单位（部门）', 'units:responsible'], ['序　号', 'no'], ['Lead Unit', 'units:lead'],
  ])('matchField(%j) → %s', (cell, expected) => {
    expect(kindRole(cell)).toBe(expected);
  });

  const table = (...headers: string[][]): SourceTable => ({
    marksMerges: false,
    rows: headers.map((cells, r) => ({ line: r + 1, lines: [r + 1], cells: cells.map((text) => ({ text, place: '', merged: null })) })),
  });

  it('工作任务 before a more specific text column (具体要求) is the section; alone it is the text', () => {
    expect(findTableHeader(table(['工作任务', '具体要求', '责任科室', '时限要求']))?.columns.map((c) => c.kind)).toEqual(['section', 'text', 'units', 'deadline']);
    expect(findTableHeader(table(['序号', '工作任务', '责任单位', '完成时限']))?.columns.map((c) => c.kind)).toEqual(['no', 'text', 'units', 'deadline']);
  });

  it('title rows above the header are skipped; a lone 责任单位 column states no role, beside 牵头单位 it is responsible', () => {
    const alone = findTableHeader(table(['附件1'], ['某县2023年任务分解表'], ['序号', '具体任务', '责任单位', '完成时限']));
    expect(alone?.at).toBe(2);
    expect(alone?.columns[2]?.role).toBeNull();
    const beside = findTableHeader(table(['具体任务', '牵头单位', '责任单位', '完成时限']));
    expect(beside?.columns.map((c) => c.role)).toEqual([null, 'lead', 'responsible', null]);
  });
});
