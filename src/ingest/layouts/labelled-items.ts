import type { LayoutReader, LayoutResult, RawTask, RawTaskIssue, UnitCell } from '../raw-task.ts';
import { toHalfWidth } from '../text.ts';
import { tryParseLeadTitle } from './lead-title.ts';
import { splitRunOnLine } from './run-on-items.ts';
import { deadlineInText } from './text-deadline.ts';
import { readUnitBracket, type UnitBracket } from './unit-bracket.ts';

/**
 * Numbered task items whose units are given by labels, as district and city offices publish
 * their 重点任务分工: items numbered (一) / (1) / 1. / 1、 / 一是, each followed by lines such as
 * "牵头单位:区发改局" / "责任单位:…" / "完成时限:…", or closing with a bracketed block
 * "(责任领导:…;牵头单位:…;责任单位:…)" or "[牵头单位:…;责任单位:…]", labels in any order,
 * either width of punctuation. Person labels (责任领导, 分管领导, 联系人) are kept in the units
 * as printed and dropped by the unit parser. Outer numbering levels become the section path.
 */
export const labelledItemsReader: LayoutReader = {
  name: 'labelled-items',
  detect: detectLabelledItems,
  read: readLabelledItems,
};

// 'paragraph': an unnumbered paragraph after an item its units block closed, ending with a units block of its own
type Kind = 'section' | 'cn-paren' | 'arabic-paren' | 'arabic-dot' | 'cn-shi' | 'paragraph';

const NUMBERING: ReadonlyArray<[Kind, RegExp]> = [
  ['section', /^([一二三四五六七八九十]+[、．.])\s*/],
  ['cn-paren', /^([(（][一二三四五六七八九十]+[)）])\s*/],
  ['arabic-paren', /^([(（]\d{1,3}[)）])\s*/],
  // "2.6月底前完成…" is item 2 opening with a date, not the decimal 2.6
  ['arabic-dot', /^(\d{1,3}(?:[.．、](?!\d)|[.．、](?=\d{1,2}月)|\s))\s*/],
  ['cn-shi', /^([一二三四五六七八九十]+是)/],
];
// Outer levels first: a kind's position here is its nesting depth.
const DEPTH: Record<Kind, number> = { section: 0, 'cn-paren': 1, 'arabic-dot': 2, 'arabic-paren': 3, 'cn-shi': 4, paragraph: 5 };

// 牵头责任单位 / 协同责任单位 (安徽's 重点工作及责任分解) are the lead and the support labels too
const UNIT_LABEL = '(?:牵头|责任|配合|协办|参与|主办|协同)(?:责任)?(?:单位|部门|科室)?';
const PERSON_LABEL = '(?:责任领导|分管领导|牵头负责领导|牵头领导|联系领导|包联领导|责任人|联系人)';
const DEADLINE_LABEL = '(?:完成时限|完成时间|时间节点|时限要求|完成期限)';
const ROLE_LINE = new RegExp(`^(${UNIT_LABEL}|${PERSON_LABEL}|${DEADLINE_LABEL})\\s*[:：]`);
const DEADLINE_PART = new RegExp(`${DEADLINE_LABEL}\\s*[:：]\\s*([^;；]*)`);
const BLOCK_START = new RegExp(`^\\s*(${UNIT_LABEL}|${PERSON_LABEL}|${DEADLINE_LABEL})\\s*[:：]`);
// Zhejiang's convention: "列第一位为牵头或汇总单位" / "列第一位的责任单位为牵头单位".
const FIRST_IS_LEAD = /列第一位的?(?:责任单位)?(?:为|是)牵头/;
const FIRST_IS_LEAD_NOTE = /[(（][^()（）]*列第一位[^()（）]*[)）]/g;
const OPENERS = '(（[【〔';
const CLOSERS = ')）]】〕';

interface Entry {
  kind: Kind;
  no: string;
  /** Text lines of the entry, the number cut from the first. */
  text: string[];
  /** Labelled role lines that follow it ("牵头单位:…"). */
  roles: string[];
  lines: number[];
  /** Its units block stands on a line of its own after the text ("(责任单位:…)"), so it may close a group of items. */
  ownLineBlock?: boolean;
}

/** Units an item names none of takes from its heading or from the block closing its group, with a warning. */
interface Inherited {
  from: Entry;
  why: string;
}

/** Scores 0..1 how many numbered entries carry labelled units (lines after them or a closing block). */
function detectLabelledItems(lines: readonly string[]): number {
  const entries = parseEntries(lines);
  const withRoles = entries.filter(hasRoles).length;
  // one item with units is enough when nothing else fits (a short list, or the opening of a long one)
  if (withRoles < 2) return withRoles > 0 ? 0.5 : 0;
  // prose-items and numbered-measures read "(一)…(牵头单位:…,完成时限:…)" documents better: keep below them
  return Math.min(0.58, 0.5 + 0.01 * withRoles);
}

function readLabelledItems(lines: readonly string[]): LayoutResult {
  const entries = parseEntries(lines);
  const itemKind = chooseItemKind(entries);
  const inherited = groupBlocks(entries);
  const headingUnits = new Map<number, Entry>();
  const tasks: RawTask[] = [];
  const furnitureLines: number[] = [];
  const path = new Map<number, string>();
  let start = 0;
  let end = 0;
  // "列第一位的责任单位为牵头单位" said once in the notice holds for the whole list
  let firstIsLead = lines.some((l) => FIRST_IS_LEAD.test(l) && !ROLE_LINE.test(l.trim()));
  // is the last numbered entry an item (not a heading)? Unnumbered paragraphs with units after it are tasks too
  let afterItem = false;
  for (const entry of entries) {
    if (entry.kind === 'paragraph') {
      // "(一)…。\n段落一。(X等负责)\n段落二。(Y等负责)" (山东's 部门分工的意见): each paragraph is a task
      if (!afterItem || !hasRoles(entry) || itemKind === null) continue;
      const task = buildTask(entry, [...path.entries()].sort((a, b) => a[0] - b[0]).map(([, p]) => p), firstIsLead);
      tasks.push(task);
      end = Math.max(end, ...task.lines);
      continue;
    }
    const depth = DEPTH[entry.kind];
    afterItem = itemKind !== null && depth === DEPTH[itemKind];
    if (itemKind === null || depth > DEPTH[itemKind]) continue;
    if (depth < DEPTH[itemKind]) {
      for (const d of [...path.keys()]) if (d >= depth) path.delete(d);
      for (const d of [...headingUnits.keys()]) if (d >= depth) headingUnits.delete(d);
      const heading = entry.text.join('');
      const block = trailingBlock(heading);
      path.set(depth, (block ? heading.slice(0, block.start) : heading).trim().replace(/[。.]$/, '').trim());
      // "(一)强化……(牵头单位:市发改局)": the heading's units hold for the items under it that name none
      if (hasRoles(entry)) headingUnits.set(depth, entry);
      furnitureLines.push(...entry.lines);
      continue;
    }
    if (!hasRoles(entry) && !inherited.has(entry)) {
      const heading = [...headingUnits.entries()].sort((a, b) => b[0] - a[0])[0]?.[1];
      if (heading) inherited.set(entry, { from: heading, why: `沿用第 ${heading.lines[0]} 行标题“${clip(heading.text.join(''))}”写明的单位` });
    }
    // items before the first one with units belong to the preamble (总体要求, 工作目标)
    if (!hasRoles(entry) && !inherited.has(entry) && tasks.length === 0) continue;
    // …or, said in a bracket after one item's units, for that item and those below it ("下同")
    if (entry.roles.some((r) => FIRST_IS_LEAD.test(r)) || trailingBlock(entry.text.join(''))?.unlabelled?.firstIsLead) firstIsLead = true;
    const itemPath = [...path.entries()].sort((a, b) => a[0] - b[0]).map(([, p]) => p);
    const from = inherited.get(entry);
    const task = from ? inheritingTask(entry, from, itemPath, firstIsLead) : buildTask(entry, itemPath, firstIsLead);
    tasks.push(task);
    if (start === 0) start = task.line;
    end = Math.max(end, ...task.lines);
  }
  return {
    layout: 'labelled-items',
    tasks,
    taskRegion: start === 0 ? { start: 1, end: 0 } : { start, end },
    furnitureLines: furnitureLines.filter((l) => l >= start && l <= end),
    unitGroups: {},
    issues: [],
  };
}

/**
 * The numbering kind whose entries most often carry labelled units; null when none does. When entries of
 * that kind are headings — items of a deeper kind follow them and some of those carry units of their own —
 * the deeper kind is the item (the headings' units are then inherited by the items that name none).
 */
function chooseItemKind(entries: readonly Entry[]): Kind | null {
  const counts = new Map<Kind, number>();
  for (const e of entries) if (hasRoles(e) && e.kind !== 'paragraph') counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  let best: Kind | null = null;
  for (const [kind, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = kind;
  if (best === null) return null;
  const chosen = best;
  const headsItems = entries.some((e, i) => e.kind === chosen && hasRoles(e) && DEPTH[entries[i + 1]?.kind ?? chosen] > DEPTH[chosen]);
  if (!headsItems) return chosen;
  let deeper: Kind | null = null;
  for (const [kind, n] of counts) {
    if (DEPTH[kind] > DEPTH[chosen] && (deeper === null || n > (counts.get(deeper) ?? 0))) deeper = kind;
  }
  return deeper ?? chosen;
}

/**
 * Items of one kind printed one after another with no units, then a units block on a line of its own
 * after the last of them ("(1)…(2)…(3)…(4)…\n(责任单位:…)", 运城市): the block names the units of the group.
 */
function groupBlocks(entries: readonly Entry[]): Map<Entry, Inherited> {
  const found = new Map<Entry, Inherited>();
  entries.forEach((entry, i) => {
    if (!entry.ownLineBlock || !hasRoles(entry)) return;
    for (let j = i - 1; j >= 0 && entries[j]!.kind === entry.kind && !hasRoles(entries[j]!); j--) {
      const line = entry.lines.at(-1) ?? entry.lines[0]!;
      found.set(entries[j]!, { from: entry, why: `沿用第 ${line} 行同组各项之后写明的单位` });
    }
  });
  return found;
}

/** A task whose units come from its heading or group: its own text, their units block or role lines, and a warning. */
function inheritingTask(entry: Entry, inherited: Inherited, path: string[], firstIsLead: boolean): RawTask {
  const source = inherited.from.text.join('');
  const block = trailingBlock(source);
  const borrowed: Entry = {
    ...entry,
    text: block ? [...entry.text, source.slice(block.start)] : entry.text,
    roles: block ? [] : inherited.from.roles,
  };
  const task = buildTask(borrowed, path, firstIsLead);
  // the item's own lines only: the heading's or group's lines are accounted for where they stand
  return {
    ...task,
    lines: entry.lines,
    issues: [...task.issues, { code: 'units-inherited', message: `${entry.no} 项未写明单位，${inherited.why}`, line: task.line }],
  };
}

function clip(text: string): string {
  return text.length > 20 ? `${text.slice(0, 20)}…` : text;
}

function hasRoles(entry: Entry): boolean {
  return entry.roles.length > 0 || trailingBlock(entry.text.join('')) !== null;
}

/** Walks the lines into numbered entries; role lines attach to the entry before them, other lines continue it. */
function parseEntries(lines: readonly string[]): Entry[] {
  const entries: Entry[] = [];
  let current: Entry | null = null;
  lines.forEach((raw, i) => {
    for (const piece of runOnItems(raw)) readPiece(piece, i + 1);
  });
  return entries;

  function readPiece(raw: string, lineNo: number): void {
    const text = raw.trim();
    if (text === '') return;
    // full-width digits and colons ("１．", "牵头单位：") are matched folded; the text is kept as printed
    const folded = toHalfWidth(text);
    if (ROLE_LINE.test(folded)) {
      if (current) {
        current.roles.push(text);
        current.lines.push(lineNo);
      }
      return;
    }
    for (const [kind, re] of NUMBERING) {
      const m = re.exec(folded);
      if (!m) continue;
      const no = text.slice(0, m[1]!.length).trim().replace(/[、．.]$/, '');
      current = { kind, no: toHalfWidth(no), text: [text.slice(m[0].length)], roles: [], lines: [lineNo] };
      entries.push(current);
      return;
    }
    // a continuation line, unless role lines or a units block closing its last line have already closed the
    // entry (a byline "详见三秦网" after the last item is not part of it); only the last line is looked at, so
    // an entry of 280,000 continuation lines stays linear
    if (current && current.roles.length === 0 && trailingBlock(current.text.at(-1) ?? '') === null) {
      current.text.push(text);
      current.lines.push(lineNo);
      if (trailingBlock(text)?.start === 0) current.ownLineBlock = true;
    } else if (current && current.roles.length === 0) {
      // after an entry its units block closed: an unnumbered paragraph, a task only if its own block closes it
      current = { kind: 'paragraph', no: '', text: [text], roles: [], lines: [lineNo] };
      entries.push(current);
    } else current = null;
  }
}

/**
 * A line whose numbered items run on ("1.…(X牵头)2.…(Y负责)") is cut into its items, all keeping the
 * line's number — only when the numbering is consecutive and at least two pieces close with a units block,
 * so sub-points inside one item ("1.…;2.…") stay together.
 */
function runOnItems(line: string): string[] {
  const pieces = splitRunOnLine(line);
  if (pieces.length < 2) return [line];
  return pieces.filter((p) => trailingBlock(p) !== null).length >= 2 ? pieces : [line];
}

function buildTask(entry: Entry, path: string[], firstIsLead: boolean): RawTask {
  const line = entry.lines[0]!;
  const issues: RawTaskIssue[] = [];
  let body = entry.text.join('');
  let labelled = entry.roles.join('\n');
  const block = trailingBlock(body);
  let bracket: UnitBracket | null = null;
  if (block) {
    body = body.slice(0, block.start).trim();
    bracket = block.unlabelled;
    labelled = labelled === '' ? block.inner : `${block.inner}\n${labelled}`;
  }
  if (labelled === '') issues.push({ code: 'malformed-row', message: `item ${entry.no} has no labelled units`, line });
  if (bracket !== null) {
    const deadlineRaw = bracket.deadlineRaw !== '' ? bracket.deadlineRaw : textDeadline(body, line, issues);
    return {
      no: entry.no === '' ? null : entry.no,
      path,
      title: tryParseLeadTitle(body),
      text: body,
      unitCells: firstIsLead ? firstListedLeadCells(bracket.cells) : bracket.cells,
      unitsRaw: block!.inner.trim(),
      deadlineRaw,
      line,
      lines: entry.lines,
      issues,
    };
  }
  const deadline = DEADLINE_PART.exec(labelled);
  const printedUnits = labelled.replace(new RegExp(`${DEADLINE_LABEL}\\s*[:：][^;；\\n]*[;；]?`, 'g'), '').trim();
  const unitsText = printedUnits.replace(FIRST_IS_LEAD_NOTE, '').trim();
  const unitCells = firstIsLead ? firstListedLeads(unitsText) : unitsText === '' ? [] : [{ text: unitsText, role: null }];
  return {
    no: entry.no === '' ? null : entry.no,
    path,
    title: tryParseLeadTitle(body),
    text: body,
    unitCells,
    unitsRaw: printedUnits.replace(/\n/g, ' '),
    deadlineRaw: deadline?.[1]?.trim() || textDeadline(body, line, issues),
    line,
    lines: entry.lines,
    issues,
  };
}

/** The deadline the item's text states, when no label or bracket gives one; an unsure reading is warned. */
function textDeadline(body: string, line: number, issues: RawTaskIssue[]): string {
  const found = deadlineInText(body);
  if (found.doubt !== null) issues.push({ code: 'deadline-in-text', message: found.doubt, line });
  return found.raw;
}

/**
 * A bracketed block that closes the text and opens with a label: "…。(牵头单位:…;责任单位:…)", or
 * names units with role words and no label: "…。(省发展改革委牵头,省财政厅等按职责分工负责)" (`unlabelled`).
 */
function trailingBlock(text: string): { start: number; inner: string; unlabelled: UnitBracket | null } | null {
  const t = text.replace(/[\s。；;]+$/, '');
  const close = t[t.length - 1] ?? '';
  if (!CLOSERS.includes(close)) return null;
  let depth = 0;
  for (let i = t.length - 1; i >= 0; i--) {
    const c = t[i] ?? '';
    if (CLOSERS.includes(c)) depth++;
    else if (OPENERS.includes(c)) depth--;
    if (depth === 0) {
      const inner = t.slice(i + 1, -1);
      if (BLOCK_START.test(inner)) return { start: i, inner, unlabelled: null };
      const unlabelled = readUnitBracket(inner);
      return unlabelled === null ? null : { start: i, inner, unlabelled };
    }
  }
  return null;
}

/**
 * The cells of an unlabelled bracket under the "first listed leads" convention ("(X、Y、Z负责。列第一位的为牵头部门)"):
 * when no clause says 牵头, the first unit of the first 负责 clause leads and the others stay responsible.
 */
function firstListedLeadCells(cells: readonly UnitCell[]): UnitCell[] {
  if (cells.some((c) => c.role === 'lead')) return [...cells];
  const at = cells.findIndex((c) => c.role === 'responsible');
  if (at === -1) return [...cells];
  const [lead, rest] = splitFirstName(cells[at]!.text);
  const split: UnitCell[] = [{ text: lead, role: 'lead' }, ...(rest === '' ? [] : [{ text: rest, role: 'responsible' as const }])];
  return [...cells.slice(0, at), ...split, ...cells.slice(at + 1)];
}

/** "A、B(C)、D" → ["A", "B(C)、D"]: cut at the first list separator outside brackets. */
function splitFirstName(text: string): [string, string] {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (OPENERS.includes(c)) depth++;
    else if (CLOSERS.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && '、，,；;'.includes(c)) return [text.slice(0, i), text.slice(i + 1)];
  }
  return [text, ''];
}

/**
 * Units under the "first listed leads" convention: in a 责任单位 line whose units carry no
 * marker word of their own, the first unit is the lead and the others are responsible.
 */
function firstListedLeads(unitsText: string): UnitCell[] {
  if (unitsText === '') return [];
  return unitsText.split('\n').flatMap((line): UnitCell[] => {
    const m = /^(责任单位|责任部门)\s*[:：]\s*/.exec(line);
    if (!m || /牵头|负责|配合|协助/.test(line)) return [{ text: line, role: null }];
    const rest = line.slice(m[0].length);
    let depth = 0;
    for (let i = 0; i < rest.length; i++) {
      const c = rest[i] ?? '';
      if (OPENERS.includes(c)) depth++;
      else if (CLOSERS.includes(c)) depth = Math.max(0, depth - 1);
      else if (depth === 0 && '、，,；;'.includes(c)) {
        return [
          { text: rest.slice(0, i), role: 'lead' },
          { text: rest.slice(i + 1), role: 'responsible' },
        ];
      }
    }
    return [{ text: rest, role: 'lead' }];
  });
}
