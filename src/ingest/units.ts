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

const LABEL = /^(牵头单位|牵头部门|责任单位|责任部门|配合单位|配合部门|协办单位|主办单位|完成时限)[:：]?/;
const LABEL_ROLE: Record<string, Role | 'stop'> = {
  牵头单位: 'lead',
  牵头部门: 'lead',
  主办单位: 'lead',
  责任单位: 'responsible',
  责任部门: 'responsible',
  配合单位: 'support',
  配合部门: 'support',
  协办单位: 'support',
  完成时限: 'stop',
};

const MARKER = /(牵头负责|牵头|负责|配合|协助|协同|协办)$/;
const MARKER_ROLE: Record<string, Role> = {
  牵头负责: 'lead',
  牵头: 'lead',
  负责: 'lead',
  配合: 'support',
  协助: 'support',
  协同: 'support',
  协办: 'support',
};

const PLACEHOLDER = /^[/／\\—–\-－无]*$/;
const TRAILING_ETC = /等(?:有关?|相关)?(?:部门|单位)?$/;

/**
 * Reads unit cells into units with roles: names split on 、，,；; outside brackets, marker
 * words (牵头/负责 → lead, 配合/协助/协同 → support) applied to the units they claim, other
 * units taking their column's role; never throws, reports an empty result as units-missing.
 */
export function parseUnits(cells: readonly UnitCell[]): ParsedUnits {
  const units: TaskUnit[] = [];
  for (const cell of cells) {
    for (const part of splitAtLabels(cell)) {
      for (const unit of unitsOfPart(part.text, part.role ?? 'responsible')) {
        if (!units.some((u) => u.name === unit.name && u.role === unit.role)) units.push(unit);
      }
    }
  }
  const issues: NormaliserIssue[] =
    units.length === 0
      ? [{ code: 'units-missing', detail: `未找到责任单位：“${cells.map((c) => c.text).join(' ').trim()}”` }]
      : [];
  return { units, issues };
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
  s = s.replace(/^由/, '').replace(TRAILING_ETC, '');
  return s;
}

/** Splits a list of unit names ("公安分局、税务分局等有关单位") into normalised names, dropping marker words and empty names. */
export function splitUnitNames(text: string): string[] {
  const names: string[] = [];
  for (const seg of segmentsOf(String(text))) {
    if (seg.name !== '' && !names.includes(seg.name)) names.push(seg.name);
  }
  return names;
}

/** A cell cut where a label such as "配合单位：" starts a new role (defensive: readers usually cut there). */
function splitAtLabels(cell: UnitCell): { text: string; role: Role | null }[] {
  let text = squeezeSpace(String(cell.text ?? ''));
  // "(牵头单位:…,责任单位:…)" printed as one parenthesised note (seeds/004…, line 10)
  const wrapped = /^[（(](.*)[）)]$/.exec(text);
  if (wrapped?.[1] !== undefined && LABEL.test(wrapped[1])) text = wrapped[1];
  const parts: { text: string; role: Role | null }[] = [];
  let role = cell.role;
  let start = 0;
  let depth = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i] ?? '';
    if (OPEN.includes(c) && c !== '') depth++;
    else if (CLOSE.includes(c) && c !== '') depth = Math.max(0, depth - 1);
    const atStart = i === 0 || CLAUSE_SEPARATORS.includes(text[i - 1] ?? '') || text[i - 1] === '、';
    const label = depth === 0 && atStart ? LABEL.exec(text.slice(i)) : null;
    if (i === text.length || (label && label[0] !== '')) {
      parts.push({ text: text.slice(start, i), role });
      if (i === text.length || !label) break;
      const next = LABEL_ROLE[label[1] ?? ''];
      if (next === 'stop') return parts;
      role = next ?? role;
      start = i + label[0].length;
      i = start - 1;
    }
  }
  return parts;
}

/** Applies marker words to the segments of one cell part (see parseUnits for the scope rule). */
function unitsOfPart(text: string, columnRole: Role): TaskUnit[] {
  const segments = segmentsOf(text);
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
    if (seg.name === '' || PLACEHOLDER.test(seg.name)) return;
    const unit: TaskUnit = { name: seg.name, role: roles[i] ?? columnRole };
    if (isCollectiveUnit(seg.name)) unit.collective = true;
    units.push(unit);
  });
  return units;
}

/** Cuts text into segments on 、，,；; outside brackets, and before a 各… name that follows a closing bracket. */
function segmentsOf(text: string): Segment[] {
  const s = squeezeSpace(text);
  const raw: { text: string; clauseStart: boolean }[] = [];
  let depth = 0;
  let current = '';
  let clauseStart = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i] ?? '';
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
    let name = t.replace(/[。.]+$/, '');
    let marker: Role | null = null;
    const m = MARKER.exec(name);
    if (m) {
      marker = MARKER_ROLE[m[1] ?? ''] ?? null;
      name = name.slice(0, m.index);
    }
    return { name: normaliseUnitName(name), marker, clauseStart: cs };
  });
}
