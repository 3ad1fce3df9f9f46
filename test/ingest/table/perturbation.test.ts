import { describe, expect, it, vi } from 'vitest';

// Building and reading workbooks and documents takes seconds on a busy shared machine.
vi.setConfig({ testTimeout: 30_000 });
import { ingestUploadFile, type UploadResult } from '../../../src/ingest/ingest-upload.ts';
import type { Dataset } from '../../../src/model/schema.ts';
import { buildDocx, buildHtml, buildXlsx, type FixtureTable } from '../sources/table-fixtures.ts';
import { essentials, seedDataset, seedTable, TABLE_SEEDS } from './seed-table.ts';

/**
 * Perturbations of every tab- and flat-table seed, generated here: the seed's tasks written as
 * a Word, Excel, web-page, pipe, browser-copy and CSV table, with columns reordered, a 备注
 * column, separate 牵头/责任/配合 columns, blank cells and a decorated header. Each must give
 * the unperturbed seed's tasks, or the difference named by a warning on that task.
 */
const utf8 = (s: string) => new TextEncoder().encode(s);
const none = { existingIds: [] };

function ok(result: UploadResult) {
  if (!result.ok) throw new Error(result.message);
  return result;
}

/** Text renditions cannot hold a line break inside a cell: compare text with whitespace folded. */
function comparable(dataset: Dataset, foldSpace: boolean) {
  return dataset.tasks.map((t) => {
    const e = essentials(t);
    return foldSpace ? { ...e, text: e.text.replace(/\s+/g, ' ') } : e;
  });
}

function pipeText(title: string, table: FixtureTable): string {
  return [title, '', ...table.rows.map((r) => r.map((c) => c.replace(/\s*\n\s*/g, ' ')).join(' | '))].join('\n');
}

function tabText(title: string, table: FixtureTable): string {
  return [title, ...table.rows.map((r) => r.map((c) => c.replace(/\s*\n\s*/g, ' ')).join('\t'))].join('\n');
}

function csvText(title: string, table: FixtureTable): string {
  const quote = (c: string) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return [quote(title), ...table.rows.map((r) => r.map(quote).join(','))].join('\n');
}

/**
 * The table with its columns in another order: 完成时限 and the unit column first, the rest
 * after in reverse (the section columns keep their order, outermost first, as a path must).
 */
function reordered(table: FixtureTable): FixtureTable {
  const header = table.rows[0] ?? [];
  const sections = table.mergeDown ?? [];
  const front = [header.indexOf('完成时限'), header.indexOf('责任单位')];
  const rest = header.map((_, i) => i).filter((i) => !front.includes(i) && !sections.includes(i)).reverse();
  const order = [...front, ...sections, ...rest];
  return { rows: table.rows.map((r) => order.map((i) => r[i] ?? '')), mergeDown: sections.map((c) => order.indexOf(c)) };
}

describe.each(TABLE_SEEDS)('perturbations of seed %s', (id) => {
  const seed = seedDataset(id);
  const table = seedTable(seed);
  const expected = comparable(seed, false);
  const expectedFolded = comparable(seed, true);

  it.each([
    ['.docx with 附件 and title paragraphs, section cells merged (vMerge)', 'a.docx', () => buildDocx(['附件', seed.title], [table], ['（此件公开发布）'])],
    ['.xlsx with a merged title row, section cells merged', 'a.xlsx', () => buildXlsx(seed.title, table)],
    ['.html page with navigation, a layout table and rowspan', 'a.html', () => utf8(buildHtml([seed.title], table))],
    ['.docx with the columns in another order', 'b.docx', () => buildDocx([seed.title], [reordered(table)])],
  ])('%s → the seed’s tasks', async (_label, name, build) => {
    const result = ok(await ingestUploadFile(name, await build(), none));
    expect(comparable(result.dataset, false)).toEqual(expected);
  });

  it.each([
    ['pipe-delimited rows under a title line', 'p.txt', () => pipeText(seed.title, table)],
    ['a table copied from a browser (tab-separated) under a title line', 't.txt', () => tabText(seed.title, table)],
    ['a CSV with a title row above the header', 'c.csv', () => csvText(seed.title, table)],
  ])('%s → the seed’s tasks', async (_label, name, build) => {
    const result = ok(await ingestUploadFile(name, utf8(build()), none));
    expect(comparable(result.dataset, true)).toEqual(expectedFolded);
  });

  it('separate 牵头单位 / 责任单位 / 配合单位 columns (.xlsx) → the same units and roles', async () => {
    const split = seedTable(seed, { roleColumns: true });
    const result = ok(await ingestUploadFile('r.xlsx', await buildXlsx(seed.title, split), none));
    expect(result.dataset.tasks.map((t) => essentials(t).units)).toEqual(expected.map((e) => e.units));
  });

  it('an extra 备注 column → kept in the task text as a note, never a unit or deadline', async () => {
    const note = '2023年6月底前报送方案，由办公室督办';
    const noted = seedTable(seed, { extra: [{ header: '备注', cell: (i) => (i === 0 ? note : '') }] });
    const result = ok(await ingestUploadFile('n.docx', buildDocx([seed.title], [noted]), none));
    const got = comparable(result.dataset, false);
    expect(got[0]).toEqual({ ...expected[0], text: `${expected[0]?.text}\n备注：${note}` });
    expect(got.slice(1)).toEqual(expected.slice(1));
  });

  it('a column with a header nobody knows → its cells kept in the text, and an unmapped-column warning', async () => {
    const odd = seedTable(seed, { extra: [{ header: '推进情况', cell: (i) => (i === 1 ? '已完成80%' : '') }] });
    const result = ok(await ingestUploadFile('u.xlsx', await buildXlsx(seed.title, odd), none));
    expect(result.dataset.tasks[1]?.text).toBe(`${expected[1]?.text}\n推进情况：已完成80%`);
    expect(result.dataset.warnings.filter((w) => w.code === 'unmapped-column').map((w) => w.message)).toEqual([
      expect.stringContaining('“推进情况”'),
    ]);
  });

  it('blank unit and deadline cells (text table) → none and a warning on that task, never the row above', async () => {
    const blanked: FixtureTable = { rows: table.rows.map((r) => [...r]) };
    const header = blanked.rows[0] ?? [];
    const unitAt = header.indexOf('责任单位');
    const deadlineAt = header.indexOf('完成时限');
    blanked.rows[2]![unitAt] = '';
    blanked.rows[3]![deadlineAt] = '';
    const result = ok(await ingestUploadFile('b.txt', utf8(pipeText(seed.title, blanked)), none));
    const [t1, t2] = [result.dataset.tasks[1]!, result.dataset.tasks[2]!];
    expect(t1.units).toEqual([]);
    expect(t2.deadline).toMatchObject({ raw: '', due: null });
    const warned = (taskId: string, code: string) => result.dataset.warnings.some((w) => w.taskId === taskId && w.code === code);
    expect(warned(t1.id, 'units-missing')).toBe(true);
    expect(warned(t2.id, 'deadline-missing')).toBe(true);
    expect(comparable(result.dataset, true).filter((_, i) => i !== 1 && i !== 2)).toEqual(expectedFolded.filter((_, i) => i !== 1 && i !== 2));
  });

  it('a header with full-width colons, spaces and bracketed notes → the seed’s tasks', async () => {
    const decorated: FixtureTable = {
      rows: [(table.rows[0] ?? []).map((h) => (h === '序号' ? '序　号' : h === '完成时限' ? '完成时限：' : h === '责任单位' ? '责任单位（部门）' : h)), ...table.rows.slice(1)],
      mergeDown: table.mergeDown,
    };
    const result = ok(await ingestUploadFile('d.html', utf8(buildHtml([seed.title], decorated)), none));
    expect(comparable(result.dataset, false)).toEqual(expected);
  });
});
