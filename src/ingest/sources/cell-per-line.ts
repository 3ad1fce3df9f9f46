import type { LayoutReader, LayoutResult, RawTaskIssue } from '../raw-task.ts';
import { alignCells } from '../table/align-cells.ts';
import { matchField } from '../table/field-dictionary.ts';
import { findTableHeader, type TableColumn } from '../table/table-header.ts';
import type { SourceTable, TableCell, TableRow } from '../table/table-model.ts';
import { readTableTasks } from '../table/read-table-tasks.ts';
import { isSectionHeadingText } from '../table/section-row.ts';

/** The layout name of a table flattened to one cell per line. */
export const CELL_PER_LINE_LAYOUT = 'cell-per-line';

/** Below the seeds' own readers, as for delimited rows. */
const SCORE = 0.52;

/** A cell of the flattened text: its lines' text and the 1-based lines it spans. */
interface FlatCell {
  text: string;
  lines: number[];
  /**
   * True when a line of two or more "|" follows the cell: pages that print a table's rows as
   * "cell | cell |" write the row's merged-away cells as extra bars at its end ("|||"), so such
   * a line ends the row.
   */
  rowEnd?: boolean;
  /** The row end is a bars-only line of a page whose cells each end in " |" (a sub-row may follow it). */
  trailingBars?: boolean;
  /** A cell of a sub-row printed under a numbered row (see withSubRows). */
  subRow?: boolean;
}

/** True when most text lines end in " |": a page table printed one cell per line, each cell closed by its bar. */
function endsInBars(lines: readonly string[]): boolean {
  let text = 0;
  let barred = 0;
  for (const raw of lines) {
    const line = raw.replace(/｜/g, '|').trim();
    if (line === '' || /^[|\s]+$/.test(line)) continue;
    text++;
    if (/\|$/.test(line)) barred++;
  }
  return text >= 6 && barred / text >= 0.6;
}

/** How cells are separated: blank lines, lines of "|", or nothing (one line, one cell). */
type Separation = 'blank' | 'bar' | 'none';

/**
 * Tables flattened to one cell per line (web pages copied as text, LibreOffice's .txt of a
 * Word table): the header's cells one per line, then every row's cells; cells separated by
 * blank lines, by lines of "|" (or ending in " |"), or by nothing. Rows are rebuilt from the
 * number column (1, 2, 3 … each starting a row) and the cells placed under the header's
 * columns by what they look like; a row whose cells do not fill the header is warned about.
 */
export const cellPerLineReader: LayoutReader = {
  name: CELL_PER_LINE_LAYOUT,
  detect(lines) {
    const found = findFlatHeader(lines);
    return found && found.rowStarts >= 1 ? SCORE : 0;
  },
  read(lines) {
    const found = findFlatHeader(lines);
    if (!found) return { layout: CELL_PER_LINE_LAYOUT, tasks: [], taskRegion: { start: 1, end: 0 }, furnitureLines: [], unitGroups: {}, issues: [] };
    return readFlatTable(lines, found);
  },
};

interface FlatHeader {
  separation: Separation;
  cells: FlatCell[];
  /** Index in `cells` of the header's first cell, and its width. */
  at: number;
  width: number;
  columns: TableColumn[];
  rowStarts: number;
}

export function findFlatHeader(lines: readonly string[]): FlatHeader | null {
  for (const separation of ['bar', 'blank', 'none'] as const) {
    const cells = flatCells(lines, separation);
    for (let at = 0; at < Math.min(cells.length, 300); at++) {
      splitTitleOffHeader(cells, at);
      if (!matchField(cells[at]?.text ?? '')) continue;
      joinWrappedHeaderCells(cells, at);
      let width = 0;
      // Header cells the dictionary does not know (分管领导, 推进情况) may sit among known ones.
      while (at + width < cells.length && (isKnownHeaderCell(cells[at + width]?.text ?? '') || isUnknownHeaderCell(cells, at + width))) width++;
      if (width < 3) continue;
      const headerRow = toRow(cells.slice(at, at + width), 0);
      const header = findTableHeader({ rows: [headerRow], marksMerges: false });
      if (!header) continue;
      const noColumn = header.columns.find((c) => c.kind === 'no');
      const rowStarts = noColumn ? countRowStarts(cells, at + width) : Math.floor((cells.length - at - width) / width);
      return { separation, cells, at, width, columns: header.columns, rowStarts };
    }
  }
  return null;
}

/** The second half of a header name a narrow column wraps onto its own line ("责任" / "领导", "攻坚目标" / "任务"). */
const HEADER_TAIL = /^(领导|科室|单位|部门|任务|情况|完成情况|时限|时间|内容|要求|措施|负责人)$/;
/** Exact names that are whole on their own: never the first half of a wrapped one (序号 then 任务 are two columns). */
const WHOLE_NAMES = /^(序号|编号|备注|说明|领域|类别|项目|名称)$/;

/**
 * A narrow header column prints its name over two lines, which a page copied as text gives as two cells ("责任" then
 * "领导", "责任" then "科室"): joined again from `at` on, so 责任领导 (a person) and 责任科室 (units) are not read as a
 * unit column "责任" and an unknown "领导". Stops at the first row number.
 */
function joinWrappedHeaderCells(cells: FlatCell[], at: number): void {
  for (let i = at; i + 1 < cells.length && i < at + 16; i++) {
    const head = cells[i]?.text ?? '';
    const tail = cells[i + 1]?.text ?? '';
    if (rowNumber(head) !== null || rowNumber(tail) !== null) return;
    if (head.length > 4 || WHOLE_NAMES.test(head) || !HEADER_TAIL.test(tail) || head.includes('\n')) continue;
    const first = cells[i]!;
    const second = cells[i + 1]!;
    cells.splice(i, 2, { ...first, text: `${head}${tail}`, lines: [...first.lines, ...second.lines], rowEnd: second.rowEnd ?? first.rowEnd });
  }
}

/**
 * A title line directly above the first header cell, with no separator between them, is read
 * as part of that cell; when the cell's last line names a field, the lines above become a cell of their own.
 */
function splitTitleOffHeader(cells: FlatCell[], at: number): void {
  const cell = cells[at];
  if (!cell || !cell.text.includes('\n')) return;
  const parts = cell.text.split('\n');
  const last = parts.pop() ?? '';
  if (!matchField(last)) return;
  cells.splice(at, 1, { text: parts.join('\n'), lines: cell.lines.slice(0, -1) }, { text: last, lines: cell.lines.slice(-1) });
}

function isKnownHeaderCell(text: string): boolean {
  return text.length <= 16 && matchField(text) !== null;
}

/**
 * A short cell that names nothing but is followed, within three cells, by one that names a field —
 * or is the header's last cell: right after a known header cell and right before row number 1.
 */
function isUnknownHeaderCell(cells: readonly FlatCell[], i: number): boolean {
  const text = cells[i]?.text ?? '';
  if (text.length > 12 || matchField(text) || rowNumber(text) !== null || isSectionHeadingText(text)) return false;
  if ([1, 2, 3].some((d) => isKnownHeaderCell(cells[i + d]?.text ?? ''))) return true;
  // The header's last cells (up to three unknown ones, 工作任务安排 / 第二季度完成情况): after a known header cell
  // and right before row number 1.
  const short = (t: string) => t.length <= 12 && !/[。；;]/.test(t) && rowNumber(t) === null;
  const back = [1, 2, 3].find((d) => isKnownHeaderCell(cells[i - d]?.text ?? ''));
  const ahead = [1, 2, 3].find((d) => rowNumber(cells[i + d]?.text ?? '') === 1);
  if (back === undefined || ahead === undefined) return false;
  const between = [...cells.slice(i - back + 1, i), ...cells.slice(i + 1, i + ahead)].map((c) => c.text);
  return between.every(short);
}

function countRowStarts(cells: readonly FlatCell[], from: number): number {
  let expected: number | null = null;
  let count = 0;
  for (const cell of cells.slice(from)) {
    const n = rowNumber(cell.text);
    if (n === null) continue;
    if (expected === null || n === expected) {
      count++;
      expected = n + 1;
    }
  }
  return count;
}

function isFigure(text: string): boolean {
  return /^[-—\d.,%％\s]+$/.test(text.trim()) && text.trim() !== '';
}

function rowNumber(text: string): number | null {
  const m = /^(\d{1,4})[.、．]?$/.exec(text.trim());
  return m ? Number(m[1]) : null;
}

function readFlatTable(lines: readonly string[], header: FlatHeader): LayoutResult {
  const body = header.cells.slice(header.at + header.width);
  const hasNo = header.columns.some((c) => c.kind === 'no');
  const barRows = header.separation === 'bar' && body.some((c) => c.rowEnd);
  const byRowEnds = barRows ? groupByRowEnds(body, header.width, hasNo) : null;
  const groups = byRowEnds ? (hasNo && body.some((c) => c.trailingBars) ? withSubRows(byRowEnds) : byRowEnds) : hasNo ? groupByNumber(body) : groupByWidth(body, header.width);
  const issues: RawTaskIssue[] = [];
  const rows: TableRow[] = [toRow(header.cells.slice(header.at, header.at + header.width), 0)];
  for (const whole of groups) {
    // A sub-row's cells (see withSubRows) are kept after the row's own, as cells beyond the header.
    const group = whole.filter((c) => !c.subRow);
    const sub = whole.filter((c) => c.subRow);
    // A row with exactly the header's width is placed cell by cell; only a row that lost blank
    // cells (or has a cell split over lines) is placed by what its cells look like.
    const placed = group.length === header.width ? header.columns.map((c) => c.index) : alignCells(group.map((c) => c.text), header.columns);
    const byColumn: FlatCell[][] = header.columns.map(() => []);
    for (const [i, cell] of group.entries()) byColumn[placed[i] ?? 0]?.push(cell);
    const row = toRow([...byColumn.map((cs) => ({ text: cs.map((c) => c.text).join('\n'), lines: cs.flatMap((c) => c.lines) })), ...sub], 0);
    row.lines = whole.flatMap((c) => c.lines);
    row.line = row.lines[0] ?? 1;
    rows.push(row);
    const blank = header.columns.filter((c, i) => byColumn[i]?.length === 0 && c.kind !== 'note').map((c) => c.header);
    if (group.length !== header.width && !isHeadingGroup(group)) {
      // Placed by content: said even when every column got a cell (a cell split over lines can hide a lost one).
      const what = blank.length > 0 ? `“${blank.join('、')}”为空` : '请核对各列';
      issues.push({
        code: 'malformed-row',
        message: `第 ${row.line} 行起的一行有 ${group.length} 格，表头 ${header.width} 列：按内容归列，${what} (flattened row does not fill the header; cells placed by content)`,
        line: row.line,
      });
    }
  }
  const table: SourceTable = { rows, marksMerges: false };
  const read = readTableTasks(CELL_PER_LINE_LAYOUT, [table]);
  if (!read.ok) return { layout: CELL_PER_LINE_LAYOUT, tasks: [], taskRegion: { start: 1, end: 0 }, furnitureLines: [], unitGroups: {}, issues: [] };
  const headerLines = header.cells.slice(header.at, header.at + header.width).flatMap((c) => c.lines);
  const first = headerLines[0] ?? 1;
  const last = Math.max(first, ...body.flatMap((c) => c.lines));
  const separatorLines: number[] = [];
  for (let line = first; line <= last; line++) if (isSeparatorLine(lines[line - 1] ?? '')) separatorLines.push(line);
  // A row's placement warning belongs to the task built from that row, so the task itself says it may be wrong.
  const byLine = new Map(read.layout.tasks.map((t) => [t.line, t] as const));
  const unclaimed = issues.filter((issue) => {
    const task = byLine.get(issue.line);
    if (task) task.issues.push(issue);
    return !task;
  });
  return {
    ...read.layout,
    taskRegion: { start: first, end: last },
    furnitureLines: [...read.layout.furnitureLines, ...headerLines, ...separatorLines],
    issues: [...read.layout.issues.map((i) => ({ ...i, line: i.line === 0 ? first : i.line })), ...unclaimed],
  };
}

/** Rows start at the cell holding the next row number (1, 2, 3 …). */
function groupByNumber(cells: readonly FlatCell[]): FlatCell[][] {
  const groups: FlatCell[][] = [];
  let expected: number | null = null;
  for (const [i, cell] of cells.entries()) {
    const n = rowNumber(cell.text);
    if (n !== null && (expected === null || n === expected)) {
      groups.push([cell]);
      expected = n + 1;
    } else if (isHeadingRow(cells, i, expected)) {
      groups.push([cell]); // a section row of its own ("一、…"), read as the heading of the rows below
    } else if (groups.length > 0) {
      groups[groups.length - 1]?.push(cell);
    }
  }
  return groups;
}

/**
 * Rows of a "|"-separated page table: a row ends at a line of several bars (the row's merged
 * cells), once it holds the header's width of cells, or where the next row number (1, 2, 3 …)
 * starts a row.
 */
function groupByRowEnds(cells: readonly FlatCell[], width: number, hasNo: boolean): FlatCell[][] {
  const groups: FlatCell[][] = [];
  let row: FlatCell[] = [];
  let expected: number | null = null;
  for (const [i, cell] of cells.entries()) {
    const n = hasNo ? rowNumber(cell.text) : null;
    // A row number is followed by the row's text; a figure followed by another figure ("7 | 7 | 100%") is a
    // value that happens to equal the next row number.
    const startsRow = n !== null && (expected === null || n === expected) && !isFigure(cells[i + 1]?.text ?? '');
    if (startsRow) expected = n + 1;
    if (startsRow && row.length > 0) {
      groups.push(row);
      row = [];
    }
    row.push(cell);
    const headingRow = row.length === 1 && hasNo && isHeadingRow(cells, i, expected);
    if (cell.rowEnd || row.length === width || headingRow) {
      groups.push(row);
      row = [];
    }
  }
  if (row.length > 0) groups.push(row);
  return groups;
}

/**
 * A page table whose cells end in " |" prints a task's sub-rows (a second target under merged 序号 / 项目 / 单位
 * cells) as rows of their own, without a number: such a row belongs to the numbered row above, not to a task
 * of its own.
 */
function withSubRows(groups: readonly FlatCell[][]): FlatCell[][] {
  const out: FlatCell[][] = [];
  for (const group of groups) {
    const first = group[0]?.text ?? '';
    const previous = out[out.length - 1];
    if (previous && rowNumber(first) === null && !isHeadingGroup(group)) previous.push(...group.map((c) => ({ ...c, subRow: true })));
    else out.push([...group]);
  }
  return out;
}

function groupByWidth(cells: readonly FlatCell[], width: number): FlatCell[][] {
  const groups: FlatCell[][] = [];
  let row: FlatCell[] = [];
  for (const cell of cells) {
    // A heading where a row would start is a section row of its own.
    if (row.length === 0 && isSectionHeadingText(cell.text)) {
      groups.push([cell]);
      continue;
    }
    row.push(cell);
    if (row.length === width) {
      groups.push(row);
      row = [];
    }
  }
  if (row.length > 0) groups.push(row);
  return groups;
}

/**
 * A cell numbered like a section heading ("一、…", "（二）…") directly followed by the next row's number (or the
 * end): a section row of its own, not the last cell of the row above. Without the row number after it, it may
 * be a paragraph of a task's text and stays in its row.
 */
function isHeadingRow(cells: readonly FlatCell[], i: number, expected: number | null): boolean {
  if (!isSectionHeadingText(cells[i]?.text ?? '')) return false;
  const next = cells[i + 1];
  if (!next) return true;
  const n = rowNumber(next.text);
  return n !== null && (expected === null || n === expected);
}

/** A group that is only a section heading: not a row short of cells. */
function isHeadingGroup(group: readonly FlatCell[]): boolean {
  return group.length === 1 && isSectionHeadingText(group[0]?.text ?? '');
}

function isSeparatorLine(line: string): boolean {
  return /^[\s|｜]*$/.test(line);
}

/** The flattened text cut into cells under a separation. */
function flatCells(lines: readonly string[], separation: Separation): FlatCell[] {
  const cells: FlatCell[] = [];
  const trailing = separation === 'bar' && endsInBars(lines);
  let current: FlatCell | null = null;
  const close = () => {
    if (current && current.text.trim() !== '') cells.push({ text: current.text.trim(), lines: current.lines });
    current = null;
  };
  for (const [i, raw] of lines.entries()) {
    const line = raw.replace(/｜/g, '|');
    const bar = /^\s*\|[\s|]*$/.test(line);
    const blank = line.trim() === '';
    const text = line.trim().replace(/\s*\|$/, '').trim();
    if (separation === 'none') {
      if (!blank && !bar && text !== '') cells.push({ text, lines: [i + 1] });
      continue;
    }
    if ((separation === 'bar' && bar) || (separation === 'blank' && (blank || bar))) {
      close();
      const last = cells[cells.length - 1];
      // Where every cell ends in " |", a line of bars alone (one or more) can only end a row: it stands for the
      // row's blank or merged-away cells. Where cells are separated by "|" lines, only two or more bars do.
      if (separation === 'bar' && last && (trailing || /^\s*\|\s*\|[\s|]*$/.test(line))) {
        last.rowEnd = true;
        if (trailing) last.trailingBars = true;
      }
      continue;
    }
    if (blank) continue;
    // A line ending in " |" ends its cell, as a "|" line would.
    current ??= { text: '', lines: [] };
    current.text = current.text === '' ? text : `${current.text}\n${text}`;
    current.lines.push(i + 1);
    if (separation === 'bar' && /\|\s*$/.test(line)) close();
  }
  close();
  return cells;
}

function toRow(cells: readonly FlatCell[], line: number): TableRow {
  const tableCells: TableCell[] = cells.map((c) => ({ text: c.text, place: `第 ${c.lines[0] ?? line} 行`, merged: null }));
  return { cells: tableCells, line: cells[0]?.lines[0] ?? line, lines: cells.flatMap((c) => c.lines) };
}
