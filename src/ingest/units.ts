import type { Role, TaskUnit } from '../model/schema.ts';
import type { NormaliserIssue } from './normaliser-issue.ts';
import type { UnitCell } from './raw-task.ts';
import { squeezeSpace, toHalfWidth } from './text.ts';

export interface ParsedUnits {
  units: TaskUnit[];
  issues: NormaliserIssue[];
}

/** One name as cut from a cell, with the marker word that ended it and the separator before it. */
interface Segment {
  name: string;
  marker: Role | null;
  /** True when a clause separator (，,；;) comes right before this segment. */
  clauseStart: boolean;
}

const OPEN = '（(【[“‘《「';
const CLOSE = '）)】]”’》」';
const LIST_SEPARATORS = '、';
const CLAUSE_SEPARATORS = '，,；;';

// A column label at the start of a clause: the long forms also without a colon, the short
// ones (牵头: 配合: 责任: …) only with one, so "各清单牵头编制部门" stays a name.
const LABEL =
  /^(?:(牵头责任单位|协同责任单位|协同单位|牵头单位|牵头部门|责任单位|责任部门|配合单位|配合部门|协办单位|主办单位|参与单位|完成时限)\s*[:：]?|(牵头|责任|配合|协办|参与|主办|协助)\s*[:：])/;
// With a colon a label counts anywhere in a cell, also glued to the name before it ("X配合单位：Y").
const COLON_LABEL =
  /^(?:(牵头责任单位|协同责任单位|协同单位|牵头单位|牵头部门|责任单位|责任部门|配合单位|配合部门|协办单位|主办单位|参与单位|完成时限)\s*[:：])/;
const LABEL_ROLE: Record<string, Role | 'stop'> = {
  牵头单位: 'lead',
  牵头部门: 'lead',
  牵头责任单位: 'lead',
  协同责任单位: 'support',
  协同单位: 'support',
  主办单位: 'lead',
  牵头: 'lead',
  主办: 'lead',
  责任单位: 'responsible',
  责任部门: 'responsible',
  责任: 'responsible',
  配合单位: 'support',
  配合部门: 'support',
  协办单位: 'support',
  参与单位: 'support',
  配合: 'support',
  协办: 'support',
  参与: 'support',
  协助: 'support',
  完成时限: 'stop',
};
// People, never units: the names after these labels are skipped up to the next label or "；".
const PERSON_IN_BRACKETS = /（(?:责任领导|分管领导|牵头负责领导|牵头领导|联系领导|分管负责人|责任人|联系人|负责人)[:：][^（）]*）/g;
const PERSON_LABEL = /^(?:责任领导|分管领导|牵头负责领导|牵头领导|联系领导|包联领导|挂点领导|分管负责人|责任人|联系人|负责人)\s*[:：]?/;

const MARKER = /(分别牵头|牵头负责|牵头|负责|配合|协助|协同|协办)$/;
const MARKER_ROLE: Record<string, Role> = {
  分别牵头: 'lead',
  牵头负责: 'lead',
  牵头: 'lead',
  负责: 'lead',
  配合: 'support',
  协助: 'support',
  协同: 'support',
  协办: 'support',
};

const PLACEHOLDER = /^[/／\\—–\-－无]*$/;
const LEAD_STAR = /^★+/;
const TRAILING_ETC = /等(?:有关?|相关)?(?:部门|单位)?$/;

/**
 * Reads unit cells into units with roles: names split on 、，,；; outside brackets and on spaces
 * or line breaks between whole names, role labels (牵头单位: / 配合: …) anywhere in a cell, marker
 * words (牵头/负责 → lead, 配合/协助/协同 → support) applied to the units they claim, other
 * units taking their column's role; people (责任领导:…) are skipped. Never throws: reports an
 * empty result as units-missing and a join or split it is unsure of as ambiguous-unit.
 */
export function parseUnits(cells: readonly UnitCell[]): ParsedUnits {
  const units: TaskUnit[] = [];
  const issues: NormaliserIssue[] = [];
  for (const cell of cells) {
    for (const part of splitAtLabels(cell)) {
      for (const unit of unitsOfPart(part.text, part.role ?? 'responsible', issues)) {
        if (!units.some((u) => u.name === unit.name && u.role === unit.role)) units.push(unit);
      }
    }
  }
  if (units.length === 0) {
    issues.push({ code: 'units-missing', detail: `未找到责任单位：“${cells.map((c) => c.text).join(' ').trim()}”` });
  }
  return { units, issues };
}

/**
 * The entry point for table readers: one cell's text and its column's role (牵头单位 → lead,
 * 配合单位 → support, a column that says nothing → null). Same rules as parseUnits.
 */
export function parseUnitCell(text: string, columnRole: Role | null): ParsedUnits {
  return parseUnits([{ text, role: columnRole }]);
}

/** True for names that stand for many units: starting with 各, or containing 有关 / 相关 / 各 / 直属. */
export function isCollectiveUnit(name: string): boolean {
  return /^各|有关|相关|各|直属/.test(name);
}

/**
 * Normalises one unit name: no whitespace, full-width brackets （）, no leading column label
 * (牵头单位：), no trailing 等有关部门 / 等单位; returns '' when nothing is left.
 */
export function normaliseUnitName(name: string): string {
  let s = squeezeSpace(toHalfWidth(String(name))).replace(/\(/g, '（').replace(/\)/g, '）');
  s = s.replace(/^[。.，,、；;:：]+|[。.，,、；;:：]+$/g, '');
  for (let label = LABEL.exec(s); label && label[0] !== ''; label = LABEL.exec(s)) s = s.slice(label[0].length);
  // a person named in brackets after the unit ("县教育局（责任人：孙八）") is not part of its name
  s = s.replace(PERSON_IN_BRACKETS, '');
  s = s.replace(/^由/, '').replace(TRAILING_ETC, '');
  return s;
}

/** Splits a list of unit names ("公安分局、税务分局等有关单位") into normalised names, dropping marker words and empty names. */
export function splitUnitNames(text: string): string[] {
  const names: string[] = [];
  for (const seg of segmentsOf(String(text), [])) {
    if (seg.name !== '' && !names.includes(seg.name)) names.push(seg.name);
  }
  return names;
}

/**
 * A cell cut where a role label starts ("牵头:X;配合:Y", "牵头单位：X 配合单位：Y"); the text after a
 * person label (责任领导:张三) is dropped up to the next label, "；" or line break.
 */
function splitAtLabels(cell: UnitCell): { text: string; role: Role | null }[] {
  let text = toHalfWidth(String(cell.text ?? '')).trim();
  // "(牵头单位:…,责任单位:…)" printed as one parenthesised note (seeds/004…, line 10)
  const wrapped = /^[（(]([\s\S]*)[）)]$/.exec(text);
  const inner = wrapped?.[1]?.trim();
  if (inner !== undefined && (LABEL.test(inner) || PERSON_LABEL.test(inner))) text = inner;
  const parts: { text: string; role: Role | null }[] = [];
  let role = cell.role;
  let start = 0;
  let depth = 0;
  let person = false;
  const close = (end: number): void => {
    if (!person) parts.push({ text: text.slice(start, end), role });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (depth === 0) {
      const prev = text[i - 1] ?? '';
      const atStart = i === 0 || CLAUSE_SEPARATORS.includes(prev) || LIST_SEPARATORS.includes(prev) || /\s/.test(prev);
      const rest = text.slice(i);
      const who = atStart ? PERSON_LABEL.exec(rest) : /^(?:责任领导|分管领导|联系人|责任人)\s*[:：]/.exec(rest);
      const label = who ? null : atStart ? LABEL.exec(rest) : COLON_LABEL.exec(rest);
      if (who || label) {
        close(i);
        const next = label ? LABEL_ROLE[label[1] ?? label[2] ?? ''] : undefined;
        if (next === 'stop') return parts;
        person = who !== null;
        role = next ?? role;
        start = i + (who ?? label)![0].length;
        i = start - 1;
        continue;
      }
      if (person && (c === '；' || c === ';' || c === '\n')) {
        person = false;
        start = i + 1;
        continue;
      }
    }
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) depth = Math.max(0, depth - 1);
  }
  close(text.length);
  return parts;
}

/** Applies marker words to the segments of one cell part (see parseUnits for the scope rule). */
function unitsOfPart(text: string, columnRole: Role, issues: NormaliserIssue[]): TaskUnit[] {
  const segments = segmentsOf(withoutNote(text, issues), issues);
  const roles: Role[] = segments.map(() => columnRole);
  let pending = 0;
  let seenMarker = false;
  segments.forEach((seg, i) => {
    if (seg.marker === null) return;
    let from = pending;
    // A first marker that is a support word claims only its own clause: in
    // "公共服务办、各社区（村），各有关单位配合" (seeds/000…, line 186) only 各有关单位 supports.
    if (!seenMarker && seg.marker === 'support') {
      from = i;
      while (from > pending && !segments[from]!.clauseStart) from--;
    }
    for (let j = from; j <= i; j++) roles[j] = seg.marker;
    pending = i + 1;
    seenMarker = true;
  });
  const units: TaskUnit[] = [];
  segments.forEach((seg, i) => {
    // "★区发改委、统计局": a star before a name marks the lead unit (Jiangsu tables: "★为牵头单位").
    const starred = LEAD_STAR.test(seg.name);
    const name = starred ? seg.name.replace(LEAD_STAR, '') : seg.name;
    if (name === '' || PLACEHOLDER.test(name)) return;
    const unit: TaskUnit = { name, role: starred ? 'lead' : (roles[i] ?? columnRole) };
    if (isCollectiveUnit(name)) unit.collective = true;
    units.push(unit);
  });
  return units;
}

// How unit names end: a split on a space or line break is made only after one of these.
const UNIT_END = /(?:[局办委厅部处科室站所院校队组会心司团行府道镇乡村区县市馆台社园署庭场位门构业关）)]|公司|集团)$/;

/**
 * Cuts text into segments on 、，,；; outside brackets, before a 各… name that follows a closing
 * bracket, and on whitespace between two whole names ("安监站 安监所"); whitespace inside a name
 * ("人行X 市中心支行") is joined, with an ambiguous-unit issue when both sides look like names.
 */
function segmentsOf(text: string, issues: NormaliserIssue[]): Segment[] {
  const s = toHalfWidth(text).replace(/[\u00a0\u3000\u200b\ufeff]/g, ' ').trim();
  const raw: { text: string; clauseStart: boolean }[] = [];
  let depth = 0;
  let current = '';
  let clauseStart = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i] ?? '';
    if (/\s/.test(c)) {
      let j = i;
      while (j < s.length && /\s/.test(s[j] ?? '')) j++;
      const next = s[j] ?? '';
      const word = /^[^\s、，,；;]*/.exec(s.slice(j))?.[0] ?? '';
      const boundary = current === '' || next === '' || LIST_SEPARATORS.includes(next) || CLAUSE_SEPARATORS.includes(next);
      if (depth === 0 && !boundary && !CLOSE.includes(next) && !OPEN.includes(next)) {
        const left = stripMarker(current);
        if (UNIT_END.test(left) && word.length >= 2) {
          raw.push({ text: current, clauseStart });
          current = '';
          clauseStart = false;
        } else if (left.length >= 4 && UNIT_END.test(word) && word.length >= 4) {
          issues.push({ code: 'ambiguous-unit', detail: `“${left}”与“${word}”之间有空格或换行，按一个单位名称读取` });
        }
      }
      i = j - 1;
      continue;
    }
    // "各州、市人民政府" / "各县、区人民政府" is one collective unit: the governments of both levels
    if (depth === 0 && c === '、' && /^各[州市县区]$/.test(current) && /^[州市县区](?:人民)?政府/.test(s.slice(i + 1))) {
      current += c;
      continue;
    }
    if (depth === 0 && (LIST_SEPARATORS.includes(c) || CLAUSE_SEPARATORS.includes(c))) {
      raw.push({ text: current, clauseStart });
      current = '';
      clauseStart = CLAUSE_SEPARATORS.includes(c);
      continue;
    }
    // "各社区（村）各有关单位" is two units (seeds/000…, line 14)
    if (depth === 0 && c === '各' && current !== '' && CLOSE.includes(current[current.length - 1] ?? '')) {
      raw.push({ text: current, clauseStart });
      current = '';
      clauseStart = false;
    }
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) depth = Math.max(0, depth - 1);
    current += c;
  }
  raw.push({ text: current, clauseStart });
  return raw.map(({ text: t, clauseStart: cs }) => {
    // "按职责分工负责" says each acts within its remit: the column's role stands
    let name = t.replace(/[。.]+$/, '').replace(/按职责(?:分工)?负责$|分工负责$/, '');
    let marker: Role | null = null;
    const m = name === t.replace(/[。.]+$/, '') ? MARKER.exec(name) : null;
    if (m) {
      marker = MARKER_ROLE[m[1] ?? ''] ?? null;
      name = name.slice(0, m.index);
    }
    return { name: normaliseUnitName(name), marker, clauseStart: cs };
  });
}

/** The name without a trailing marker word, for deciding where a name ends. */
function stripMarker(text: string): string {
  return text.replace(MARKER, '');
}

/**
 * The unit list without a sentence printed after it: in "A、B按职责分工负责。具体任务均涉及…,下同。"
 * the second sentence is a note, not units — dropped with an ambiguous-unit issue naming it.
 */
function withoutNote(text: string, issues: NormaliserIssue[]): string {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && c === '。') {
      const note = text.slice(i + 1).trim().replace(/。$/, '');
      if (note === '') return text;
      issues.push({ code: 'ambiguous-unit', detail: `单位后的说明“${note}”未作为单位读取` });
      return text.slice(0, i);
    }
  }
  return text;
}
