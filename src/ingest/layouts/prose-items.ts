import type { LayoutReader, LayoutResult, RawTask, RawTaskIssue } from '../raw-task.ts';
import { readingRunOnLines } from './run-on-lines.ts';
import { deadlineInText } from './text-deadline.ts';
import { closingParenEnd, isUnitLabelStart, splitLabelledUnits } from './unit-labels.ts';

/**
 * Prose plans whose tasks are numbered paragraphs "(一)数据支撑。……" under a heading such as
 * "二、主要任务", each closing with its own "(牵头单位:…,配合单位:…,完成时限:…)".
 * Sections whose items carry no such parenthetical (总体要求, 组织保障) are not task lists.
 */
export const proseItemsReader: LayoutReader = readingRunOnLines(
  { name: 'prose-items', detect: detectProseItems, read: readProseItems },
  // a page that lost its line breaks: "(一)…(牵头单位:…)(二)…(牵头单位:…)" is read item by item
  (piece) => {
    const split = splitTrailingUnits(piece);
    return split.parenthetical !== null && !split.unclosed;
  },
);

const SECTION = /^\s*[一二三四五六七八九十]+[、．.]\s*(.*)$/;
const ITEM = /^\s*([(（][一二三四五六七八九十]+[)）])\s*(.*)$/;
const SUB_ITEM = /^\s*(?:\d{1,3}[.．、](?!\d)|[(（]\d{1,3}[)）]|[一二三四五六七八九十]{1,3}是)/;

interface Item {
  no: string;
  /** Text pieces, one per source line, the number removed from the first. */
  pieces: string[];
  lines: number[];
}

interface Section {
  /** The heading without its numbering; null for items printed before any heading. */
  name: string | null;
  /** The heading's line; 0 for items printed before any heading. */
  line: number;
  items: Item[];
}

/** Scores 0..1 how many "(一)…" items close on their own line with a labelled units parenthetical. */
function detectProseItems(lines: readonly string[]): number {
  let items = 0;
  let withDeadline = 0;
  // "(一)强化……(牵头单位:…)" over "1.…(牵头单位:…)" items: the (一) lines are headings, for labelled-items
  if (lines.some((line) => SUB_ITEM.test(line) && splitTrailingUnits(line).parenthetical !== null)) return 0;
  for (const line of lines) {
    const m = ITEM.exec(line);
    if (!m) continue;
    const units = splitTrailingUnits(m[2] ?? '');
    if (units.parenthetical === null || units.unclosed) continue;
    items++;
    if (splitLabelledUnits(units.parenthetical).deadlineRaw !== null) withDeadline++;
  }
  if (items === 0) return 0;
  if (items === 1) return 0.3;
  return Math.min(1, 0.6 + 0.04 * items + (withDeadline * 2 >= items ? 0.2 : 0));
}

/** Reads the items of every section whose items mostly close with a units parenthetical. */
function readProseItems(lines: readonly string[]): LayoutResult {
  const sections = parseOutline(lines);
  const lastContentLine = lastNonBlankLine(lines);
  const tasks: RawTask[] = [];
  const furnitureLines: number[] = [];
  let start = 0;
  let end = 0;

  for (const section of sections) {
    const splits = section.items.map((item) => splitTrailingUnits(joinPieces(item.pieces)));
    const withUnits = splits.filter((s) => s.parenthetical !== null).length;
    if (withUnits === 0 || withUnits * 2 < section.items.length) continue;

    if (section.line > 0) furnitureLines.push(section.line);
    section.items.forEach((item, i) => {
      tasks.push(buildTask(item, section.name, splits[i]!, lastContentLine));
    });
    if (start === 0) start = section.line > 0 ? section.line : section.items[0]!.lines[0]!;
    end = section.items.flatMap((item) => item.lines).reduce((a, b) => Math.max(a, b), -Infinity); // no spread of an unbounded array
  }

  return {
    layout: 'prose-items',
    tasks,
    taskRegion: start === 0 ? { start: 1, end: 0 } : { start, end },
    furnitureLines,
    unitGroups: {},
    issues: [],
  };
}

function buildTask(item: Item, sectionName: string | null, split: TrailingUnits, lastContentLine: number): RawTask {
  const line = item.lines[0]!;
  const issues: RawTaskIssue[] = [];
  const units = split.parenthetical === null ? null : splitLabelledUnits(split.parenthetical);
  if (units === null) {
    issues.push({ code: 'malformed-row', message: `item ${item.no} has no units parenthetical`, line });
  } else if (split.unclosed) {
    const cutOff = item.lines.includes(lastContentLine);
    issues.push({
      code: cutOff ? 'truncated-row' : 'malformed-row',
      message: cutOff
        ? `item ${item.no} is cut off by the end of the document`
        : `item ${item.no} has an unclosed units parenthetical`,
      line,
    });
  }
  const text = split.body.trim();
  let deadlineRaw = units?.deadlineRaw ?? '';
  if (deadlineRaw === '') {
    // no 完成时限 in the parenthetical: the date the item's text states, if it states one
    const found = deadlineInText(text);
    if (found.doubt !== null) issues.push({ code: 'deadline-in-text', message: found.doubt, line });
    deadlineRaw = found.raw;
  }
  return {
    no: item.no,
    path: sectionName === null ? [] : [sectionName],
    title: leadTitle(text),
    text,
    unitCells: units?.cells ?? [],
    unitsRaw: units?.unitsRaw ?? '',
    deadlineRaw,
    line,
    lines: item.lines,
    issues,
  };
}

/**
 * Walks the lines into "一、" sections holding "(一)" items (items before any heading go into
 * a nameless first section); other non-blank lines continue the open item.
 */
function parseOutline(lines: readonly string[]): Section[] {
  const sections: Section[] = [{ name: null, line: 0, items: [] }];
  let item: Item | null = null;
  lines.forEach((text, i) => {
    const lineNo = i + 1;
    const section = SECTION.exec(text);
    if (section) {
      sections.push({ name: stripEnd(section[1] ?? ''), line: lineNo, items: [] });
      item = null;
      return;
    }
    const current = sections.at(-1)!;
    const start = ITEM.exec(text);
    if (start) {
      item = { no: start[1]!, pieces: [start[2] ?? ''], lines: [lineNo] };
      current.items.push(item);
    } else if (item !== null && text.trim() !== '') {
      item.pieces.push(text);
      item.lines.push(lineNo);
    }
  });
  return sections;
}

interface TrailingUnits {
  body: string;
  parenthetical: string | null;
  /** The parenthetical opens but never closes (the text ends inside it). */
  unclosed: boolean;
}

/** Splits "正文。(牵头单位:…)" into the body and the labelled parenthetical that ends it. */
function splitTrailingUnits(text: string): TrailingUnits {
  for (let open = text.length - 1; open >= 0; open--) {
    const c = text[open];
    if ((c !== '(' && c !== '（') || !isUnitLabelStart(text.slice(open + 1))) continue;
    const end = closingParenEnd(text, open);
    if (end === -1) return { body: text.slice(0, open), parenthetical: text.slice(open), unclosed: true };
    if (/^[\s。；;]*$/.test(text.slice(end))) {
      return { body: text.slice(0, open), parenthetical: text.slice(open, end), unclosed: false };
    }
  }
  return { body: text, parenthetical: null, unclosed: false };
}

/** The lead sentence when it is a short name: "数据支撑。提高……" → "数据支撑". */
function leadTitle(text: string): string | null {
  const stop = text.indexOf('。');
  if (stop <= 0) return null;
  const lead = text.slice(0, stop).trim();
  return lead.length <= 30 && !/[，,；;]/.test(lead) ? lead : null;
}

/** Joins one paragraph's lines: after sentence-final punctuation a real break ("\n"), else none. */
function joinPieces(pieces: readonly string[]): string {
  return pieces
    .map((p) => p.trim())
    .reduce((acc, p) => (acc === '' ? p : /[。！？；;：:]$/.test(acc) ? `${acc}\n${p}` : acc + p), '');
}

function stripEnd(label: string): string {
  return label.trim().replace(/[。.]$/, '');
}

function lastNonBlankLine(lines: readonly string[]): number {
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i]!.trim() !== '') return i + 1;
  return 0;
}
