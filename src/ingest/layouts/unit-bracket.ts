import type { Role } from '../../model/schema.ts';
import type { UnitCell } from '../raw-task.ts';
import { toHalfWidth } from '../text.ts';

/** What an unlabelled units bracket such as "(省发展改革委牵头,省财政厅等按职责分工负责)" holds. */
export interface UnitBracket {
  /** One cell per clause, its role word removed and the role set. */
  cells: UnitCell[];
  /** A deadline clause as printed ("2024年6月底前完成", "持续推进"), or '' when there is none. */
  deadlineRaw: string;
  /** The bracket says the first unit listed leads ("列第一位的为牵头部门，下同"). */
  firstIsLead: boolean;
}

// 。 too: "(X、Y负责。列第一位的为牵头部门,下同)" (江西) is a units clause and a note
const CLAUSE_SEPARATORS = '，,；;。';
// Notes about the list rather than units: the first-listed-leads convention and its "下同" (same below).
const FIRST_IS_LEAD_NOTE = /^列第一位的?(?:单位|部门|责任单位)?(?:为|是)牵头(?:单位|部门)?$/;
const SAME_BELOW = /^(?:下同|以下同)$/;
const OPEN = '（(【[〔';
const CLOSE = '）)】]〕';

// Role words that end a units clause, longest first so "牵头负责" is not read as "负责".
const ROLE_ENDINGS: ReadonlyArray<[RegExp, Role]> = [
  [/(?:分别|共同)?牵头(?:负责|落实|推进)?$/, 'lead'],
  [/(?:按职责分工|按职责|按照职责|依职责|分工|共同|具体|分别)?(?:负责|落实)$/, 'responsible'],
  [/(?:共同)?(?:配合|参与|协同|协助|协办)(?:落实|推进|实施)?$/, 'support'],
];
// A labelled clause ("牵头单位:X", "配合:Y") or a person ("责任领导:…") is left to the unit parser as printed.
const LABELLED = /^(?:(?:牵头|责任|配合|协办|参与|主办)(?:单位|部门|科室)?|责任领导|分管领导|牵头领导|联系领导|责任人|联系人)\s*[:：]/;
// "2024年6月底前完成", "6月底前", "持续推进", "长期坚持", "完成时限:…" — a deadline clause, never units.
const DEADLINE =
  /^(?:完成(?:时限|时间)\s*[:：].*|(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:底|末|中旬|上旬|下旬)?(?:前|以前|之前)?(?:完成|启动|取得.*|实现.*|基本完成|全面完成)?|(?:\d{4}年)?(?:年底|年内|上半年|下半年)(?:前)?完成|持续推进|长期坚持|持续实施|长期推进|持续开展)$/;
// How a unit's name ends; a clause whose last name does not end so is a remark, not units.
const UNIT_END = /(?:[局办委厅部处科室站所院校队组会心司团行府道镇乡村区县市馆台社园署庭场位门构业关盟联）)]|公司|集团)$/;
const PERSON = /(?:省长|市长|县长|区长|镇长|秘书长|书记|领导|负责同志)(?:等)?$/;
const TRAILING_ETC = /等(?:有关?|相关|其他)?(?:部门|单位|成员单位)?$/;

/**
 * Reads the inside of a bracket that closes a task item and names its units without labels:
 * "X牵头,Y、Z等按职责分工负责" → X lead, Y and Z responsible; "X、Y负责" → responsible; "Y配合" /
 * "参与" / "协同" → support; "分别由X、Y负责" → responsible; labelled clauses (牵头单位:X) are kept
 * for the unit parser; a deadline clause is returned apart. Returns null when any clause is neither
 * units nor a deadline, or no clause names units — an ordinary remark "(含2023年)" stays text.
 */
export function readUnitBracket(inner: string): UnitBracket | null {
  const clauses = splitClauses(toHalfWidth(inner.replace(/\r?\n/g, '')));
  const cells: UnitCell[] = [];
  let deadlineRaw = '';
  let firstIsLead = false;
  // names listed before the clause whose role word claims them too: "X、Y,国家开发银行云南省分行,各州、市人民政府配合"
  let waiting: string[] = [];
  for (const raw of clauses) {
    const clause = raw.trim().replace(/[。.]+$/, '');
    if (clause === '' || SAME_BELOW.test(clause)) continue;
    if (FIRST_IS_LEAD_NOTE.test(clause)) {
      firstIsLead = true;
      continue;
    }
    if (LABELLED.test(clause)) {
      cells.push({ text: clause, role: null });
      continue;
    }
    if (DEADLINE.test(clause) && /\d|持续|长期|年底|年内|完成/.test(clause)) {
      deadlineRaw = deadlineRaw === '' ? clause : `${deadlineRaw}，${clause}`;
      continue;
    }
    // "分管副省长、协管副秘书长负责": people, never units — the clause is skipped
    if (isPeopleClause(clause)) continue;
    const cell = unitClause(clause);
    if (cell === null) {
      if (!looksLikeUnits(clause)) return null;
      waiting.push(clause);
      continue;
    }
    const last = cell.at(-1)!;
    if (waiting.length > 0) cell.splice(cell.length - 1, 1, { text: [...waiting, last.text].join('、'), role: last.role });
    waiting = [];
    cells.push(...cell);
  }
  // names no role word claims: not a units bracket after all
  if (waiting.length > 0) return null;
  if (!cells.some((c) => c.role !== null) && !cells.some((c) => LABELLED.test(c.text))) return null;
  return { cells, deadlineRaw, firstIsLead };
}

/** "X牵头" → [X lead]; "X会同Y负责" → [X lead, Y responsible]; null when the clause is not units. */
function unitClause(clause: string): UnitCell[] | null {
  for (const [ending, role] of ROLE_ENDINGS) {
    const m = ending.exec(clause);
    if (!m || m[0] === '') continue;
    let names = clause.slice(0, m.index).replace(/^(?:分别)?由/, '').trim();
    if (names === '') return null;
    const cells: UnitCell[] = [];
    // "省发展改革委会同省财政厅负责": the unit before 会同 leads
    const together = /^(.+?)会同(.+)$/.exec(names);
    if (together && role !== 'lead') {
      if (!looksLikeUnits(together[1]!)) return null;
      cells.push({ text: together[1]!, role: 'lead' });
      names = together[2]!;
    }
    if (!looksLikeUnits(names)) return null;
    cells.push({ text: names, role });
    return cells;
  }
  return null;
}

/** A clause whose every name is an office holder ("分管副省长、协管副秘书长负责"). */
function isPeopleClause(clause: string): boolean {
  const names = clause.replace(/(?:牵头)?(?:负责|落实)?$/, '').split('、');
  return names.every((n) => PERSON.test(n.trim()));
}

/** Every name of "A、B等有关部门" ends like a unit's name and none is a sentence. */
function looksLikeUnits(names: string): boolean {
  // "各州、市人民政府" is one name (the units parser keeps it whole too)
  const list = names.replace(/各([州市县区])、(?=[州市县区](?:人民)?政府)/g, '各$1').split('、').map((n) => n.trim().replace(TRAILING_ETC, ''));
  return list.every((n) => n.length >= 2 && n.length <= 30 && UNIT_END.test(n) && !/[，,。；;:：]/.test(n));
}

/** Cuts at ，,；; outside nested brackets. */
function splitClauses(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && CLAUSE_SEPARATORS.includes(c)) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}
