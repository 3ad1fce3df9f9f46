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

/** The read header: the role of each column by position (null for a column with a blank header or an export-only one). */
export interface CsvHeader {
  columns: (CsvColumnRole | null)[];
  /** Positions of Duban's export-only columns (task id, normalised deadline, indicators, source, 督办 status): read past, never into a task. */
  exportOnly: number[];
}

/**
 * The columns Duban's full task CSV writes after the template's own (src/ui/tasks/tasks-csv.ts takes its headers from
 * here): what the dashboard derived from the template columns (id, normalised deadline, indicators, source) and the
 * 督办 progress columns. On import they are read past — re-ingesting the template columns derives them again.
 */
export const CSV_EXPORT_ONLY_HEADERS = {
  id: { zh: '任务编号', en: 'Task id' },
  deadlineDue: { zh: '完成时限（规范化）', en: 'Deadline (normalised)' },
  indicators: { zh: '量化指标', en: 'Indicators' },
  source: { zh: '来源', en: 'Source' },
  progressState: { zh: '督办状态', en: 'Follow-up status' },
  progressCompletedOn: { zh: '完成日期', en: 'Completed on' },
  progressNote: { zh: '最新进展', en: 'Latest note' },
} as const satisfies Record<string, { zh: string; en: string }>;

const EXPORT_ONLY_NAMES: ReadonlySet<string> = new Set(Object.values(CSV_EXPORT_ONLY_HEADERS).flatMap((h) => [h.zh, h.en.toLowerCase()]));
const EXPORT_ID_NAMES: ReadonlySet<string> = new Set([CSV_EXPORT_ONLY_HEADERS.id.zh, CSV_EXPORT_ONLY_HEADERS.id.en.toLowerCase()]);
const exportName = (cell: string): string => cell.trim().toLowerCase();

/**
 * Positions of the export-only columns of a header that is Duban's own full export — recognised by its task-id
 * column, so another file's "来源" or "量化指标" column is still refused as unknown rather than silently skipped.
 */
export function exportOnlyColumns(cells: readonly string[]): number[] {
  if (!cells.some((cell) => EXPORT_ID_NAMES.has(exportName(cell)))) return [];
  return cells.flatMap((cell, i) => (EXPORT_ONLY_NAMES.has(exportName(cell)) ? [i] : []));
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
 * cannot use: an unknown name, a role named twice, or no task column. Duban's own full export is read
 * too: its export-only columns (see exportOnlyColumns) are listed and read past.
 */
export function parseCsvHeader(cells: readonly string[]): { ok: true; header: CsvHeader } | { ok: false; message: string } {
  const columns: (CsvColumnRole | null)[] = [];
  const seen = new Map<CsvColumnRole, number>();
  const exportOnly = exportOnlyColumns(cells);
  for (const [i, cell] of cells.entries()) {
    if (cell.trim() === '' || exportOnly.includes(i)) {
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
  return { ok: true, header: { columns, exportOnly } };
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
