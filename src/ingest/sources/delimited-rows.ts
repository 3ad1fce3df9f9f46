import type { LayoutReader, LayoutResult } from '../raw-task.ts';
import { readHeaderRow } from '../table/table-header.ts';
import type { SourceTable, TableRow } from '../table/table-model.ts';
import { readTableTasks } from '../table/read-table-tasks.ts';
import { isSectionHeadingText } from '../table/section-row.ts';

/** The layout name of a text table with one row per line, cells split by "|" or tabs. */
export const DELIMITED_ROWS_LAYOUT = 'delimited-rows';

/**
 * Below the seeds' own readers (tab-table scores 0.6+, flat-table 0.6+): a text they read
 * keeps its reader, and this one takes the tables they refuse.
 */
const SCORE = 0.55;

/**
 * Text tables with one row per line: pipe-delimited rows ("1 | 任务 | 单位 | 时限", Markdown
 * tables) and tables copied from a browser (tab-separated, under a title line).
 */
export const delimitedRowsReader: LayoutReader = {
  name: DELIMITED_ROWS_LAYOUT,
  detect(lines) {
    const found = findDelimitedHeader(lines);
    if (!found) return 0;
    const rows = lines.slice(found.at + 1).filter((l) => splitRow(l, found.delimiter).length >= 2).length;
    return rows > 0 ? SCORE : 0;
  },
  read(lines) {
    const found = findDelimitedHeader(lines);
    return found ? readDelimitedRows(lines, found) : emptyLayout();
  },
};

type Delimiter = '|' | '\t';

interface DelimitedHeader {
  /** 0-based line index of the header. */
  at: number;
  delimiter: Delimiter;
}

/** The first line (within the first 200) that splits into a task-table header under "|" or a tab. */
export function findDelimitedHeader(lines: readonly string[]): DelimitedHeader | null {
  const limit = Math.min(lines.length, 200);
  for (let at = 0; at < limit; at++) {
    for (const delimiter of ['|', '\t'] as const) {
      const cells = splitRow(lines[at] ?? '', delimiter);
      if (cells.length < 3) continue;
      const row = toRow(cells, at + 1);
      if (readHeaderRow(row)) return { at, delimiter };
    }
  }
  return null;
}

function readDelimitedRows(lines: readonly string[], header: DelimitedHeader): LayoutResult {
  const rows: TableRow[] = [];
  const lastRow = lastRowIndex(lines, header);
  for (let i = header.at; i <= lastRow; i++) {
    const line = lines[i] ?? '';
    if (isRuleLine(line)) continue;
    const cells = splitRow(line, header.delimiter);
    // A section heading between the rows ("一、…" alone on its line, or "| 一、… |") is a row of one cell: the
    // table step reads it as the section of the rows below.
    const heading = cells.filter((c) => c !== '').length <= 1 && isSectionHeadingText(cells.find((c) => c !== '') ?? line);
    if (heading && i > header.at) {
      rows.push(toRow([line.replace(/[|｜\t]/g, ' ').trim()], i + 1));
      continue;
    }
    if (cells.length < 2) continue; // not a row: left to line accounting, so it is warned, not lost
    rows.push(toRow(cells, i + 1));
  }
  const table: SourceTable = { rows, marksMerges: false };
  const read = readTableTasks(DELIMITED_ROWS_LAYOUT, [table]);
  if (!read.ok) return emptyLayout();
  const ruleLines = lines.map((l, i) => (isRuleLine(l) ? i + 1 : 0)).filter((n) => n > 0);
  return { ...read.layout, furnitureLines: [...read.layout.furnitureLines, ...ruleLines] };
}

/** The 0-based index of the table's last row (a line of two or more cells). */
function lastRowIndex(lines: readonly string[], header: DelimitedHeader): number {
  for (let i = lines.length - 1; i > header.at; i--) if (splitRow(lines[i] ?? '', header.delimiter).length >= 2) return i;
  return header.at;
}

/** Splits a row at the delimiter (full-width ｜ too); outer pipes of "| a | b |" are not cells. */
export function splitRow(line: string, delimiter: Delimiter): string[] {
  if (delimiter === '\t') return line.includes('\t') ? line.split('\t').map((c) => c.trim()) : [];
  const text = line.replace(/｜/g, '|').trim();
  if (!text.includes('|')) return [];
  return text.replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
}

/** A Markdown rule "|---|:--:|" or a line of dashes and pipes. */
function isRuleLine(line: string): boolean {
  return /^[\s|｜:：\-—=+]+$/.test(line) && /[-—=]/.test(line);
}

function toRow(cells: readonly string[], line: number): TableRow {
  return { line, lines: [line], cells: cells.map((text, i) => ({ text, place: `第 ${line} 行第 ${i + 1} 格`, merged: null })) };
}

function emptyLayout(): LayoutResult {
  return { layout: DELIMITED_ROWS_LAYOUT, tasks: [], taskRegion: { start: 1, end: 0 }, furnitureLines: [], unitGroups: {}, issues: [] };
}
