import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../../src/ingest/ingest-document.ts';
import type { Dataset } from '../../../src/model/schema.ts';

function read(text: string): { layout: string; dataset: Dataset } {
  const result = ingestDocument('t.txt', text);
  if (!result.ok) throw new Error(result.message);
  return { layout: result.summary.layout, dataset: result.dataset };
}

const rows = (d: Dataset) => d.tasks.map((t) => [t.no, t.text, t.units.map((u) => `${u.name}:${u.role}`), t.deadline.raw]);

describe('ingest/sources text tables (delimited rows, cell per line)', () => {
  it('pipe-delimited rows under a title; a blank deadline cell stays blank with a warning, never the row above', () => {
    const { layout, dataset } = read(['某镇2023年安全生产工作任务分解表', '序号|工作任务|责任单位|完成时限', '1|开展隐患排查。|安监站|2023年6月底前', '2|组织应急演练。|应急办|'].join('\n'));
    expect(layout).toBe('delimited-rows');
    expect(rows(dataset)).toEqual([
      ['1', '开展隐患排查。', ['安监站:responsible'], '2023年6月底前'],
      ['2', '组织应急演练。', ['应急办:responsible'], ''],
    ]);
    expect(dataset.warnings.map((w) => w.code)).toContain('deadline-missing');
  });

  it('a Markdown table (outer pipes, rule line) → its rows; the rule line is accounted for', () => {
    const { dataset } = read(['| 序号 | 重点任务 | 牵头单位 | 完成时间 |', '|---|---|---|---|', '| 1 | 推行一日办结。 | 市市场监管局 | 2024年6月 |'].join('\n'));
    expect(rows(dataset)).toEqual([['1', '推行一日办结。', ['市市场监管局:lead'], '2024年6月']]);
    expect(dataset.warnings.filter((w) => w.code === 'unplaced-line')).toEqual([]);
  });

  it('a table copied from a browser (tab-separated) under a title line, 牵头 and 配合 columns', () => {
    const { layout, dataset } = read(['某市2024年优化营商环境重点任务清单', '序号\t重点任务\t牵头单位\t配合单位\t完成时间', '1\t推行企业开办一日办结。\t市市场监管局\t市政务服务中心、市税务局\t2024年6月'].join('\n'));
    expect(layout).toBe('delimited-rows');
    expect(rows(dataset)).toEqual([['1', '推行企业开办一日办结。', ['市市场监管局:lead', '市政务服务中心:support', '市税务局:support'], '2024年6月']]);
  });

  it('one cell per line between blank lines, several units one per line → all of them units, none in the text', () => {
    const text = ['某县2023年民生实事任务表', '', '序号', '', '民生实事', '', '责任单位', '', '完成时限', '', '1', '', '新建公办幼儿园2所。', '', '县教育局', '县住建局', '县自然资源局', '', '2023年9月', '', '2', '', '改造老旧小区12个。', '', '县住建局', '', '2023年12月底前'].join('\n');
    const { layout, dataset } = read(text);
    expect(layout).toBe('cell-per-line');
    expect(rows(dataset)).toEqual([
      ['1', '新建公办幼儿园2所。', ['县教育局:responsible', '县住建局:responsible', '县自然资源局:responsible'], '2023年9月'],
      ['2', '改造老旧小区12个。', ['县住建局:responsible'], '2023年12月底前'],
    ]);
  });

  it('one cell per line with nothing between, a blank cell dropped → cells placed by content and the row warned about', () => {
    const text = ['序号', '具体任务', '牵头单位', '完成时限', '1', '推进政务服务标准化建设。', '县政务服务中心', '2023年6月', '2', '推进一网通办。', '2023年12月'].join('\n');
    const { dataset } = read(text);
    expect(rows(dataset)).toEqual([
      ['1', '推进政务服务标准化建设。', ['县政务服务中心:lead'], '2023年6月'],
      ['2', '推进一网通办。', [], '2023年12月'],
    ]);
    const codes = dataset.warnings.filter((w) => w.taskId === dataset.tasks[1]?.id || w.line === 9).map((w) => w.code);
    expect(codes).toEqual(expect.arrayContaining(['units-missing', 'malformed-row']));
  });

  const title = '某镇2023年安全生产工作任务分解表';
  const pipe = (units: string) => [title, '序号|工作任务|责任单位|完成时限', `1|开展隐患排查。|${units}|2023年6月底前`].join('\n');
  const tabCells = (units: string) => [title, '', '\t序号', '\t工作任务', '\t责任单位', '\t完成时限', '', '\t1', '\t开展隐患排查。', `\t${units}`, '\t2023年6月底前'].join('\n');
  const blankLines = (units: string) => [title, '', '序号', '', '工作任务', '', '责任单位', '', '完成时限', '', '1', '', '开展隐患排查。', '', units, '', '2023年6月底前'].join('\n');

  it.each([
    ['pipe rows', pipe, 'delimited-rows'],
    ['tab cells (Word saved as text)', tabCells, 'tab-table'],
    ['one cell per line (seeds/001 style)', blankLines, 'flat-table'],
  ])('"安监站 安监所" (%s) → two units, split at the space between whole names, the printed text kept as unitsRaw', (_label, render, layout) => {
    const { layout: read_, dataset } = read(render('安监站 安监所'));
    expect(read_).toBe(layout);
    expect(dataset.tasks.map((t) => t.units.map((u) => `${u.name}:${u.role}`))).toEqual([['安监站:responsible', '安监所:responsible']]);
    expect(dataset.tasks[0]?.unitsRaw).toBe('安监站 安监所');
    expect(dataset.warnings.filter((w) => w.code === 'ambiguous-unit')).toEqual([]);
  });

  it.each([
    ['pipe rows', pipe, 'delimited-rows'],
    ['tab cells (Word saved as text)', tabCells, 'tab-table'],
  ])('"牵头:公共服务办;配合:各有关单位" (%s) → lead 公共服务办, support 各有关单位 (collective); no unit named "牵头:…"', (_label, render, layout) => {
    const { layout: read_, dataset } = read(render('牵头:公共服务办;配合:各有关单位'));
    expect(read_).toBe(layout);
    expect(dataset.tasks[0]?.units).toEqual([
      { name: '公共服务办', role: 'lead' },
      { name: '各有关单位', role: 'support', collective: true },
    ]);
  });

  it('"牵头单位：X 配合单位：Y" (a space, or a line break, between the labelled parts) → X lead, Y support, never one unit "X配合单位:Y"', () => {
    for (const text of [pipe('牵头单位：县应急局 配合单位：各村（社区）'), blankLines('牵头单位：县应急局\n配合单位：各村（社区）')]) {
      const { dataset } = read(text);
      expect(dataset.tasks[0]?.units.map((u) => `${u.name}:${u.role}`)).toEqual(['县应急局:lead', '各村（社区）:support']);
    }
  });
});
