import { fieldKey, matchField, type FieldMatch } from './table/field-dictionary.ts';

/** What a CSV template column holds. */
export type CsvColumnRole =
  | 'region'
  | 'no'
  | 'section'
  | 'title'
  | 'task'
  | 'lead'
  | 'responsible'
  | 'support'
  | 'deadline';

/** The template column a dictionary field stands for; a 备注 (note) column has none in the template. */
function csvRoleOf(match: FieldMatch): CsvColumnRole | null {
  switch (match.kind) {
    case 'text':
      return 'task';
    case 'units':
      return match.role ?? 'responsible';
    case 'note':
      return null;
    default:
      return match.kind;
  }
}

/** The read header: the role of each column by position (null for a column with a blank header). */
export interface CsvHeader {
  columns: (CsvColumnRole | null)[];
}

/** Folds a header cell for lookup: "  Lead Unit ", "牵头单位（必填）", "*完成时限：" → "leadunit", "牵头单位", "完成时限". */
export function csvHeaderKey(cell: string): string {
  return fieldKey(cell);
}

/**
 * The role a header cell names, or null when it names none; the names are the shared field
 * dictionary's (src/ingest/table/field-dictionary.ts), so a CSV and a Word or Excel table
 * read the same header alike. "任务 / task" style bilingual names are accepted.
 */
export function tryParseCsvColumnRole(cell: string): CsvColumnRole | null {
  const match = matchField(cell);
  return match ? csvRoleOf(match) : null;
}

/**
 * Reads a CSV template's header row into column roles, or an error message for a header it
 * cannot use: an unknown name, a role named twice, or no task column.
 */
export function parseCsvHeader(cells: readonly string[]): { ok: true; header: CsvHeader } | { ok: false; message: string } {
  const columns: (CsvColumnRole | null)[] = [];
  const seen = new Map<CsvColumnRole, number>();
  for (const [i, cell] of cells.entries()) {
    if (cell.trim() === '') {
      columns.push(null);
      continue;
    }
    const role = tryParseCsvColumnRole(cell);
    if (!role) return { ok: false, message: `无法识别的列名“${clip(cell)}”（第 ${i + 1} 列）(unknown column header)` };
    const before = seen.get(role);
    if (before !== undefined) {
      return { ok: false, message: `列名“${clip(cell)}”（第 ${i + 1} 列）与第 ${before + 1} 列重复 (duplicate column)` };
    }
    seen.set(role, i);
    columns.push(role);
  }
  if (!seen.has('task')) return { ok: false, message: '缺少任务列（任务 / task）(no task column)' };
  return { ok: true, header: { columns } };
}

function clip(s: string): string {
  const t = s.trim();
  return t.length > 40 ? `${t.slice(0, 40)}…` : t;
}

/**
 * The header the CSV template documents for each column, in Chinese and English: what Duban's own export writes, so
 * an exported file imports again (any name the field dictionary knows is read too).
 */
export const CSV_TEMPLATE_HEADERS: Record<CsvColumnRole, { zh: string; en: string }> = {
  region: { zh: '地区', en: 'region' },
  no: { zh: '序号', en: 'no' },
  section: { zh: '领域', en: 'section' },
  title: { zh: '任务名称', en: 'title' },
  task: { zh: '任务', en: 'task' },
  lead: { zh: '牵头单位', en: 'lead' },
  responsible: { zh: '责任单位', en: 'responsible' },
  support: { zh: '配合单位', en: 'support' },
  deadline: { zh: '完成时限', en: 'deadline' },
};
