import { toHalfWidth } from './text.ts';

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

/**
 * Accepted header names per column, compared after `csvHeaderKey` (lower case, no spaces,
 * no "*" or ":" and no trailing bracketed note such as "（必填）"). The first name of each
 * list is the documented one.
 */
export const CSV_COLUMN_NAMES: Record<CsvColumnRole, readonly string[]> = {
  region: ['region', '地区', '区域', '所属地区', '行政区', '行政区划'],
  no: ['no', '序号', '编号', '任务序号', '任务编号', 'number', 'num', '#'],
  section: ['section', '领域', '攻坚领域', '重点领域', '工作领域', '类别', '分类', '任务类别', '板块', '专项', 'category', 'field'],
  title: ['title', '任务名称', '名称', '事项', '任务事项', '工作事项', '事项名称', 'name', 'taskname'],
  task: [
    'task', '任务', '工作任务', '具体任务', '任务内容', '工作内容', '主要任务', '重点任务', '目标任务', '任务描述',
    '工作措施', '具体措施', '主要措施', '任务措施', '措施', '具体工作', '工作要求', '内容', 'text', 'content', 'description',
  ],
  lead: ['lead', '牵头单位', '牵头部门', '牵头', '主办单位', '主责单位', '牵头责任单位', 'leadunit', 'leadunits', 'leaddepartment'],
  responsible: [
    'responsible', '责任单位', '责任部门', '负责单位', '承办单位', '实施单位', '责任主体',
    'responsibleunit', 'responsibleunits', 'units', 'unit',
  ],
  support: ['support', '配合单位', '配合部门', '协办单位', '协助单位', '参与单位', 'supportunit', 'supportunits', 'supporting', 'supportingunits'],
  deadline: ['deadline', '完成时限', '完成时间', '时限', '时间节点', '完成期限', '截止时间', '时间安排', '进度安排', '时间要求', 'due', 'duedate'],
};

const ROLE_BY_KEY = new Map<string, CsvColumnRole>(
  (Object.entries(CSV_COLUMN_NAMES) as [CsvColumnRole, readonly string[]][]).flatMap(([role, names]) =>
    names.map((name) => [csvHeaderKey(name), role] as const),
  ),
);

/** The read header: the role of each column by position (null for a column with a blank header). */
export interface CsvHeader {
  columns: (CsvColumnRole | null)[];
}

/** Folds a header cell for lookup: "  Lead Unit ", "牵头单位（必填）", "*完成时限：" → "leadunit", "牵头单位", "完成时限". */
export function csvHeaderKey(cell: string): string {
  return toHalfWidth(cell)
    .replace(/[\s\u00a0\u200b\ufeff_\-.*:]+/g, '')
    .replace(/(?:（[^（）]*）|\([^()]*\))$/, '')
    .toLowerCase();
}

/** The role a header cell names, or null when it names none; "任务 / task" style bilingual names are accepted. */
export function tryParseCsvColumnRole(cell: string): CsvColumnRole | null {
  const whole = ROLE_BY_KEY.get(csvHeaderKey(cell));
  if (whole) return whole;
  const parts = cell.split(/[/|｜]/).map(csvHeaderKey).filter((p) => p !== '');
  const roles = new Set(parts.map((p) => ROLE_BY_KEY.get(p) ?? null));
  const [only] = [...roles];
  return parts.length > 1 && roles.size === 1 && only ? only : null;
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
