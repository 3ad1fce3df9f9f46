import type { Role } from '../../model/schema.ts';
import type { LayoutReader, LayoutResult, RawTask, RawTaskIssue, UnitCell } from '../raw-task.ts';
import type { FlatCell } from './flat-table-cells.ts';
import { readFlatCells } from './flat-table-cells.ts';
import { classifyFlatCell } from './flat-table-classify.ts';
import type { FlatColumn, FlatHeader } from './flat-table-header.ts';
import { findFlatHeader } from './flat-table-header.ts';
import { formatSectionLabel } from './section-label.ts';
import type { FlatRowParts } from './flat-table-row-parts.ts';
import { splitFlatRow } from './flat-table-row-parts.ts';
import type { FlatRow } from './flat-table-rows.ts';
import { collectFlatRows } from './flat-table-rows.ts';
import { tryParseLeadTitle } from './lead-title.ts';
import { guessUnitColumn } from './flat-table-unit-column.ts';
import { keptCellLines, withKeptLines } from '../table/kept-cells.ts';

const LAYOUT = 'flat-table';

/**
 * Reads a table flattened to one cell per line with blank lines between (a web page's table
 * copied as text, seeds/001…): a header row of known column names, then rows that each start
 * with a number line; cells are told apart by content because blank cells leave no line.
 */
export const flatTableReader: LayoutReader = {
  name: LAYOUT,
  detect: detectFlatTable,
  read: readFlatTable,
};

/** Scores 0..1 how clearly the text holds a flattened table: a blank-separated header row, then numbered rows 1, 2, 3 … each on its own line. */
export function detectFlatTable(lines: readonly string[]): number {
  const cells = readFlatCells(lines);
  const header = findFlatHeader(cells);
  if (!header) return 0;
  let expected = 1;
  for (const cell of cells.slice(header.end)) {
    if (!cell.tabbed && cell.blankAfter && classifyFlatCell(cell.text) === 'number' && parseInt(cell.text, 10) === expected) expected++;
  }
  const rows = expected - 1;
  if (unknownHeaderCells(cells, header) > 0) return 0;
  return rows === 0 ? 0.3 : Math.min(1, 0.6 + 0.1 * rows);
}

/**
 * Header cells this layout's narrow header words do not know, printed right after the header it
 * read (推进情况, 责任领导 …): this reader sorts a row's cells by content and would put such a
 * column's cells under the wrong field, so it leaves the table to the header-driven reader
 * (src/ingest/sources/cell-per-line.ts), which keeps them in the text with a warning.
 */
function unknownHeaderCells(cells: readonly FlatCell[], header: FlatHeader): number {
  let n = 0;
  for (const cell of cells.slice(header.end, header.end + 4)) {
    const kind = classifyFlatCell(cell.text);
    if (cell.tabbed || !cell.blankAfter || kind === 'number' || kind === 'section') break;
    if (cell.text.replace(/\s/g, '').length > 12) break;
    n++;
  }
  return n;
}

/** Reads the tasks of a flattened table; rows it cannot fully read are kept with an issue, and lines it cannot place stay unaccounted. */
export function readFlatTable(lines: readonly string[]): LayoutResult {
  const cells = readFlatCells(lines);
  const header = findFlatHeader(cells);
  if (!header) {
    return { layout: LAYOUT, tasks: [], taskRegion: { start: 1, end: lines.length }, furnitureLines: [], unitGroups: {}, issues: [] };
  }
  const { rows, furnitureLines, end } = collectFlatRows(cells, header);
  const parts = rows.map((row) => splitFlatRow(row.cells, header));
  const unitColumns = header.columns.filter(isUnitColumn);
  const seen = unitColumns.map((_, k) =>
    parts.filter((p) => p.unitCells.length === unitColumns.length).map((p) => p.unitCells[k]!.text),
  );
  const tasks: RawTask[] = [];
  let taskName: string | null = null;
  let section: string | null = null;
  rows.forEach((row, r) => {
    const part = parts[r]!;
    if (row.section !== section) {
      section = row.section;
      taskName = null;
    }
    if (part.nameCell) taskName = formatSectionLabel(part.nameCell.text);
    const isLast = r === rows.length - 1;
    tasks.push(buildTask(row, part, header, unitColumns, seen, [section, taskName], isLast));
  });
  const noteColumn = header.columns.at(-1)?.kind === 'note' ? header.columns.at(-1) : undefined;
  const issues: RawTaskIssue[] = noteColumn
    ? [{
        code: 'ambiguous-column',
        message: `表格末列为“${noteColumn.label}”：网页复制的表格不保留空单元格，行末只有一个日期样式的单元格时按完成时限读取；若该行完成时限为空而备注写有日期，请核对 (a trailing date-like cell is read as the deadline, not the note)`,
        line: header.lines[0]!,
      }]
    : [];
  return {
    layout: LAYOUT,
    tasks,
    taskRegion: { start: header.lines[0]!, end },
    furnitureLines: furnitureLines.sort((a, b) => a - b),
    unitGroups: {},
    issues,
  };
}

function buildTask(
  row: FlatRow,
  part: FlatRowParts,
  header: FlatHeader,
  unitColumns: readonly FlatColumn[],
  seen: readonly (readonly string[])[],
  path: readonly (string | null)[],
  isLast: boolean,
): RawTask {
  const line = row.numberCell.line;
  const issues: RawTaskIssue[] = [];
  const body = joinText(part.textCells, header.columns.some((c) => c.kind === 'goal'));
  const noteLabel = header.columns.find((c) => c.kind === 'note')?.label ?? '备注';
  const keptLines = keptCellLines(part.noteCells.map((c) => ({ kind: 'note' as const, header: noteLabel, text: c.text })), null);
  const text = withKeptLines(body, keptLines);
  const assigned = assignUnitColumns(part.unitCells, unitColumns, seen);
  if (assigned.guessed) {
    const column = assigned.cells[0]?.column.label ?? '';
    issues.push({
      code: 'ambiguous-unit-column',
      message: `序号${row.numberCell.text}只有一个单位单元格，按内容归入“${column}”列`,
      line: part.unitCells[0]?.line ?? line,
    });
  }
  if (isLast && !row.complete && header.columns.at(-1)?.kind === 'deadline') {
    issues.push({ code: 'truncated-row', message: `序号${row.numberCell.text}在表格结尾处不完整`, line });
  } else if (part.textCells.length === 0 || (part.unitCells.length === 0 && part.deadlineCells.length === 0)) {
    issues.push({ code: 'malformed-row', message: `序号${row.numberCell.text}缺少单元格，无法完整读取`, line });
  }
  const unitCells: UnitCell[] = assigned.cells
    .filter((a) => classifyFlatCell(a.cell.text) !== 'empty')
    .map((a) => ({ text: a.cell.text, role: a.role }));
  const unitsRaw =
    unitColumns.length > 1
      ? assigned.cells.map((a) => `${a.column.label}：${a.cell.text}`).join('；')
      : assigned.cells.map((a) => a.cell.text).join('');
  const lines = [row.numberCell, part.nameCell, ...row.cells, ...part.noteCells].filter((c): c is FlatCell => c !== null).map((c) => c.line);
  return {
    no: row.numberCell.text,
    path: path.filter((p): p is string => p !== null && p !== ''),
    title: tryParseLeadTitle(body),
    text,
    ...(keptLines.length > 0 ? { bodyText: body } : {}),
    unitCells,
    unitsRaw,
    deadlineRaw: part.deadlineCells.map((c) => c.text).join(''),
    line,
    lines: [...new Set(lines)].sort((a, b) => a - b),
    issues,
  };
}

/** Joins a cell's fragments: a fragment after sentence-ending punctuation is a new paragraph, otherwise a word broken by the line; a 目标 cell is the first paragraph. */
function joinText(cells: readonly FlatCell[], hasGoalColumn: boolean): string {
  let text = '';
  cells.forEach((cell, i) => {
    if (i === 0) text = cell.text;
    else if ((i === 1 && hasGoalColumn) || /[。；;：:！!？?]$/.test(text)) text += '\n' + cell.text;
    else text += cell.text;
  });
  return text.trim();
}

interface AssignedCell {
  cell: FlatCell;
  column: FlatColumn;
  role: Role | null;
}

function assignUnitColumns(
  cells: readonly FlatCell[],
  columns: readonly FlatColumn[],
  seen: readonly (readonly string[])[],
): { cells: AssignedCell[]; guessed: boolean } {
  const hasLead = columns.some((c) => c.kind === 'lead');
  const make = (cell: FlatCell, k: number): AssignedCell => {
    const column = columns[k]!;
    return { cell, column, role: roleOf(column, hasLead) };
  };
  if (cells.length === columns.length || cells.length === 0) return { cells: cells.map(make), guessed: false };
  if (cells.length === 1) return { cells: [make(cells[0]!, guessUnitColumn(cells[0]!.text, columns, seen))], guessed: true };
  return { cells: cells.map(make), guessed: true };
}

function roleOf(column: FlatColumn, hasLead: boolean): Role | null {
  if (column.kind === 'lead') return 'lead';
  if (column.kind === 'support') return 'support';
  return hasLead ? 'responsible' : null;
}

function isUnitColumn(column: FlatColumn): boolean {
  return column.kind === 'lead' || column.kind === 'responsible' || column.kind === 'support';
}
