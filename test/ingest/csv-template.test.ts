import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isCsvTemplateText, readCsvTemplate, type CsvTemplateResult } from '../../src/ingest/csv-template.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/upload/${name}`, import.meta.url), 'utf8');

function okResult(result: CsvTemplateResult) {
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('ingest/csv-template', () => {
  it('readCsvTemplate(template-zh.csv) → three tasks with CSV line numbers, one row error on line 7', () => {
    const result = okResult(readCsvTemplate(fixture('template-zh.csv'), 'template-zh.csv'));
    expect(result.region).toBe('中山市港口镇');
    expect(result.tasks.map((t) => [t.no, t.line, t.lines])).toEqual([
      ['1', 2, [2, 3]],
      ['2', 4, [4, 5]],
      ['4', 8, [8]],
    ]);
    expect(result.rowErrors).toEqual([{ line: 7, message: '第 7 行：缺少任务内容（任务 / task 列为空）(no task text)' }]);
    expect(result.issues).toEqual([{ code: 'malformed-row', line: 7, message: result.rowErrors[0]?.message }]);
  });

  it('readCsvTemplate(template-zh.csv) row 1 → section levels split on " / ", numbering removed, roles from the columns', () => {
    const [first] = okResult(readCsvTemplate(fixture('template-zh.csv'), 'template-zh.csv')).tasks;
    expect(first).toEqual({
      no: '1',
      path: ['政务服务', '网络支撑'],
      title: '拓展电子政务外网',
      text: '拓展电子政务外网覆盖面。\n实现电子政务外网100%全覆盖。',
      unitCells: [
        { text: '公共服务办', role: 'lead' },
        { text: '各有关单位', role: 'support' },
      ],
      unitsRaw: '牵头单位：公共服务办；配合单位：各有关单位',
      deadlineRaw: '2021年6月底前',
      line: 2,
      lines: [2, 3],
      issues: [],
    });
  });

  it('readCsvTemplate: a blank section cell is filled down, also from a row that is an error (template-zh.csv line 7 → line 8)', () => {
    const tasks = okResult(readCsvTemplate(fixture('template-zh.csv'), 'template-zh.csv')).tasks;
    expect(tasks.map((t) => t.path)).toEqual([['政务服务', '网络支撑'], ['政务服务', '网络支撑'], ['营商环境']]);
  });

  it('readCsvTemplate(template-en.csv) → English header, "A > B" sections, a section row with no task under it listed', () => {
    const result = okResult(readCsvTemplate(fixture('template-en.csv'), 'template-en.csv'));
    expect(result.region).toBeNull();
    expect(result.tasks.map((t) => [t.no, t.path])).toEqual([
      ['1', ['Digital government', 'Network']],
      ['2', ['Digital government', 'Network']],
      ['3', ['Business environment']],
    ]);
    expect(result.furnitureLines).toContain(4);
    expect(result.rowErrors.map((e) => e.line)).toEqual([6]);
  });

  it('readCsvTemplate(hostile.csv) → markup kept as text, broken rows listed by line, neighbours kept', () => {
    const result = okResult(readCsvTemplate(fixture('hostile.csv'), 'hostile.csv'));
    expect(result.region).toBe('<img src=x onerror=alert(1)>');
    expect(result.tasks.map((t) => [t.line, t.path])).toEqual([
      [2, ['<b>领域</b>']],
      [6, ['<b>领域</b>']],
    ]);
    expect(result.tasks[0]?.text).toBe('<script>alert(1)</script>，覆盖率达到１００％。');
    expect(result.tasks[0]?.unitCells).toEqual([{ text: '<i>公共服务办</i>', role: 'lead' }]);
    expect(result.rowErrors.map((e) => [e.line, e.message.replace(/（.*$| \(.*$/, '')])).toEqual([
      [3, '第 3 行：引号未闭合'],
      [4, '第 4 行：列数不符：表头 6 列，此行 7 列'],
      [5, '第 5 行：列数不符：表头 6 列，此行 5 列'],
    ]);
  });

  it('readCsvTemplate with semicolons and a "responsible" column but no lead column → role null, so marker words decide', () => {
    const result = okResult(readCsvTemplate('任务;责任单位\n推进一网通办;公共服务办牵头\n', 'x.csv'));
    expect(result.delimiter).toBe(';');
    expect(result.tasks[0]?.unitCells).toEqual([{ text: '公共服务办牵头', role: null }]);
    expect(result.tasks[0]?.unitsRaw).toBe('责任单位：公共服务办牵头');
  });

  it('readCsvTemplate: blank rows and ",,," rows are furniture, not errors; the task region runs from the header to the end', () => {
    const result = okResult(readCsvTemplate('\n任务,完成时限\n\n,,\nA,2021年底前\n', 'x.csv'));
    expect(result.tasks.map((t) => t.line)).toEqual([5]);
    expect(result.rowErrors).toEqual([]);
    expect(result.taskRegion).toEqual({ start: 2, end: 6 });
    expect(result.furnitureLines).toEqual([2, 3, 4]);
  });

  it('readCsvTemplate: text under a column with no header → a row error, not a silently dropped cell', () => {
    const result = okResult(readCsvTemplate('任务,\nA,\nB,备注文字\n', 'x.csv'));
    expect(result.tasks.map((t) => t.text)).toEqual(['A']);
    expect(result.rowErrors[0]?.message).toMatch(/^第 3 行：第 2 列没有列名/);
  });

  it('readCsvTemplate: CR-only line breaks (old Mac Excel) count lines like "\\n"', () => {
    const result = okResult(readCsvTemplate('任务\rA\rB', 'x.csv'));
    expect(result.tasks.map((t) => [t.text, t.line])).toEqual([['A', 2], ['B', 3]]);
  });

  it.each([
    ['', /^x\.csv: 文件为空，没有表头/],
    ['\n,,\n', /^x\.csv: 文件为空，没有表头/],
    ['序号,任务,备注\n1,A,B', /^x\.csv: 无法识别的列名“备注”（第 3 列）/],
    ['序号,责任单位\n1,A', /^x\.csv: 缺少任务列/],
    ['"任务,完成时限\nA,B', /^x\.csv: 第 1 行表头无法读取：引号未闭合/],
  ])('readCsvTemplate(%j) → { ok: false } with a message naming the file', (text, message) => {
    const result = readCsvTemplate(text, 'x.csv');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it.each([
    ['序号\t任务\t责任单位\t完成时限\n1\tA\tB\tC', true],
    ['"序号","任务"\n', true],
    ['\ufeff任务,牵头单位', true],
    ['附件\n\n港口镇任务分解表', false],
    ['任务', false],
    ['序号,备注,任务', false],
  ])('isCsvTemplateText(%j) → %s', (text, expected) => {
    expect(isCsvTemplateText(text)).toBe(expected);
  });
});
