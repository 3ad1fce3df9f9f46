import type { FlatCell } from './flat-table-cells.ts';
import { classifyFlatCell, isDeadlineTail } from './flat-table-classify.ts';
import type { FlatHeader } from './flat-table-header.ts';

/** A row's cells sorted into the header's columns by content. */
export interface FlatRowParts {
  /** The 任务 cell ("(一)推进政务服务事项标准化"), or null when the row leaves it blank. */
  nameCell: FlatCell | null;
  /** 目标 and 落实举措 cells (and any fragments of them), in print order. */
  textCells: FlatCell[];
  /** Unit cells in print order, at most one per unit column. */
  unitCells: FlatCell[];
  /** The deadline cell, or its two fragments when it wraps; empty when there is none. */
  deadlineCells: FlatCell[];
  /** The 备注 cell after the deadline, when the header ends in a note column and the row prints one. */
  noteCells: FlatCell[];
}

/**
 * Sorts the cells after a row number by content, since the flattened table keeps no blank
 * cells: an optional leading 任务 cell, then text, then up to one unit cell per unit column,
 * then the deadline last; the first remaining cell is always text, so nothing is dropped.
 */
export function splitFlatRow(cells: readonly FlatCell[], header: FlatHeader): FlatRowParts {
  const kinds = new Set(header.columns.map((c) => c.kind));
  const unitColumns = header.columns.filter((c) => c.kind === 'lead' || c.kind === 'responsible' || c.kind === 'support');
  const rest = [...cells];
  let nameCell: FlatCell | null = null;
  const noteCells = header.columns.at(-1)?.kind === 'note' ? takeNote(rest) : [];
  if (kinds.has('task-name') && rest.length > 1 && classifyFlatCell(rest[0]!.text) === 'task-name') nameCell = rest.shift()!;
  const deadlineCells: FlatCell[] = [];
  if (kinds.has('deadline') && rest.length > 1) {
    const last = rest[rest.length - 1]!;
    const before = rest[rest.length - 2];
    if (classifyFlatCell(last.text) === 'deadline') deadlineCells.push(rest.pop()!);
    else if (before && rest.length > 2 && isDeadlineTail(last.text) && classifyFlatCell(before.text) === 'deadline') {
      deadlineCells.push(...rest.splice(rest.length - 2, 2));
    }
  }
  const unitCells: FlatCell[] = [];
  while (rest.length > 1 && unitCells.length < unitColumns.length) {
    const kind = classifyFlatCell(rest[rest.length - 1]!.text);
    if (kind !== 'units' && kind !== 'empty') break;
    unitCells.unshift(rest.pop()!);
  }
  // "牵头单位：X" and "配合单位：Y" on two lines of one cell: both are the units, never text
  while (unitCells[0] && rest.length > 1 && isRoleLabelled(unitCells[0].text) && isRoleLabelled(rest[rest.length - 1]!.text)) {
    const before = rest.pop()!;
    unitCells[0] = { ...before, text: `${before.text}；${unitCells[0].text}` };
  }
  return { nameCell, textCells: rest, unitCells, deadlineCells, noteCells };
}

function isRoleLabelled(text: string): boolean {
  return /^(?:牵头|责任|配合|协办|主办)(?:单位|部门)?\s*[:：]/.test(text);
}

/**
 * Takes a trailing 备注 cell off a row of a table whose last column is 备注: the last cell is the
 * note when the cell before it is the deadline (a note such as "2023年6月底前报送方案" looks
 * like a deadline too, so two deadline-like cells are deadline then note). A row that ends in a
 * single deadline-like cell keeps it as the deadline; readFlatTable warns that such a row cannot
 * be told from one with a blank deadline and a dated note.
 */
function takeNote(rest: FlatCell[]): FlatCell[] {
  const last = rest.at(-1);
  const before = rest.at(-2);
  if (!last || !before || rest.length < 3) return [];
  const lastKind = classifyFlatCell(last.text);
  if (lastKind === 'units' || lastKind === 'empty' || classifyFlatCell(before.text) !== 'deadline') return [];
  return [rest.pop()!];
}
