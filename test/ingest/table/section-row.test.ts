import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../../src/ingest/ingest-document.ts';
import { isSectionHeadingText } from '../../../src/ingest/table/section-row.ts';
import type { Dataset } from '../../../src/model/schema.ts';

function read(text: string): { layout: string; dataset: Dataset } {
  const result = ingestDocument('t.txt', text);
  if (!result.ok) throw new Error(result.message);
  return { layout: result.summary.layout, dataset: result.dataset };
}

const tasks = (d: Dataset) => d.tasks.map((t) => [t.no, t.path, t.units.map((u) => u.name), t.deadline.raw]);
const codes = (d: Dataset) => d.warnings.map((w) => w.code);
const TITLE = '某县2023年重点工作任务分解表';

describe('isSectionHeadingText', () => {
  it.each([
    ['一、2024年全区经济社会发展主要预期目标', true],
    ['（二）优化营商环境', true],
    ['(三)民生保障', true],
    ['第三部分 民生保障', true],
    ['第二章 产业发展', true],
    ['1.地区生产总值增长5%以上。', false],
    ['（1）完善制度', false],
    ['一、', false],
    ['一、加快推进项目建设。确保年内开工，力争年底前完成投资10亿元。', false],
    ['县发改局', false],
  ])('%s → %s', (text, want) => {
    expect(isSectionHeadingText(text)).toBe(want);
  });
});

describe('a section row inside a text table is the section of the rows below, not a task and not a malformed row', () => {
  it('pipe rows: "| 一、… |" and a bare "（二）…" line between the rows', () => {
    const { layout, dataset } = read(
      [
        TITLE,
        '序号 | 工作任务 | 责任单位 | 完成时限',
        '| 一、稳定经济增长 |',
        '1 | 推进重大项目建设。 | 县发改局 | 2023年6月底前',
        '2 | 扩大有效投资。 | 县财政局 | 2023年9月',
        '（二）保障和改善民生',
        '3 | 新建幼儿园2所。 | 县教育局 | 2023年12月',
      ].join('\n'),
    );
    expect(layout).toBe('delimited-rows');
    expect(tasks(dataset)).toEqual([
      ['1', ['稳定经济增长'], ['县发改局'], '2023年6月底前'],
      ['2', ['稳定经济增长'], ['县财政局'], '2023年9月'],
      ['3', ['保障和改善民生'], ['县教育局'], '2023年12月'],
    ]);
    expect(codes(dataset)).not.toContain('malformed-row');
    expect(codes(dataset)).not.toContain('unplaced-line');
  });

  it('a table copied from a browser (tab cells): a row with only its first cell filled', () => {
    const { dataset } = read(
      [TITLE, '序号\t工作任务\t责任单位\t完成时限', '一、稳定经济增长\t\t\t', '1\t推进重大项目建设。\t县发改局\t2023年6月底前', '第二部分 民生\t\t\t', '2\t新建幼儿园2所。\t县教育局\t2023年12月'].join('\n'),
    );
    expect(tasks(dataset)).toEqual([
      ['1', ['稳定经济增长'], ['县发改局'], '2023年6月底前'],
      ['2', ['第二部分 民生'], ['县教育局'], '2023年12月'],
    ]);
    expect(codes(dataset)).not.toContain('malformed-row');
  });

  it.each([
    ['the flat-table reader', [] as string[]],
    ['the header-driven reader (a column it does not know)', ['推进情况']],
  ])('one cell per line between blank lines (%s): the heading cell before row number 3 starts a section', (_label, extra) => {
    const row = (no: string, text: string, unit: string, due: string) => [no, text, unit, due, ...extra.map(() => '正在推进')];
    const cells = [
      ...['序号', '工作任务', '责任单位', '完成时限', ...extra],
      ...row('1', '推进重大项目建设。', '县发改局', '2023年6月底前'),
      ...row('2', '扩大有效投资。', '县财政局', '2023年9月'),
      '二、保障和改善民生',
      ...row('3', '新建幼儿园2所。', '县教育局', '2023年12月'),
    ];
    const { layout, dataset } = read([TITLE, '', ...cells.flatMap((c) => [c, ''])].join('\n'));
    expect(layout).toBe(extra.length > 0 ? 'cell-per-line' : 'flat-table');
    expect(tasks(dataset)).toEqual([
      ['1', [], ['县发改局'], '2023年6月底前'],
      ['2', [], ['县财政局'], '2023年9月'],
      ['3', ['保障和改善民生'], ['县教育局'], '2023年12月'],
    ]);
    expect(codes(dataset)).not.toContain('malformed-row');
    expect(codes(dataset)).not.toContain('unplaced-line');
  });

  it('one cell per line between "|" lines, the heading row closed by its merged-away bars (苏州吴江)', () => {
    const cells = ['序号', '工作任务', '责任单位', '完成时限'];
    const lines = [TITLE, ...cells.flatMap((c) => [c, '|']), '一、稳定经济增长', '|', '|||', '1', '|', '推进重大项目建设。', '|', '县发改局', '|', '2023年6月底前', '|'];
    const { layout, dataset } = read(lines.join('\n'));
    expect(layout).toBe('cell-per-line');
    expect(tasks(dataset)).toEqual([['1', ['稳定经济增长'], ['县发改局'], '2023年6月底前']]);
    expect(codes(dataset)).not.toContain('malformed-row');
  });

  it('a Word table saved as text (tab-started cells): a one-cell block followed by a whole row is a section', () => {
    const block = (cells: string[]) => cells.map((c) => `\t${c}`);
    const lines = [
      TITLE,
      '',
      ...block(['序号', '工作任务', '责任单位', '完成时限']),
      '',
      ...block(['一、稳定经济增长']),
      '',
      ...block(['1', '推进重大项目建设。', '县发改局', '2023年6月底前']),
      '',
      ...block(['2', '扩大有效投资。', '县财政局', '2023年9月']),
      '',
      ...block(['二、保障和改善民生']),
      '',
      ...block(['3', '新建幼儿园2所。', '县教育局', '2023年12月']),
    ];
    const { layout, dataset } = read(lines.join('\n'));
    expect(layout).toBe('tab-table');
    expect(tasks(dataset)).toEqual([
      ['1', ['稳定经济增长'], ['县发改局'], '2023年6月底前'],
      ['2', ['稳定经济增长'], ['县财政局'], '2023年9月'],
      ['3', ['保障和改善民生'], ['县教育局'], '2023年12月'],
    ]);
    expect(codes(dataset)).not.toContain('malformed-row');
  });

  it('a lone "1." text cell stays a task, never a section', () => {
    const { dataset } = read([TITLE, '序号\t工作任务\t责任单位\t完成时限', '\t1.推进重大项目建设\t\t'].join('\n'));
    expect(dataset.tasks.map((t) => t.text)).toEqual(['1.推进重大项目建设']);
  });
});
