import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Expected } from './expected-tasks.ts';
import { buildDocx, buildHtml, buildXlsx, gbk, type FixtureTable } from './sources/table-fixtures.ts';

/**
 * Every real text-table fixture written as the files a government also publishes — a Word table under its
 * title and 附件 line (merged cells as vMerge, a section row as gridSpan, the header repeated after a page
 * break), an Excel sheet (merged title row, merged ranges, wrapped text, a deadline column of DATE cells
 * formatted to show 2024年6月) and a web page among navigation (rowspan, colspan; one saved as GBK) — to be
 * scored against the fixture's hand reading. The tables are cut from the fixture text by small, layout-
 * specific splitters here (never by the ingest), or, where the page's merges must be read by eye (吴江), written
 * out by hand.
 */
export interface Rendition {
  name: string;
  /** The file name it is uploaded as (its extension picks the reader). */
  file: string;
  /** The text fixture it renders, whose expected.json holds the hand reading. */
  source: { dir: string; file: string };
  build: () => Promise<Uint8Array>;
  /** The hand reading of this rendition: the fixture's, plus what the rendition adds (a deadline column). */
  expect: (want: Expected) => Expected;
}

const FIXTURES = join(import.meta.dirname, '../fixtures');
const read = (dir: string, file: string) => readFileSync(join(FIXTURES, dir, file), 'utf8');

/** Pipe rows "1 | 任务 | … |" under a title line (开化). */
function pipeTable(text: string): { title: string; table: FixtureTable } {
  const lines = text.split('\n');
  const rows = lines.filter((l) => l.includes(' | ')).map((l) => l.replace(/\s*\|\s*$/, '').split(/\s*\|\s*/));
  return { title: lines[0] ?? '', table: { rows } };
}

/**
 * One cell per paragraph, blank lines between (苍南): the title, then `width` header cells, then rows each
 * starting at the next row number; a row cut short by the page's end is padded with blank cells.
 */
function blankLineTable(text: string, width: number): { title: string; table: FixtureTable } {
  const [title = '', ...cells] = text.split(/\n\s*\n/).map((c) => c.trim()).filter((c) => c !== '');
  const rows: string[][] = [cells.slice(0, width)];
  let next = 1;
  for (const cell of cells.slice(width)) {
    if (cell === String(next)) {
      rows.push([cell]);
      next++;
    } else rows[rows.length - 1]?.push(cell);
  }
  return { title, table: { rows: rows.map((r) => [...r, ...new Array<string>(Math.max(0, width - r.length)).fill('')]) } };
}

/**
 * One cell per line, each ending in " |", rows closed by a line of bars (崇川). The page drops a row's blank
 * cells; a careful reader puts each printed cell under its column: the task under 全年目标任务 (主要任务 is
 * blank in these rows), the 说明 cell only where printed.
 */
function barLineTable(text: string): { title: string; table: FixtureTable } {
  const lines = text.split('\n');
  const title = lines[0] ?? '';
  const rows: string[][] = [[]];
  for (const line of lines.slice(1)) {
    if (/^\s*\|[\s|]*$/.test(line)) {
      rows.push([]);
      continue;
    }
    rows[rows.length - 1]?.push(line.replace(/\s*\|\s*$/, '').trim());
  }
  const [headerCells = [], ...body] = rows.filter((r) => r.length > 0);
  // The header is printed in one run of ten cells, before the first row's number.
  const firstNo = headerCells.findIndex((c) => /^\d+$/.test(c));
  const header = headerCells.slice(0, firstNo).map((c) => c.replace(/\s+/g, ''));
  const bodyRows = [headerCells.slice(firstNo), ...body];
  const placed = bodyRows.map(([no = '', task = '', ...rest]) => {
    const row = [no, '', task, ...rest];
    return [...row, ...new Array<string>(Math.max(0, header.length - row.length)).fill('')];
  });
  return { title, table: { rows: [header, ...placed] } };
}

/**
 * 苏州吴江's table as the page shows it, read by eye: a section row across the table; 序号 "1" and 项目
 * 主要预期目标 merged over all eleven tasks (numbered in their text); 牵头领导 merged over the rows it covers,
 * two people in two paragraphs in row 10; ★ marks the lead unit.
 */
function wujiangTable(): { title: string; before: string[]; table: FixtureTable } {
  const tasks: [string, string, string][] = [
    ['1.地区生产总值增长5%以上。', '钱 宇', '★区发改委、统计局'],
    ['2.一般公共预算收入同口径增长6%以上。', '钱 宇', '★区财政局、税务局'],
    ['3.规上工业总产值增长5%左右。', '钱 宇', '★区工信局、统计局'],
    ['4.全社会固定资产投资增长5%左右。', '钱 宇', '★区发改委、统计局'],
    ['5.工业投资增长10%以上。', '钱 宇', '★区工信局、统计局'],
    ['6.进出口总额和实际使用外资量稳质升。', '方 勇', '★区商务局、吴江海关'],
    ['7.实现高新技术产业产值占规上工业产值比重达54%,全社会研发投入占地区生产总值比重达4.15%', '方 勇', '★区科技局、统计局'],
    ['8.居民人均可支配收入与经济增长保持同步。', '钱 宇', '★区发改委、人社局、农业农村局、统计局'],
    ['9.工业增加值率保持基本稳定。', '钱 宇', '★区工信局、统计局'],
    ['10.主要污染物排放总量削减完成上级下达任务。', '王 嵘\n方 勇', '★生态环境局'],
    ['11.不发生重特大生产安全责任事故。', '钱 宇', '★区应急管理局'],
  ];
  const lines = read('generalisation-more', 'jiangsu-wujiang-2024.txt').split('\n');
  return {
    title: '区政府2024年重点工作目标任务分解落实方案',
    before: lines.slice(0, 4),
    table: {
      rows: [
        ['序号', '项目', '重点工作目标任务', '牵头领导', '责任单位'],
        ['一、2024年全区经济社会发展主要预期目标'],
        ...tasks.map(([task, leader, units]) => ['1', '主要预期目标', task, leader, units]),
      ],
      mergeDown: [0, 1, 3],
    },
  };
}

/** Adds a 完成时限 column of month deadlines (2024年1月, 2024年2月 …, one per task row) for the Excel rendition. */
function withMonthColumn(table: FixtureTable): FixtureTable {
  let task = 0;
  const head = table.headerRows ?? 1;
  const rows = table.rows.map((row, r) => {
    if (r < head) return [...row, '完成时限'];
    if (row.length === 1) return row; // a section row spans the table
    return [...row, `2024年${(task++ % 12) + 1}月`];
  });
  return { ...table, rows, dateColumn: (table.rows[0]?.length ?? 0) };
}

/** The hand reading with the added column's deadlines: the last day of each task's month, in task order. */
function withMonthDeadlines(want: Expected): Expected {
  return {
    ...want,
    tasks: want.tasks.map((t, i) => {
      const month = (i % 12) + 1;
      const last = new Date(Date.UTC(2024, month, 0)).getUTCDate();
      return { ...t, due: `2024-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}` };
    }),
  };
}

const same = (want: Expected) => want;
const utf8 = (s: string) => new TextEncoder().encode(s);

function renditionsOf(
  key: string,
  source: { dir: string; file: string },
  made: { title: string; before?: string[]; table: FixtureTable },
  options: { gbkPage?: boolean; monthColumn?: boolean } = {},
): Rendition[] {
  const before = made.before ?? [];
  const gbkPage = options.gbkPage ?? false;
  // A table with no deadline column gets one in Excel, of DATE cells shown as months.
  const xlsx: Rendition = options.monthColumn
    ? { name: `${key} as .xlsx (deadlines as DATE cells)`, file: `${key}.xlsx`, source, expect: withMonthDeadlines, build: () => buildXlsx(made.title, withMonthColumn(made.table)) }
    : { name: `${key} as .xlsx`, file: `${key}.xlsx`, source, expect: same, build: () => buildXlsx(made.title, made.table) };
  return [
    { name: `${key} as .docx`, file: `${key}.docx`, source, expect: same, build: async () => buildDocx(['附件', ...before, made.title], [made.table], ['（此件公开发布）']) },
    xlsx,
    {
      name: `${key} as .html${gbkPage ? ' (GBK)' : ''}`,
      file: `${key}.html`,
      source,
      expect: same,
      build: async () => (gbkPage ? gbk(buildHtml([made.title, ...before], made.table, 'gbk')) : utf8(buildHtml([made.title, ...before], made.table))),
    },
  ];
}

export const TABLE_RENDITIONS: Rendition[] = (() => {
  const kaihua = { dir: 'generalisation-more', file: 'zhejiang-kaihua-2023-pipe.txt' };
  const cangnan = { dir: 'generalisation', file: 'zhejiang-cangnan-blank-lines.txt' };
  const chongchuan = { dir: 'generalisation', file: 'jiangsu-chongchuan-bar-lines.txt' };
  const wujiang = { dir: 'generalisation-more', file: 'jiangsu-wujiang-2024.txt' };
  const cangnanTable = blankLineTable(read(cangnan.dir, cangnan.file), 5);
  const chongchuanTable = barLineTable(read(chongchuan.dir, chongchuan.file));
  return [
    // 开化 as before: a Word table under 附件 and the title, an Excel sheet with a merged title row, a web page.
    ...renditionsOf('kaihua', kaihua, pipeTable(read(kaihua.dir, kaihua.file))),
    // 苍南: the unit (牵头单位) and 备注 cells merged where equal rows follow; the Word table breaks after row 6.
    ...renditionsOf('cangnan', cangnan, { ...cangnanTable, table: { ...cangnanTable.table, mergeDown: [3, 4], pageBreakAt: 7 } }, { gbkPage: true, monthColumn: true }),
    // 崇川: 分管领导 and 牵头单位 merged over the three rows.
    ...renditionsOf('chongchuan', chongchuan, { ...chongchuanTable, table: { ...chongchuanTable.table, mergeDown: [3, 4] } }, { monthColumn: true }),
    ...renditionsOf('wujiang', wujiang, wujiangTable(), { monthColumn: true }),
  ];
})();
