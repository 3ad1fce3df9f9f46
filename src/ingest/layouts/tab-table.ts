import type { LayoutReader, LayoutResult, RawTask } from '../raw-task.ts';
import { regionColumnIssue, unmappedColumnIssues } from '../table/kept-cells.ts';
import { cellLines, joinCell, splitTabBlocks, type TabBlock, type TabBlocks, type TabCell } from './tab-table-cells.ts';
import { tryParseTabHeader, type TabColumn } from './tab-table-columns.ts';
import { parseUnitGroupNotes } from './tab-table-notes.ts';
import { buildTabRawTask, type FillDown, type TabRow } from './tab-table-row.ts';
import { placeShortRow } from './tab-table-short-row.ts';
import { formatSectionLabel } from './section-label.ts';
import { isSectionHeadingText } from '../table/section-row.ts';

/**
 * The tab-indented table: a Word table saved as text, where each cell starts on a line
 * beginning with a tab, rows are separated by blank lines, and the header row (序号 / 攻坚领域
 * / 具体任务 / 责任单位 / 完成时限 …) is printed again at the top of every page.
 */
export const tabTableReader: LayoutReader = {
  name: 'tab-table',
  detect: detectTabTable,
  read: readTabTable,
};

interface TabTable {
  scan: TabBlocks;
  columns: TabColumn[];
  headerTexts: string[];
  headerIndex: number;
}

function findTabTable(lines: readonly string[]): TabTable | null {
  const scan = splitTabBlocks(lines);
  for (const [headerIndex, block] of scan.blocks.entries()) {
    const headerTexts = blockTexts(block);
    const columns = tryParseTabHeader(headerTexts);
    if (columns) return { scan, columns, headerTexts, headerIndex };
  }
  return null;
}

function blockTexts(block: TabBlock): string[] {
  return block.cells.map((c) => joinCell(c, 'flat').replace(/\s/g, ''));
}

function isHeaderRepeat(block: TabBlock, headerTexts: readonly string[]): boolean {
  const texts = blockTexts(block);
  return texts.length === headerTexts.length && texts.every((t, i) => t === headerTexts[i]);
}

/**
 * Scores how well the text fits the tab-indented table: 0 without a recognised header row of
 * tab-started cells, rising to 1 once three rows with exactly the header's cell count follow.
 */
export function detectTabTable(lines: readonly string[]): number {
  const table = findTabTable(lines);
  if (!table) return 0;
  const n = table.columns.length;
  const fullRows = table.scan.blocks
    .slice(table.headerIndex + 1)
    .filter((b) => b.cells.length === n && !isHeaderRepeat(b, table.headerTexts)).length;
  return 0.6 + 0.4 * Math.min(1, fullRows / 3);
}

/**
 * Reads a tab-indented task table into raw tasks: cells are grouped into rows of the header's
 * width (a row split by a page break is joined again), blank cells are filled down, repeated
 * headers and the closing 备注 notes become furniture, unknown / 备注 / 地区 columns are kept in the
 * task text (an unknown header named in a warning), and a row short of cells is kept and
 * flagged ('truncated-row' at the end of the document, 'malformed-row' elsewhere).
 */
export function readTabTable(lines: readonly string[]): LayoutResult {
  const table = findTabTable(lines);
  if (!table) {
    return { layout: 'tab-table', tasks: [], taskRegion: { start: 1, end: 0 }, furnitureLines: [], unitGroups: {}, issues: [] };
  }
  const { scan, columns, headerTexts, headerIndex } = table;
  const width = columns.length;
  const header = scan.blocks[headerIndex] as TabBlock;
  const furniture = [...blockLines(header), ...scan.pageNumberLines, ...scan.noteLines];

  const rows: TabRow[] = [];
  let pending: TabCell[] = [];
  const flushShort = (atEnd: boolean): void => {
    if (pending.length > 0) rows.push({ ...placeShortRow(pending, columns, atEnd), ...(heading ? { heading } : {}) });
    pending = [];
  };
  const body = scan.blocks.slice(headerIndex + 1);
  let heading: string | null = null;
  for (const [b, block] of body.entries()) {
    if (isHeaderRepeat(block, headerTexts)) {
      flushShort(false);
      furniture.push(...blockLines(block));
      continue;
    }
    // A section row ("一、…" merged across the table, saved as one cell) followed by a whole row: the section of
    // the rows below, not the first cell of a short row. (A section cell reprinted at a page top is followed by
    // the rest of its row, and is joined to it below.)
    if (pending.length === 0 && isSectionRow(block, body[b + 1], width)) {
      heading = formatSectionLabel(joinCell(block.cells[0], 'flat'));
      furniture.push(...blockLines(block));
      continue;
    }
    // A row cut by a page break arrives as two blocks (its section cell reprinted at the page
    // top, then the rest: seeds/002_4437daf12a8205b3.txt lines 284–291); join them while they fit.
    if (pending.length + block.cells.length > width) flushShort(false);
    pending.push(...block.cells);
    while (pending.length >= width) rows.push({ cells: pending.splice(0, width), issues: [], ...(heading ? { heading } : {}) });
  }
  flushShort(scan.noteLines.length === 0);

  const regionAt = columns.findIndex((c) => c.kind === 'region');
  const regions = new Set(regionAt < 0 ? [] : rows.map((r) => joinCell(r.cells[regionAt], 'flat')).filter((t) => t !== ''));
  const region = [...regions][0] ?? null;
  const tasks: RawTask[] = [];
  let fill: FillDown = new Map();
  for (const row of rows) {
    const built = buildTabRawTask(row, columns, fill, region);
    tasks.push(built.task);
    fill = built.fill;
  }
  const headerLine = Math.min(...blockLines(header));
  const named = columns.map((c, index) => ({ index, header: c.header, kind: c.kind }));
  const issues = [...unmappedColumnIssues(named, headerLine), ...regionColumnIssue(columns[regionAt]?.header ?? '', regions, headerLine)];

  const noteTexts = scan.noteLines.map((n) => lines[n - 1] ?? '');
  const used = [...furniture, ...tasks.flatMap((t) => t.lines)];
  return {
    layout: 'tab-table',
    tasks,
    taskRegion: { start: headerLine, end: used.reduce((a, b) => Math.max(a, b), -Infinity) }, // no spread: `used` may hold 100,000 lines
    furnitureLines: [...new Set(furniture)].sort((a, b) => a - b),
    unitGroups: parseUnitGroupNotes(noteTexts),
    issues,
    region,
  };
}

/** A block of one cell numbered as a heading, followed by a block of at least a whole row (or by nothing). */
function isSectionRow(block: TabBlock, next: TabBlock | undefined, width: number): boolean {
  if (block.cells.length !== 1 || width < 3) return false;
  if (next && next.cells.length < width) return false;
  return isSectionHeadingText(joinCell(block.cells[0], 'flat'));
}

function blockLines(block: TabBlock): number[] {
  return block.cells.flatMap(cellLines);
}
