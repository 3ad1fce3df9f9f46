import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../../src/ingest/ingest-document.ts';
import { keptCellLines, regionColumnIssue, unmappedColumnIssues, withKeptLines } from '../../../src/ingest/table/kept-cells.ts';
import type { Dataset } from '../../../src/model/schema.ts';
import { ingestUploadFile } from '../../../src/ingest/ingest-upload.ts';
import { buildDocx, buildXlsx, type FixtureTable } from '../sources/table-fixtures.ts';
import { seedDataset, seedTable, type SeedTableOptions } from '../table/seed-table.ts';

/**
 * Columns no task field holds (an unknown header, 备注, 地区) in the text layouts that used to
 * drop them: the tab-cell table (a Word table saved as text) and the flattened one-cell-per-line
 * table. Every layout keeps them in the task text through src/ingest/table/kept-cells.ts, with
 * an 'unmapped-column' warning naming an unknown header and its line.
 */

/** A Word table saved as text: each cell on a line starting with a tab, rows separated by blank lines. */
function tabCells(title: string, table: FixtureTable): string {
  const out = [title, ''];
  for (const row of table.rows) {
    for (const cell of row) {
      const [first = '', ...more] = cell.split('\n').filter((p) => p.trim() !== '');
      out.push(`\t${first}`, ...more);
    }
    out.push('');
  }
  return out.join('\n');
}

/** A web page's table copied as text: one cell per line, blank lines between, blank cells leave no line. */
function flatCells(title: string, table: FixtureTable): string {
  const out = [title, ''];
  for (const row of table.rows) for (const cell of row) if (cell.trim() !== '') out.push(cell.replace(/\n+/g, ''), '');
  return out.join('\n');
}

function read(text: string): Dataset & { layout: string } {
  const result = ingestDocument('kept.txt', text);
  if (!result.ok) throw new Error(result.message);
  return { ...result.dataset, layout: result.summary.layout };
}

const essentials = (d: Dataset) => d.tasks.map((t) => ({ no: t.no, text: t.text, units: t.units.map((u) => `${u.name}:${u.role}`), deadline: t.deadline.raw }));
const warnings = (d: Dataset, code: string) => d.warnings.filter((w) => w.code === code);

describe('ingest/table/kept-cells', () => {
  it('keptCellLines → "header：value" per filled cell; a note with no header is 备注; a region only when it is not the dataset’s', () => {
    expect(
      keptCellLines(
        [
          { kind: 'unmapped', header: '推进情况', text: '已完成80%' },
          { kind: 'note', header: '', text: '报送方案' },
          { kind: 'note', header: '说明', text: '' },
          { kind: 'region', header: '地区', text: '苍南县' },
          { kind: 'region', header: '地区', text: '龙港市' },
        ],
        '苍南县',
      ),
    ).toEqual(['推进情况：已完成80%', '备注：报送方案', '地区：龙港市']);
    expect(withKeptLines('任务。', ['备注：x'])).toBe('任务。\n备注：x');
    expect(withKeptLines('', ['备注：x'])).toBe('备注：x');
  });

  it('unmappedColumnIssues names the header, its column and line; regionColumnIssue only for two or more regions', () => {
    const [issue] = unmappedColumnIssues([{ index: 2, header: '推进情况', kind: 'unmapped' }, { index: 3, header: '备注', kind: 'note' }], 7);
    expect(issue).toMatchObject({ code: 'unmapped-column', line: 7 });
    expect(issue?.message).toContain('第 7 行表头第 3 列“推进情况”');
    expect(regionColumnIssue('地区', new Set(['甲县']), 1)).toEqual([]);
    expect(regionColumnIssue('地区', new Set(['甲县', '乙县']), 1)[0]?.message).toContain('“乙县”');
  });
});

describe.each(['gangkou-2021', 'dongguan-2022'])('tab-cell rendition of seed %s with extra columns', (id) => {
  const seed = seedDataset(id);
  const plainTable = seedTable(seed);
  const plain = read(tabCells(seed.title, plainTable));
  const withExtra = (extra: SeedTableOptions['extra']) => read(tabCells(seed.title, seedTable(seed, { extra })));

  it('the plain rendition is read by the tab-table layout, with every task', () => {
    expect(plain.layout).toBe('tab-table');
    expect(plain.tasks).toHaveLength(seed.tasks.length);
  });

  it('a 备注 column whose cell looks like a deadline → kept in the text as 备注：…, never the deadline or a unit', () => {
    const note = '2023年6月底前报送方案，由办公室督办';
    const got = withExtra([{ header: '备注', cell: (i) => (i === 0 ? note : '') }]);
    const [first, ...rest] = essentials(got);
    const [want, ...wantRest] = essentials(plain);
    expect(first).toEqual({ ...want, text: `${want?.text}\n备注：${note}` });
    expect(rest).toEqual(wantRest);
    expect(warnings(got, 'unmapped-column')).toEqual([]);
  });

  it('an unknown header → its cells kept as "header：value" and one unmapped-column warning naming it and its line', () => {
    const got = withExtra([{ header: '推进情况', cell: (i) => (i === 1 ? '已完成80%' : '') }]);
    expect(got.tasks[1]?.text).toBe(`${plain.tasks[1]?.text}\n推进情况：已完成80%`);
    expect(essentials(got).filter((_, i) => i !== 1)).toEqual(essentials(plain).filter((_, i) => i !== 1));
    const warned = warnings(got, 'unmapped-column');
    expect(warned).toHaveLength(1);
    expect(warned[0]?.message).toContain('“推进情况”');
    expect(warned[0]?.line).toBe(3);
  });

  it('a 地区 column → the first region is the dataset’s when the title names none; other rows keep theirs in the text, with a warning', () => {
    const got = withExtra([{ header: '地区', cell: (i) => (i === 2 ? '乙县' : '甲县') }]);
    expect(got.tasks[2]?.text).toBe(`${plain.tasks[2]?.text}\n地区：乙县`);
    expect(got.tasks[0]?.text).toBe(plain.tasks[0]?.text);
    expect(warnings(got, 'unmapped-column').map((w) => w.message)).toEqual([expect.stringContaining('“乙县”')]);
  });
});

describe('flattened (one cell per line) rendition of seed shanwei-2023', () => {
  const seed = seedDataset('shanwei-2023');
  const plain = read(flatCells(seed.title, seedTable(seed)));

  it('a 备注 column at the end: a note after the deadline → 备注：… in the text; the deadline stays; the ambiguity is warned once', () => {
    const note = '2023年6月底前报送方案';
    const got = read(flatCells(seed.title, seedTable(seed, { extra: [{ header: '备注', cell: (i) => (i === 1 ? note : '') }] })));
    expect(got.tasks).toHaveLength(plain.tasks.length);
    expect(got.tasks[1]?.text).toBe(`${plain.tasks[1]?.text}\n备注：${note}`);
    expect(got.tasks[1]?.deadline.raw).toBe(plain.tasks[1]?.deadline.raw);
    expect(essentials(got).filter((_, i) => i !== 1)).toEqual(essentials(plain).filter((_, i) => i !== 1));
    expect(warnings(got, 'ambiguous-column')).toHaveLength(1);
  });

  it('an unknown header after the known ones → read by the header-driven reader: cells kept in the text, the header named in a warning', () => {
    const got = read(flatCells(seed.title, seedTable(seed, { extra: [{ header: '推进情况', cell: (i) => (i === 1 ? '进展顺利' : '') }] })));
    expect(got.layout).toBe('cell-per-line');
    expect(got.tasks.find((t) => t.text.includes('推进情况：进展顺利'))).toBeDefined();
    expect(warnings(got, 'unmapped-column').map((w) => w.message)).toEqual([expect.stringContaining('“推进情况”')]);
    // nothing else is lost: every task is still there with its deadline
    expect(got.tasks.map((t) => t.deadline.raw)).toEqual(plain.tasks.map((t) => t.deadline.raw));
  });
});

describe('kept cells never give indicators; a table cell’s address reaches the task’s source', () => {
  const table: FixtureTable = {
    rows: [
      ['序号', '具体任务', '责任单位', '完成时限', '推进情况', '备注'],
      ['1', '开展隐患排查。', '县应急局', '2023年6月底前', '已完成80%，排查企业120家', '新增学位3800个'],
    ],
  };

  it('tab cells: "推进情况：已完成80%…" and "备注：新增学位3800个" stay in the text, and no indicator comes from them', () => {
    const d = read(tabCells('某县2023年安全生产任务表', table));
    expect(d.tasks[0]?.text).toBe('开展隐患排查。\n推进情况：已完成80%，排查企业120家\n备注：新增学位3800个');
    expect(d.tasks[0]?.indicators).toEqual([]);
  });

  it('pipe rows (the table model): the same', () => {
    const d = read(['某县2023年安全生产任务表', ...table.rows.map((r) => r.join(' | '))].join('\n'));
    expect(d.layout).toBe('delimited-rows');
    expect(d.tasks[0]?.text).toContain('推进情况：已完成80%');
    expect(d.tasks[0]?.indicators).toEqual([]);
    expect(d.tasks[0]?.source).toEqual({ file: 'kept.txt', line: 3 });
  });

  it('a task body’s own figures are still indicators', () => {
    const d = read(tabCells('某县2023年教育任务表', { rows: [table.rows[0]!, ['1', '新增学位3800个。', '县教育局', '2023年9月', '', '']] }));
    expect(d.tasks[0]?.indicators.map((i) => [i.metric, i.value, i.unit])).toEqual([['新增学位', 3800, '个']]);
  });

  it('.xlsx → source.cell names the sheet and cell of the task text ("Sheet1!B3"); .docx → the table, row and column', async () => {
    const xlsx = await ingestUploadFile('t.xlsx', await buildXlsx('某县2023年安全生产任务表', table), { existingIds: [] });
    if (!xlsx.ok) throw new Error(xlsx.message);
    expect(xlsx.dataset.tasks[0]?.source.cell).toMatch(/^[^!]+!B3$/);
    const docx = await ingestUploadFile('t.docx', buildDocx(['某县2023年安全生产任务表'], [table]), { existingIds: [] });
    if (!docx.ok) throw new Error(docx.message);
    expect(docx.dataset.tasks[0]?.source.cell).toBe('表 1 第 2 行第 2 列');
    expect(docx.dataset.tasks[0]?.indicators).toEqual([]);
  }, 30_000);
});

describe('tab cells (Word saved as text): a blank unit or deadline cell', () => {
  it('is read as merged with the row above (as Word prints a merged cell once) and the task is warned filled-down, naming the column and value', () => {
    const d = read(tabCells('某县2023年任务表', {
      rows: [
        ['序号', '具体任务', '牵头单位', '配合单位', '完成时限'],
        ['1', '开展隐患排查。', '县应急局', '各镇', '2023年6月底前'],
        ['2', '组织应急演练。', '县应急局', '', ''],
      ],
    }));
    expect(d.layout).toBe('tab-table');
    const second = d.tasks[1]!;
    expect(second.units.map((u) => `${u.name}:${u.role}`)).toEqual(['县应急局:lead', '各镇:support']);
    const filled = d.warnings.filter((w) => w.code === 'filled-down' && w.taskId === second.id).map((w) => w.message);
    expect(filled).toEqual([expect.stringContaining('“配合单位”为空，按合并单元格沿用上一行的“各镇”'), expect.stringContaining('“2023年6月底前”')]);
    expect(d.warnings.filter((w) => w.code === 'filled-down' && w.taskId === d.tasks[0]!.id)).toEqual([]);
  });
});

describe('tab cells with two unknown headers beside four known ones', () => {
  it('is read (not refused): both columns kept in the text, each header named in a warning', () => {
    const d = read(tabCells('某县2023年任务表', {
      rows: [
        ['序号', '具体任务', '分管领导', '责任单位', '推进情况', '完成时限'],
        ['1', '开展隐患排查。', '张三', '县应急局', '已完成', '2023年6月底前'],
      ],
    }));
    expect(d.layout).toBe('tab-table');
    expect(d.tasks[0]?.text).toBe('开展隐患排查。\n分管领导：张三\n推进情况：已完成');
    expect(d.tasks[0]?.units.map((u) => u.name)).toEqual(['县应急局']);
    expect(d.warnings.filter((w) => w.code === 'unmapped-column').map((w) => w.message)).toEqual([
      expect.stringContaining('“分管领导”'),
      expect.stringContaining('“推进情况”'),
    ]);
  });
});
