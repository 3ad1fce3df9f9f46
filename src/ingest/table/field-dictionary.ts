import type { Role } from '../../model/schema.ts';
import { toHalfWidth } from '../text.ts';

/** What a table column holds, whatever the file the table came from. */
export type FieldKind = 'region' | 'no' | 'section' | 'title' | 'text' | 'units' | 'deadline' | 'note';

export interface FieldMatch {
  kind: FieldKind;
  /** For unit columns: the role the header itself states (牵头 → lead, 配合 → support, 责任 → responsible), else null. */
  role: Role | null;
  /**
   * For text columns: true for a general heading (工作任务, 任务, 重点任务) that becomes the
   * section when a more specific text column (具体要求, 具体任务 …) follows it.
   */
  general: boolean;
}

/**
 * The one dictionary of header names for every table source and the CSV template. Headers are
 * compared after `fieldKey` (half-width, no spaces, no "*" or ":", no trailing bracketed note).
 * Exact names come first (they include the English template names); then the patterns of
 * issue 9: …单位/部门/科室/责任主体 are units, …时限/时间/时间安排/进度安排 the deadline,
 * 序号/编号 the number, 任务/措施/内容/事项/民生实事/具体要求 the text, 领域/类别/方面 the section,
 * 备注/说明 a note (never a unit or a deadline).
 */
const EXACT: ReadonlyArray<readonly [FieldKind, readonly string[]]> = [
  ['region', ['region', '地区', '区域', '所属地区', '行政区', '行政区划', '镇街', '所属镇街', '县区', '县(市、区)']],
  ['no', ['no', '序号', '编号', '任务序号', '任务编号', '任务号', 'number', 'num', '#', '序']],
  ['note', ['note', 'notes', 'remark', 'remarks', '备注', '说明', '备注说明', '情况说明']],
  [
    'section',
    [
      'section', 'category', 'field', '领域', '攻坚领域', '重点领域', '工作领域', '类别', '分类', '任务类别', '板块', '专项',
      '方面', '工作方面', '类型', '项目类别', '一级任务', '一级任务名称', '一级指标', '任务分类',
    ],
  ],
  ['title', ['title', 'name', 'taskname', '任务名称', '名称', '事项名称', '项目名称', '二级任务', '二级任务名称', '实事名称', '二级指标']],
  ['deadline', ['deadline', 'due', 'duedate', '完成时限', '时限', '完成时间', '时间节点', '完成期限', '截止时间', '时间安排', '进度安排', '时间要求', '时限要求', '完成时限要求', '时间进度']],
];

const GENERAL_TEXT = /^(工作任务|任务|重点任务|主要任务|重点工作|工作事项|任务事项|事项|目标任务|task)$/;

/** Header words of people, never units (责任领导, 分管领导, 联系人, 责任人). */
const PERSON = /(领导|联系人|责任人|负责人|分管|经办人|电话)$/;

const BY_KEY = new Map<string, FieldKind>(EXACT.flatMap(([kind, names]) => names.map((n) => [fieldKey(n), kind] as const)));

/** Folds a header cell for lookup: "  Lead Unit ", "牵头单位（必填）", "*完成时限：" → "leadunit", "牵头单位", "完成时限". */
export function fieldKey(cell: string): string {
  return toHalfWidth(cell)
    .replace(/[\s\u00a0\u200b\ufeff_\-.*:：]+/g, '')
    .replace(/(?:（[^（）]*）|\([^()]*\))$/, '')
    .toLowerCase();
}

/** The field a header cell names, or null when it names none. "任务 / task" style bilingual names are accepted. */
export function matchField(cell: string): FieldMatch | null {
  if (!/[/|｜]/.test(cell)) return matchKey(fieldKey(cell));
  const parts = cell.split(/[/|｜]/).map(fieldKey).filter((p) => p !== '');
  if (parts.length < 2) return null;
  const matches = parts.map(matchKey);
  const [first] = matches;
  return first && matches.every((m) => m && m.kind === first.kind) ? first : null;
}

function matchKey(key: string): FieldMatch | null {
  if (key === '') return null;
  const exact = BY_KEY.get(key);
  if (exact) return { kind: exact, role: null, general: false };
  if (PERSON.test(key)) return null;
  const unitRole = unitHeaderRole(key);
  if (unitRole !== undefined) return { kind: 'units', role: unitRole, general: false };
  if (/(备注|说明)$/.test(key)) return { kind: 'note', role: null, general: false };
  if (/(时限|时间|期限|时间安排|进度安排|时间节点|完成时间|时间进度)$/.test(key)) return { kind: 'deadline', role: null, general: false };
  if (/(领域|类别|方面|分类)$/.test(key)) return { kind: 'section', role: null, general: false };
  if (GENERAL_TEXT.test(key)) return { kind: 'text', role: null, general: true };
  if (/(任务|措施|内容|事项|民生实事|实事|要求|举措|工作|目标|描述|text|content|description)$/.test(key)) {
    return { kind: 'text', role: null, general: false };
  }
  return null;
}

const UNIT_ENGLISH: Record<string, Role | null> = {
  lead: 'lead', leadunit: 'lead', leadunits: 'lead', leaddepartment: 'lead',
  responsible: 'responsible', responsibleunit: 'responsible', responsibleunits: 'responsible', units: null, unit: null,
  support: 'support', supportunit: 'support', supportunits: 'support', supporting: 'support', supportingunits: 'support',
};

/** The role a unit column header states; null for a unit column that states none; undefined when not a unit column. */
function unitHeaderRole(key: string): Role | null | undefined {
  if (Object.hasOwn(UNIT_ENGLISH, key)) return UNIT_ENGLISH[key];
  const isUnit = /(单位|部门|科室|处室|责任主体|实施主体|主体)$/.test(key) || /^(牵头|配合|协办|责任|参与|主办|主责|协助)$/.test(key);
  if (!isUnit) return undefined;
  if (/^(牵头|主办|主责)/.test(key)) return 'lead';
  if (/^(配合|协办|协助|参与)/.test(key)) return 'support';
  if (/^(责任|负责|承办|实施)/.test(key)) return 'responsible';
  return null;
}
