import type { Role } from '../../model/schema.ts';
import { joinCsvCell } from '../csv-cell.ts';
import { formatSectionLabel } from '../layouts/section-label.ts';
import type { LayoutResult, RawTask, RawTaskIssue, UnitCell } from '../raw-task.ts';
import { explainTableRefusal } from './explain-table-refusal.ts';
import { keptCellLines, regionColumnIssue, unmappedColumnIssues, withKeptLines, type KeptCell } from './kept-cells.ts';
import { isSectionHeadingText } from './section-row.ts';
import { findTableHeader, type TableColumn, type TableHeader } from './table-header.ts';
import type { SourceTable, TableRow } from './table-model.ts';

/** Tasks read from a document's tables: a LayoutResult for the assembler, plus a region column's value. */
export type TableTasks =
  | { ok: true; layout: LayoutResult; region: string | null }
  | { ok: false; message: string };

const UNIT_LABEL: Record<Role, string> = { lead: '牵头单位', responsible: '责任单位', support: '配合单位' };

/**
 * The header-driven step shared by every table source: finds each table's header (title rows
 * above it skipped), then reads one raw task per row. A cell is filled from the row above only
 * where the source merged it (the adapter already copied the text) or, in tables without merge
 * marks, in the section and number columns; a blank unit or deadline cell stays blank and the
 * normalisers warn. A header the dictionary does not know is named in a warning and its column
 * kept in the task text; a 备注 column is kept in the text as a note. A table without a usable
 * header continues the previous table's columns when it has as many (a table split by a page).
 */
export function readTableTasks(layoutName: string, tables: readonly SourceTable[]): TableTasks {
  const tasks: RawTask[] = [];
  const furnitureLines: number[] = [];
  const issues: RawTaskIssue[] = [];
  let region: string | null = null;
  const regions = new Set<string>();
  let columns: TableColumn[] | null = null;
  let start = Number.POSITIVE_INFINITY;
  let end = 0;
  for (const table of tables) {
    const header = findTableHeader(table);
    let body: readonly TableRow[];
    if (header) {
      columns = header.columns;
      const headerRows = table.rows.slice(header.at, header.at + header.rowCount);
      for (const row of headerRows) furnitureLines.push(...row.lines);
      start = Math.min(start, headerRows[0]?.line ?? start);
      if (tasks.length === 0 && issues.length === 0) issues.push(...unmappedColumnIssues(header.columns, headerRows[0]?.line ?? 1));
      body = table.rows.slice(header.at + header.rowCount);
    } else if (columns && continuesTable(table, columns)) {
      body = table.rows;
    } else {
      continue;
    }
    const read = readBody(body, columns, table.marksMerges, region);
    tasks.push(...read.tasks);
    furnitureLines.push(...read.furnitureLines);
    issues.push(...read.issues);
    region ??= read.region;
    for (const r of read.regions) regions.add(r);
    const last = body[body.length - 1];
    if (last) end = Math.max(end, ...last.lines);
  }
  if (!columns) return { ok: false, message: explainTableRefusal(tables) };
  const regionColumn = columns.find((c) => c.kind === 'region');
  if (regionColumn) issues.push(...regionColumnIssue(regionColumn.header, regions, start));
  if (end === 0) end = start;
  return {
    ok: true,
    region,
    layout: { layout: layoutName, tasks, taskRegion: { start, end }, furnitureLines, unitGroups: {}, issues, region },
  };
}

/**
 * A table with no header of its own continues the previous one (Word splits a long table at a
 * page break) only when it has as many columns and its first row looks like a task row: text
 * in the text column and, where there is a number column, a number — a navigation or footer
 * table of a web page does not.
 */
function continuesTable(table: SourceTable, columns: readonly TableColumn[]): boolean {
  const first = table.rows[0];
  if (!first || first.cells.length !== columns.length) return false;
  const cell = (kind: TableColumn['kind']) => {
    const column = columns.find((c) => c.kind === kind);
    return column ? (first.cells[column.index]?.text.trim() ?? '') : null;
  };
  const text = cell('text') ?? cell('title');
  const no = cell('no');
  return text !== null && text !== '' && (no === null || /^\d+[.、．]?$/.test(no));
}

interface BodyResult {
  tasks: RawTask[];
  furnitureLines: number[];
  issues: RawTaskIssue[];
  region: string | null;
  /** Every distinct region the rows name, in order. */
  regions: string[];
}

function readBody(rows: readonly TableRow[], columns: readonly TableColumn[], marksMerges: boolean, tableRegion: string | null): BodyResult {
  const out: BodyResult = { tasks: [], furnitureLines: [], issues: [], region: null, regions: [] };
  const headerTexts = columns.map((c) => c.header);
  let heading: string[] = [];
  let above: string[] = columns.map(() => '');
  const noAt = columns.findIndex((c) => c.kind === 'no');
  const textAt = columns.findIndex((c) => c.kind === 'text');
  for (const [r, row] of rows.entries()) {
    const texts = columns.map((c) => row.cells[c.index]?.text.trim() ?? '');
    const extra = row.cells.slice(columns.length).map((c) => c.text.trim()).filter((t) => t !== '');
    if (texts.every((t) => t === '') && extra.length === 0) {
      out.furnitureLines.push(...row.lines);
      continue;
    }
    if (texts.every((t, i) => t.replace(/\s+/g, '') === headerTexts[i] || t === '')) {
      out.furnitureLines.push(...row.lines); // header repeated on a new page
      continue;
    }
    const headingText = headingOf(row, columns, texts);
    if (headingText !== null) {
      heading = [formatSectionLabel(headingText)].filter((s) => s !== '');
      above = columns.map(() => '');
      out.furnitureLines.push(...row.lines);
      continue;
    }
    // Fill down: section always (a blank section cell means "same section"); the number only in
    // text tables, which cannot mark a merge. Units and deadlines never.
    const filled = texts.map((t, i) => {
      const kind = columns[i]?.kind;
      if (t !== '') return t;
      if (kind === 'section' || (kind === 'no' && !marksMerges)) return above[i] ?? '';
      return '';
    });
    // A number column merged down over several rows numbers a group (序号 1 over tasks "1." … "11."): a row
    // whose own number cell is blank — or, in Word, Excel and web pages, is part of such a merge — takes the
    // number its text starts with.
    const noColumn = noAt >= 0 ? columns[noAt]?.index : undefined;
    const inMerge = noColumn !== undefined && (row.cells[noColumn]?.merged === 'down' || rows[r + 1]?.cells[noColumn]?.merged === 'down');
    const ownNo = noAt >= 0 && (texts[noAt] === '' || inMerge) && textAt >= 0 ? /^(\d{1,4})[.、．](?!\d)/.exec(texts[textAt] ?? '')?.[1] : undefined;
    if (ownNo !== undefined) filled[noAt] = ownNo;
    above = filled;
    const regionCell = columnText(columns, filled, 'region');
    if (out.region === null && regionCell !== '') out.region = regionCell;
    if (regionCell !== '' && !out.regions.includes(regionCell)) out.regions.push(regionCell);
    const task = buildTask(row, columns, filled, heading, tableRegion ?? out.region);
    if (extra.length > 0) {
      task.text = [task.text, ...extra].filter((t) => t !== '').join('\n');
      task.issues.push({ code: 'malformed-row', message: `${row.cells[columns.length]?.place ?? `第 ${row.line} 行`}：此行比表头多 ${extra.length} 格，多出的内容并入任务正文 (row has more cells than the header)`, line: row.line });
    }
    if (task.text === '' && task.title === null) {
      out.furnitureLines.push(...row.lines);
      out.issues.push({ code: 'malformed-row', message: `第 ${row.line} 行：没有任务内容，此行未生成任务：“${clip(texts.filter((t) => t !== '').join(' | '))}” (row has no task text)`, line: row.line });
      continue;
    }
    out.tasks.push(task);
  }
  return out;
}

/**
 * A row that only labels the rows below it: one text across the row (merged across, or a
 * single filled cell outside the unit and deadline columns) that is not a number.
 */
function headingOf(row: TableRow, columns: readonly TableColumn[], texts: readonly string[]): string | null {
  const filled = texts.map((t, i) => ({ t, column: columns[i] })).filter((x) => x.t !== '');
  const distinct = new Set(filled.map((x) => x.t));
  if (distinct.size !== 1 || columns.length < 3) return null;
  const [only] = filled;
  if (!only?.column) return null;
  // Numbered as a heading ("一、…", "（二）…", "第三部分…") and alone in its row: a section, whichever column a
  // flattened text table put it in.
  if (isSectionHeadingText(only.t)) return only.t;
  const mergedAcross = row.cells.some((c) => c.merged === 'right');
  if (filled.length > 1 && !mergedAcross) return null;
  if (/^\d+[.、．]?$/.test(only.t)) return null;
  // A cell spanning the row is a heading whatever column it starts in.
  if (mergedAcross && filled.length >= columns.length - 1) return only.t;
  if (only.column.kind === 'units' || only.column.kind === 'deadline' || only.column.kind === 'no') return null;
  // A lone task text with no unit or deadline is a task, not a heading, unless it is numbered like one.
  if (only.column.kind === 'text' && !mergedAcross && !/^[一二三四五六七八九十]+、|^第[一二三四五六七八九十]+/.test(only.t)) return null;
  return only.t;
}

function buildTask(row: TableRow, columns: readonly TableColumn[], cells: readonly string[], heading: readonly string[], datasetRegion: string | null): RawTask {
  const of = (kind: TableColumn['kind']) => columns.filter((c) => c.kind === kind).map((c) => ({ c, text: cells[c.index] ?? '' }));
  const section = of('section').map(({ text }) => formatSectionLabel(joinCsvCell(text, 'flat'))).filter((s) => s !== '');
  const path = [...heading, ...section].filter((s, i, all) => all.indexOf(s) === i);
  const titles = of('title').map(({ text }) => joinCsvCell(text, 'flat')).filter((t) => t !== '');
  const bodies = of('text').map(({ text }) => joinCsvCell(text, 'paragraphs')).filter((t) => t !== '');
  const kept: KeptCell[] = columns.flatMap((c): KeptCell[] =>
    c.kind === 'unmapped' || c.kind === 'note' || c.kind === 'region'
      ? [{ kind: c.kind, header: c.header, text: joinKeptCell(c.header, cells[c.index] ?? '', c.kind === 'region' ? 'flat' : 'paragraphs') }]
      : [],
  );
  // A row with a task name but no body keeps the name as its title (the text layouts do the same).
  const body = bodies.join('\n');
  const keptLines = keptCellLines(kept, datasetRegion);
  const text = withKeptLines(body, keptLines);
  const unitColumns = of('units').map(({ c, text }) => ({ role: c.role, header: c.header, text: joinCsvCell(text, 'units') }));
  const unitCells: UnitCell[] = unitColumns.filter((u) => u.text !== '').map((u) => ({ text: u.text, role: u.role }));
  const unitsRaw =
    unitCells.length <= 1 && unitColumns.length <= 1
      ? (unitCells[0]?.text ?? '')
      : unitColumns.filter((u) => u.text !== '').map((u) => `${u.header || (u.role ? UNIT_LABEL[u.role] : "单位")}：${u.text}`).join('；');
  const no = columnText(columns, cells, 'no');
  // The text cell's address where the source has one (Sheet1!C5, 表 1 第 3 行第 2 列); a text table's is its line.
  const textColumn = columns.find((c) => c.kind === 'text') ?? columns.find((c) => c.kind === 'title');
  const place = textColumn ? row.cells[textColumn.index]?.place : undefined;
  return {
    no: no === '' ? null : no,
    path,
    title: titles.length > 0 ? titles.join(' ') : null,
    text,
    ...(keptLines.length > 0 ? { bodyText: body } : {}),
    unitCells,
    unitsRaw,
    deadlineRaw: of('deadline').map(({ text }) => joinCsvCell(text, 'flat')).filter((t) => t !== '').join(' '),
    line: row.line,
    ...(place && !place.startsWith('第') ? { cell: place } : {}),
    lines: row.lines,
    issues: [],
  };
}

/**
 * A kept cell's lines: in a column of people (牵头领导, 分管领导, 联系人), names one per line ("王 嵘" / "方 勇") are a
 * list and keep a "、" between them; other text is joined as paragraphs (a wrap glued, a sentence end kept).
 */
function joinKeptCell(header: string, text: string, mode: 'flat' | 'paragraphs'): string {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const people = /(领导|联系人|责任人|负责人|分管)/.test(header);
  if (people && lines.length > 1 && lines.every((l) => l.length <= 6 && !/[。，,；;：:\d]/.test(l))) return lines.join('、');
  return joinCsvCell(text, mode);
}

function columnText(columns: readonly TableColumn[], cells: readonly string[], kind: TableColumn['kind']): string {
  const column = columns.find((c) => c.kind === kind);
  return column ? joinCsvCell(cells[column.index] ?? '', 'flat') : '';
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
