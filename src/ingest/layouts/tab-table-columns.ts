import type { Role } from '../../model/schema.ts';
import { matchField } from '../table/field-dictionary.ts';

/** What a column of a task table holds. */
export type ColumnKind = 'no' | 'section' | 'title' | 'text' | 'units' | 'deadline' | 'note' | 'region' | 'unmapped';

export interface TabColumn {
  kind: ColumnKind;
  /** The header cell as printed, spaces removed. */
  header: string;
  /** For unit columns: the role the column itself states (null = roles come from marker words). */
  role: Role | null;
}

/** Longer cells are task text, not headers, whatever word they end in. */
const MAX_HEADER_LENGTH = 12;

/**
 * Returns the kind of column a header cell names ("具体任务" → text), or null for a header it does not know —
 * by the one field dictionary every table source shares (src/ingest/table/field-dictionary.ts). A general
 * task heading (工作任务, 主要任务) is 'text' here; tryParseTabHeader makes it the section when a more specific
 * text column follows it.
 */
export function tryParseColumnKind(header: string): ColumnKind | null {
  return columnKindOf(header)?.kind ?? null;
}

function columnKindOf(header: string): { kind: ColumnKind; general: boolean } | null {
  if (header.replace(/\s/g, '').length > MAX_HEADER_LENGTH) return null;
  const match = matchField(header);
  if (match === null) return null;
  switch (match.kind) {
    case 'no':
    case 'section':
    case 'title':
    case 'units':
    case 'deadline':
      return { kind: match.kind, general: false };
    case 'text':
      return { kind: 'text', general: match.general };
    case 'note':
    case 'region':
      return { kind: match.kind, general: false };
  }
}

/**
 * Reads a row of header cells into columns, or returns null when the cells are not a task
 * table header (fewer than three known headers, more than one unknown one — two beside four known —, no text/title
 * column, or no unit/deadline column); an unknown header becomes an 'unmapped' column, whose cells the
 * rows keep in their text (src/ingest/table/kept-cells.ts). A 责任单位 column is `responsible` only beside a
 * 牵头单位 column; alone it says nothing and its roles come from the marker words in its cells.
 */
export function tryParseTabHeader(cells: readonly string[]): TabColumn[] | null {
  if (cells.length < 3) return null;
  const known = cells.map(columnKindOf);
  // 工作任务 followed by 具体任务: the general heading is the section, the specific one the text (as in every table source)
  const hasSpecificText = known.some((k) => k?.kind === 'text' && !k.general);
  const kinds = known.map((k, i) => (k === null ? null : k.general && hasSpecificText && known.slice(i + 1).some((n) => n?.kind === 'text' && !n.general) ? 'section' : k.kind));
  // Short unknown headers (推进情况, 分管领导 …) are tolerated — one, or two beside four known ones; their
  // cells are kept in the task text with a warning.
  const unknown = cells.filter((c, i) => kinds[i] === null);
  const knownCount = cells.length - unknown.length;
  if (unknown.length > (knownCount >= 4 ? 2 : 1) || knownCount < 3 || unknown.some((c) => c.trim().length > 8)) return null;
  if (!kinds.some((k) => k === 'text' || k === 'title')) return null;
  if (!kinds.some((k) => k === 'units' || k === 'deadline')) return null;
  const headers = cells.map((c) => c.replace(/\s/g, ''));
  const hasLead = headers.some((h, i) => kinds[i] === 'units' && h.startsWith('牵头'));
  return headers.map((header, i) => {
    const kind = kinds[i] ?? 'unmapped';
    return { kind, header, role: kind === 'units' ? unitColumnRole(header, hasLead) : null };
  });
}

function unitColumnRole(header: string, hasLead: boolean): Role | null {
  if (header.startsWith('牵头')) return 'lead';
  if (header.startsWith('配合') || header.startsWith('协办')) return 'support';
  return hasLead ? 'responsible' : null;
}
