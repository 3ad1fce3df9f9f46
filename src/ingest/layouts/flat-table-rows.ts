import type { FlatCell } from './flat-table-cells.ts';
import { classifyFlatCell, isDeadlineTail } from './flat-table-classify.ts';
import type { FlatHeader } from './flat-table-header.ts';
import { tryParseFlatHeader } from './flat-table-header.ts';
import { formatSectionLabel } from './section-label.ts';

/** A table row as found: its number cell, the cells after it, and the section it sits in. */
export interface FlatRow {
  numberCell: FlatCell;
  cells: FlatCell[];
  /** The section row label above it (path level 1), numbering removed, or null. */
  section: string | null;
  /** True when the row's last column was printed (false for a row the table or document cut off). */
  complete: boolean;
}

export interface FlatRows {
  rows: FlatRow[];
  /** Lines of repeated headers, section rows and notes inside the table. */
  furnitureLines: number[];
  /** Last line that belongs to the table (its last row or furniture). */
  end: number;
}

const NOTE = /^(?:备注|注)[:：]/;

/**
 * Walks the cells after a flattened header and groups them into rows: a number cell starts a
 * row, a section cell ("一、…") sets path level 1, a repeated header or a note is furniture, and
 * page footer (关联稿件 …) or a cell after the last complete row ends the table; a cell that fits
 * nowhere is left out of every row so the assembler reports it.
 */
export function collectFlatRows(cells: readonly FlatCell[], header: FlatHeader): FlatRows {
  const lastColumn = header.columns[header.columns.length - 1]?.kind;
  let lastNumber = -1;
  cells.forEach((c, i) => {
    if (i >= header.end && !c.tabbed && classifyFlatCell(c.text) === 'number') lastNumber = i;
  });
  const rows: FlatRow[] = [];
  const furnitureLines = [...header.lines];
  let end = header.lines[header.lines.length - 1] ?? 0;
  let section: string | null = null;
  let current: FlatRow | null = null;
  for (let i = header.end; i < cells.length; i++) {
    const cell = cells[i]!;
    const kind = classifyFlatCell(cell.text);
    if (kind === 'footer') break;
    if (kind === 'number') {
      current = { numberCell: cell, cells: [], section, complete: false };
      rows.push(current);
      end = cell.line;
      continue;
    }
    if (kind === 'section' && (current === null || current.cells.length > 0)) {
      section = formatSectionLabel(cell.text);
      current = null;
      furnitureLines.push(cell.line);
      end = cell.line;
      continue;
    }
    const repeated = kind === 'text' ? tryParseFlatHeader(cells, i) : null;
    if (repeated) {
      furnitureLines.push(...repeated.lines);
      end = repeated.lines[repeated.lines.length - 1] ?? end;
      i = repeated.end - 1;
      continue;
    }
    if (current === null) {
      if (i > lastNumber) break;
      continue;
    }
    if (current.complete) {
      const deadlineTail = lastColumn === 'deadline' && isDeadlineTail(cell.text);
      if (deadlineTail) {
        current.cells.push(cell);
        end = cell.line;
      } else if (NOTE.test(cell.text)) {
        furnitureLines.push(cell.line);
        end = cell.line;
      } else if (i > lastNumber) break;
      continue;
    }
    current.cells.push(cell);
    end = cell.line;
    // a deadline-like cell only closes a row that already has its body before it
    const body = current.cells.filter((c) => classifyFlatCell(c.text) !== 'task-name').length;
    if (lastColumn === 'deadline' && kind === 'deadline' && body >= 2) current.complete = true;
  }
  return { rows, furnitureLines, end };
}
