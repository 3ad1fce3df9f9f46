import { explainTableRefusal } from '../table/explain-table-refusal.ts';
import { matchField } from '../table/field-dictionary.ts';
import type { TableRow } from '../table/table-model.ts';

/** Lines searched for a header; a table's header is near the top of what was copied. */
const SEARCH_LINES = 300;
/** A header cell is short; longer text is a task or a paragraph. */
const MAX_CELL = 16;

/**
 * For a text no layout could read: the table header it holds, if any, as a sentence saying what was found and what to
 * do — "找到表格，表头为“牵头单位 | 目标任务 | 责任单位”…，但其后的文字无法拆分为任务行…". Cells are looked for as a
 * row split by "|" or tabs, or one per line (bars, blank lines and the spaces inside "目 标 任 务" ignored). Null
 * when the text holds no header (prose, or not a task list at all).
 */
export function describeTextTable(lines: readonly string[]): string | null {
  const header = delimitedHeader(lines) ?? stackedHeader(lines);
  if (!header) return null;
  const row: TableRow = { line: header.line, lines: [header.line], cells: header.cells.map((text) => ({ text, place: `第 ${header.line} 行`, merged: null })) };
  const hasNo = header.cells.some((c) => matchField(c)?.kind === 'no');
  const why = hasNo
    ? '但其后的文字无法按列拆分为任务行 (found a table header, but the text after it could not be split into rows)'
    : '但表格没有序号列，其后的文字无法可靠地拆分为任务行，合并单元格会被读错 (no number column: rows cannot be told apart safely)';
  return `第 ${header.line} 行起${explainTableRefusal([{ rows: [row], marksMerges: false }]).replace(/；请把表头/, `；${why}；请导出为 .docx / .xlsx 后导入，或把表头`)}`;
}

interface FoundHeader {
  line: number;
  cells: string[];
}

function fold(cell: string): string {
  return cell.replace(/｜/g, '|').replace(/^[\s|]+|[\s|]+$/g, '').replace(/\s+/g, '');
}

/** A known field name (or a short unknown one beside known ones). */
function named(cell: string): boolean {
  return cell !== '' && cell.length <= MAX_CELL && matchField(cell) !== null;
}

function isHeader(cells: readonly string[]): boolean {
  const kinds = new Set(cells.map((c) => matchField(c)?.kind));
  const known = cells.filter(named).length;
  return known >= 2 && (kinds.has('text') || kinds.has('title')) && (kinds.has('units') || kinds.has('deadline'));
}

function delimitedHeader(lines: readonly string[]): FoundHeader | null {
  for (const [i, line] of lines.slice(0, SEARCH_LINES).entries()) {
    for (const delimiter of ['|', '\t']) {
      const cells = line.replace(/｜/g, '|').split(delimiter).map(fold).filter((c) => c !== '');
      if (cells.length >= 3 && cells.every((c) => c.length <= MAX_CELL) && isHeader(cells)) return { line: i + 1, cells };
    }
  }
  return null;
}

/** Header cells one per line (bars or blank lines between), as a page table copied as text prints them. */
function stackedHeader(lines: readonly string[]): FoundHeader | null {
  let run: { line: number; cell: string }[] = [];
  const limit = Math.min(lines.length, SEARCH_LINES);
  for (let i = 0; i <= limit; i++) {
    const cell = i < limit ? fold(lines[i] ?? '') : null;
    if (cell === '') continue; // blank and bars-only lines separate cells
    if (cell !== null && named(cell)) {
      run.push({ line: i + 1, cell });
      continue;
    }
    const cells = run.map((r) => r.cell);
    if (cells.length >= 3 && isHeader(cells)) return { line: run[0]?.line ?? 1, cells };
    run = [];
  }
  return null;
}
