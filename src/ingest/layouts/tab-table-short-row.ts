import type { RawTaskIssue } from '../raw-task.ts';
import { joinCell, type TabCell } from './tab-table-cells.ts';
import type { TabColumn } from './tab-table-columns.ts';
import type { TabRow } from './tab-table-row.ts';

/**
 * Places the cells of a row that has fewer cells than the header under the columns they fit
 * best (a deadline-like cell under 完成时限, a unit-like one under a unit column …) and flags
 * it: 'truncated-row' when the document ends there, else 'malformed-row', plus
 * 'ambiguous-unit-column' when only one of two or more unit columns got a cell.
 */
export function placeShortRow(cells: readonly TabCell[], columns: readonly TabColumn[], atEnd: boolean): TabRow {
  const placed = placeInOrder(cells.map((c) => joinCell(c, 'flat')), columns).map((cellIndex) =>
    cellIndex === null ? undefined : cells[cellIndex],
  );
  const line = cells[0]?.pieces[0]?.line ?? 0;
  const issues: RawTaskIssue[] = [
    atEnd
      ? { code: 'truncated-row', line, message: `第${line}行起的表格行只有${cells.length}个单元格（应为${columns.length}个），文件在此结束` }
      : { code: 'malformed-row', line, message: `第${line}行起的表格行只有${cells.length}个单元格（应为${columns.length}个）` },
  ];
  const unitColumns = columns.flatMap((c, i) => (c.kind === 'units' ? [i] : []));
  if (unitColumns.length >= 2 && unitColumns.filter((i) => placed[i] !== undefined).length === 1) {
    issues.push({ code: 'ambiguous-unit-column', line, message: `第${line}行只有一个单位单元格，所属的单位列是推测的` });
  }
  return { cells: placed, issues };
}

/**
 * Chooses, for cells printed in column order, the columns they most plausibly belong to
 * (keeping their order, skipping the missing columns); ties go to the leftmost placement.
 * Returns, for each column, the index of its cell or null.
 */
function placeInOrder(texts: readonly string[], columns: readonly TabColumn[]): (number | null)[] {
  const k = texts.length;
  const n = columns.length;
  // best[i][j]: best score placing cells i.. into columns j..
  const best: number[][] = Array.from({ length: k + 1 }, () => new Array<number>(n + 1).fill(-Infinity));
  for (let j = 0; j <= n; j++) (best[k] as number[])[j] = 0;
  for (let i = k - 1; i >= 0; i--) {
    for (let j = n - 1; j >= 0; j--) {
      const take = fitScore(texts[i] ?? '', columns[j]) + (best[i + 1]?.[j + 1] ?? -Infinity);
      const skip = best[i]?.[j + 1] ?? -Infinity;
      (best[i] as number[])[j] = Math.max(take, skip);
    }
  }
  const placement: (number | null)[] = new Array<number | null>(n).fill(null);
  for (let i = 0, j = 0; i < k && j < n; j++) {
    const take = fitScore(texts[i] ?? '', columns[j]) + (best[i + 1]?.[j + 1] ?? -Infinity);
    if (take >= (best[i]?.[j + 1] ?? -Infinity)) placement[j] = i++;
  }
  return placement;
}

const DEADLINE_LIKE = /^(?:\d{4}|X)年|^\d{1,2}月|长期|持续|底前|年底|季度|半年/;
const UNITS_LIKE = /负责|牵头|配合|单位|部门|局|办|政府|中心|委员会/;

function fitScore(text: string, column: TabColumn | undefined): number {
  if (!column || text === '') return 0;
  const short = text.length <= 20 && !text.includes('。');
  switch (column.kind) {
    case 'deadline':
      return short && DEADLINE_LIKE.test(text) ? 2 : -1;
    case 'units':
      return !text.includes('。') && UNITS_LIKE.test(text) ? 1 : -1;
    case 'no':
      return /^[(（]?\d+[)）]?$/.test(text) ? 2 : -1;
    case 'text':
      return text.includes('。') || text.length > 30 ? 1 : 0;
    case 'title':
      return text.length <= 40 && !text.includes('。') ? 0.5 : -0.5;
    case 'section':
      return /^(?:[一二三四五六七八九十]+、|\d+[．.])/.test(text) ? 1 : 0;
    default:
      return 0;
  }
}
