import type { Role } from '../../model/schema.ts';

/** What a column of a task table holds. */
export type ColumnKind = 'no' | 'section' | 'title' | 'text' | 'units' | 'deadline' | 'other';

export interface TabColumn {
  kind: ColumnKind;
  /** The header cell as printed, spaces removed. */
  header: string;
  /** For unit columns: the role the column itself states (null = roles come from marker words). */
  role: Role | null;
}

const KIND_BY_HEADER: ReadonlyArray<readonly [RegExp, ColumnKind]> = [
  [/^(序号|编号)$/, 'no'],
  [/^(攻坚领域|工作任务|一级任务(名称)?|领域|重点领域|任务类别)$/, 'section'],
  [/^(二级任务(名称)?|任务名称)$/, 'title'],
  [/^(具体任务|具体工作内容|任务内容|工作内容|具体措施|工作措施|主要任务)$/, 'text'],
  [/^(责任单位|责任部门|牵头单位|牵头部门|配合单位|配合部门|协办单位)$/, 'units'],
  [/^(完成时限|时限|完成时间|时间节点)$/, 'deadline'],
  [/^备注$/, 'other'],
];

/** Returns the kind of column a header cell names ("具体任务" → text), or null for a header it does not know. */
export function tryParseColumnKind(header: string): ColumnKind | null {
  const h = header.replace(/\s/g, '');
  for (const [pattern, kind] of KIND_BY_HEADER) if (pattern.test(h)) return kind;
  return null;
}

/**
 * Reads a row of header cells into columns, or returns null when the cells are not a task
 * table header (fewer than three known headers, more than one unknown one, no text/title
 * column, or no unit/deadline column); an unknown header becomes an ignored 'other' column. A 责任单位 column is `responsible` only beside a 牵头单位 column;
 * alone it says nothing and its roles come from the marker words in its cells.
 */
export function tryParseTabHeader(cells: readonly string[]): TabColumn[] | null {
  if (cells.length < 3) return null;
  const kinds = cells.map(tryParseColumnKind);
  // One short unknown header (责任领导, 主要内容 …) is tolerated as an ignored column.
  const unknown = cells.filter((c, i) => kinds[i] === null);
  if (unknown.length > 1 || cells.length - unknown.length < 3 || unknown.some((c) => c.trim().length > 8)) return null;
  if (!kinds.some((k) => k === 'text' || k === 'title')) return null;
  if (!kinds.some((k) => k === 'units' || k === 'deadline')) return null;
  const headers = cells.map((c) => c.replace(/\s/g, ''));
  const hasLead = headers.some((h, i) => kinds[i] === 'units' && h.startsWith('牵头'));
  return headers.map((header, i) => {
    const kind = kinds[i] ?? 'other';
    return { kind, header, role: kind === 'units' ? unitColumnRole(header, hasLead) : null };
  });
}

function unitColumnRole(header: string, hasLead: boolean): Role | null {
  if (header.startsWith('牵头')) return 'lead';
  if (header.startsWith('配合') || header.startsWith('协办')) return 'support';
  return hasLead ? 'responsible' : null;
}
