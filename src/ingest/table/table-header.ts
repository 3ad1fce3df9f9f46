import type { Role } from '../../model/schema.ts';
import { matchField, type FieldKind } from './field-dictionary.ts';
import type { SourceTable, TableRow } from './table-model.ts';

/** A column of a read header: what it holds, or 'unmapped' for a header the dictionary does not know. */
export interface TableColumn {
  /** 0-based column index. */
  index: number;
  /** The header as printed (sub-header when the header has two rows), spaces removed. */
  header: string;
  kind: FieldKind | 'unmapped';
  /** For unit columns, the role the header states (a lone 责任单位 states none). */
  role: Role | null;
}

export interface TableHeader {
  /** Index of the header's first row in table.rows. */
  at: number;
  /** 1 or 2 (a merged 责任单位 over 牵头单位 | 配合单位). */
  rowCount: number;
  columns: TableColumn[];
}

/** Rows searched for a header: title and 附件 rows above it are skipped. */
const HEADER_SEARCH_ROWS = 12;
/** A header cell longer than this is task text, not a column name. */
const MAX_HEADER_LENGTH = 16;

/**
 * Finds the header row of a table among its first rows: the first row whose cells the field
 * dictionary maps to a text (or title) column and a unit or deadline column. Returns null
 * when no row qualifies.
 */
export function findTableHeader(table: SourceTable): TableHeader | null {
  const limit = Math.min(table.rows.length, HEADER_SEARCH_ROWS);
  for (let at = 0; at < limit; at++) {
    const row = table.rows[at];
    if (!row) continue;
    const columns = readHeaderRow(row);
    if (!columns) continue;
    const sub = table.rows[at + 1];
    const merged = sub ? withSubHeader(columns, sub) : null;
    return merged ? { at, rowCount: 2, columns: resolveColumns(merged) } : { at, rowCount: 1, columns: resolveColumns(columns) };
  }
  return null;
}

/** A header column before the final resolution, remembering a general text heading (工作任务). */
interface HeaderColumn extends TableColumn {
  general: boolean;
}

/** The columns a row names when it is a task-table header, else null. */
export function readHeaderRow(row: TableRow): HeaderColumn[] | null {
  const columns = row.cells.map((cell, index): HeaderColumn => {
    const header = cell.text.replace(/\s+/g, '');
    const match = header.length <= MAX_HEADER_LENGTH ? matchField(header) : null;
    return { index, header, kind: match?.kind ?? 'unmapped', role: match?.role ?? null, general: match?.general ?? false };
  });
  const kinds = new Set(columns.map((c) => c.kind));
  const named = columns.filter((c) => c.kind !== 'unmapped').length;
  if (named < 2 || !(kinds.has('text') || kinds.has('title')) || !(kinds.has('units') || kinds.has('deadline'))) return null;
  // A data row can hold one short cell that looks like a name; a header is mostly names.
  const unnamed = columns.filter((c) => c.kind === 'unmapped' && c.header !== '').length;
  return unnamed > named ? null : columns;
}

/**
 * A second header row under a merged one ("责任单位" over "牵头单位 | 配合单位"): every filled
 * cell of the row names a field or repeats a cell merged down from the header. Returns the
 * combined columns, or null when the row is not a sub-header.
 */
function withSubHeader(columns: HeaderColumn[], sub: TableRow): HeaderColumn[] | null {
  let named = 0;
  const out = columns.map((c) => ({ ...c }));
  for (const [i, cell] of sub.cells.entries()) {
    const text = cell.text.replace(/\s+/g, '');
    if (text === '' || cell.merged === 'down') continue;
    const match = text.length <= MAX_HEADER_LENGTH ? matchField(text) : null;
    if (!match) return null;
    named++;
    out[i] = { index: i, header: text, kind: match.kind, role: match.role, general: match.general };
  }
  return named > 0 ? out : null;
}

/**
 * Final column kinds: a general text heading (工作任务) before a more specific text column is the
 * section; a 责任单位 column states "responsible" only beside a 牵头单位 column (alone, roles
 * come from marker words in its cells, as in the text layouts).
 */
function resolveColumns(columns: HeaderColumn[]): TableColumn[] {
  const specificText = (after: number) => columns.some((c) => c.index > after && c.kind === 'text' && !c.general);
  const hasLead = columns.some((c) => c.kind === 'units' && c.role === 'lead');
  return columns.map(({ general, ...c }) => {
    if (c.kind === 'text' && general && specificText(c.index)) return { ...c, kind: 'section' };
    if (c.kind === 'units' && c.role === 'responsible' && !hasLead) return { ...c, role: null };
    return c;
  });
}
