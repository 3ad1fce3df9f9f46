import type { LayoutReader, LayoutResult, RawTask, RawTaskIssue } from '../raw-task.ts';
import { readingRunOnLines } from './run-on-lines.ts';
import { closingParenEnd, isUnitLabelStart, splitLabelledUnits } from './unit-labels.ts';

/**
 * Division-of-labour plans written as prose: under "一、任务分工", sections "(一)“进一网”。"
 * open with a goal paragraph and then "主要措施:" numbered "(1)X年8月31日前,……", every goal
 * and measure followed by its own "(牵头单位:…,责任单位:…)". The text is read as one stream,
 * because a parenthetical, the next measure and the next section can share one line.
 */
export const numberedMeasuresReader: LayoutReader = readingRunOnLines(
  { name: 'numbered-measures', detect: detectNumberedMeasures, read: readNumberedMeasures },
  // goals and measures run together on one line, each closing with its "(牵头单位:…)"
  (piece) => /[(（]\s*(?:牵头|责任|配合|协办)(?:单位|部门)\s*[:：][^()（）]*[)）][\s。；;]*$/.test(piece),
);

const TOP = /^[一二三四五六七八九十]+[、．.]\s*([^\n]*)/;
const SECTION = /^([(（][一二三四五六七八九十]+[)）])\s*([^\n]*)/;
const MEASURE = /^[(（]\d+[)）]/;
const MEASURES_LABEL = /^主要(措施|举措)\s*[:：]/;
const LINE_TOKEN = /^\s*([(（](\d+|[一二三四五六七八九十]+)[)）]|[一二三四五六七八九十]+[、．.]|主要(措施|举措)\s*[:：])/;

/** Scores 0..1 how many "(1)…" measures and "(牵头单位:…)" parentheticals start their own lines. */
function detectNumberedMeasures(lines: readonly string[]): number {
  let measures = 0;
  let parentheticals = 0;
  lines.forEach((line, i) => {
    if (/^\s*[(（]/.test(line) && isUnitLabelStart((line + (lines[i + 1] ?? '')).trim().slice(1))) parentheticals++;
    if (MEASURE.test(line.trim())) measures++;
    // a parenthetical's close and the next measure share a line (seeds/004…, line 17)
    if (/[)）][(（]\d+[)）]/.test(line)) measures++;
  });
  if (measures < 3 || parentheticals < 3) return measures > 0 && parentheticals > 0 ? 0.2 : 0;
  const label = lines.some((l) => MEASURES_LABEL.test(l.trim()) || /[)）]主要(措施|举措)[:：]/.test(l));
  return Math.min(1, 0.6 + 0.02 * Math.min(measures, parentheticals) + (label ? 0.1 : 0));
}

interface Open {
  no: string | null;
  kind: 'goal' | 'measure';
  textStart: number;
}

/** Reads goals and measures that carry a units parenthetical, section by section. */
function readNumberedMeasures(lines: readonly string[]): LayoutResult {
  const doc = createStream(lines);
  const tasks: RawTask[] = [];
  const issues: RawTaskIssue[] = [];
  const furniture = new Set<number>();
  const start = regionStart(lines);
  let top: string | null = null;
  let section: string | null = null;
  let open: Open | null = null;
  let boundary = true;

  const path = (): string[] => [top, section].filter((p): p is string => p !== null);

  // a numbered measure or goal that ends without a parenthetical of its own
  const close = (end: number): void => {
    if (open === null) return;
    const current = open;
    open = null;
    if (current.kind === 'goal') return; // an intro with no units is not a task: left unplaced
    const line = doc.lineAt(current.textStart);
    const cutOff = doc.text.slice(end).trim() === '';
    tasks.push(
      buildTask(doc, current, path(), end, null, {
        code: cutOff ? 'truncated-row' : 'malformed-row',
        message: cutOff
          ? `measure ${current.no ?? ''} is cut off by the end of the document`
          : `measure ${current.no ?? ''} has no units parenthetical`,
        line,
      }),
    );
  };

  let pos = doc.lineStarts[start - 1] ?? doc.text.length;
  while (pos < doc.text.length) {
    const c = doc.text[pos]!;
    if (c === '\n') {
      boundary = true;
      pos++;
      continue;
    }
    if (boundary && /\s/.test(c)) {
      pos++;
      continue;
    }
    const lineEnd = doc.text.indexOf('\n', pos);
    const rest = doc.text.slice(pos, lineEnd === -1 ? undefined : lineEnd);
    const atLineStart = doc.text.slice(doc.lineStarts[doc.lineAt(pos) - 1], pos).trim() === '';

    if (boundary && atLineStart && TOP.test(rest)) {
      close(pos);
      top = stripEnd(TOP.exec(rest)![1] ?? '');
      section = null;
      furniture.add(doc.lineAt(pos));
      pos += rest.length;
      continue;
    }
    const heading = boundary ? SECTION.exec(rest) : null;
    if (heading) {
      close(pos);
      const { name, after } = splitHeading(heading[2] ?? '');
      section = name;
      furniture.add(doc.lineAt(pos));
      pos += rest.length - after.length;
      boundary = after.trim() === '';
      continue;
    }
    const measure = boundary ? MEASURE.exec(rest) : null;
    if (measure) {
      close(pos);
      open = { no: measure[0], kind: 'measure', textStart: pos + measure[0].length };
      pos += measure[0].length;
      boundary = false;
      continue;
    }
    const label = boundary ? MEASURES_LABEL.exec(rest) : null;
    if (label) {
      close(pos);
      furniture.add(doc.lineAt(pos));
      pos += label[0].length;
      continue;
    }
    if ((c === '(' || c === '（') && isUnitLabelStart(doc.text.slice(pos + 1, pos + 12))) {
      const end = parentheticalEnd(doc, pos);
      const parenthetical = doc.text.slice(pos, end.at);
      if (open === null) {
        const line = doc.lineAt(pos);
        issues.push({ code: 'malformed-row', message: 'units parenthetical with no task text before it', line });
      } else {
        const issue: RawTaskIssue | null = end.closed
          ? null
          : {
              code: doc.text.slice(end.at).trim() === '' ? 'truncated-row' : 'malformed-row',
              message: 'units parenthetical does not close',
              line: doc.lineAt(open.textStart),
            };
        tasks.push(buildTask(doc, open, path(), pos, { parenthetical, end: end.at }, issue));
        open = null;
      }
      pos = end.at;
      boundary = true;
      continue;
    }
    if (open === null) open = { no: null, kind: 'goal', textStart: pos };
    boundary = false;
    pos++;
  }
  close(doc.text.length);

  const taskLines = new Set(tasks.flatMap((t) => t.lines));
  let end = start; // no spread: a long document's task lines overflow the call stack
  for (const line of taskLines) end = Math.max(end, line);
  return {
    layout: 'numbered-measures',
    tasks,
    taskRegion: tasks.length > 0 ? { start, end } : { start: 1, end: 0 },
    furnitureLines: [...furniture].filter((l) => l <= end && !taskLines.has(l)).sort((a, b) => a - b),
    unitGroups: {},
    issues,
  };
}

/** The task from `open` up to `textEnd`, with the units parenthetical that closes it, if any. */
function buildTask(
  doc: Stream,
  open: Open,
  path: string[],
  textEnd: number,
  units: { parenthetical: string; end: number } | null,
  issue: RawTaskIssue | null,
): RawTask {
  const { textStart } = open;
  const text = joinLines(doc.text.slice(textStart, textEnd));
  const labelled = units === null ? null : splitLabelledUnits(units.parenthetical);
  const first = doc.lineAt(textStart);
  const last = doc.lineAt(Math.max(textStart, (units?.end ?? textEnd) - 1));
  const lines: number[] = [];
  for (let l = first; l <= last; l++) if (doc.lines[l - 1]!.trim() !== '') lines.push(l);
  return {
    no: open.no,
    path,
    title: null,
    text,
    unitCells: labelled?.cells ?? [],
    unitsRaw: labelled?.unitsRaw ?? '',
    deadlineRaw: labelled?.deadlineRaw ?? leadingDeadline(text),
    line: first,
    lines,
    issues: issue === null ? [] : [issue],
  };
}

const DATE = /^(?:X|[0-9]{4}|[〇零一二三四五六七八九]{4})年(?:[0-9]{1,2}月(?:[0-9]{1,2}日|底|末|上旬|中旬|下旬)?|底|年底)?(?:之前|前)?/;
const ONGOING = /^(持续推进|长期推进|长期开展|持续开展|长期坚持)/;
const DATE_BEFORE = /(?:X|[0-9]{4})年(?:[0-9]{1,2}月(?:[0-9]{1,2}日|底|末)?|底)前/;

/**
 * The date phrase a goal or measure opens with ("X年8月31日前", "持续推进"); when it opens with
 * none, the first "…前" date in it — the goal of "(三)“进一窗”" puts "X年6月底前" after a
 * first clause (seeds/004…, line 85).
 */
function leadingDeadline(text: string): string {
  const date = DATE.exec(text)?.[0] ?? '';
  if (/[月底前]/.test(date)) return date;
  const ongoing = ONGOING.exec(text)?.[0];
  if (ongoing !== undefined) return ongoing;
  return DATE_BEFORE.exec(text)?.[0] ?? '';
}

/** "“进一网”。" → name "“进一网”"; a heading that runs on into text keeps that text in `after`. */
function splitHeading(rest: string): { name: string; after: string } {
  const stop = rest.indexOf('。');
  if (stop === -1) return { name: stripEnd(rest), after: '' };
  return { name: rest.slice(0, stop).trim(), after: rest.slice(stop + 1) };
}

/** The end of a units parenthetical; it may not run past the next line that starts a task. */
function parentheticalEnd(doc: Stream, open: number): { at: number; closed: boolean } {
  const end = closingParenEnd(doc.text, open);
  let limit = doc.text.length;
  for (let l = doc.lineAt(open) + 1; l <= doc.lines.length; l++) {
    if (LINE_TOKEN.test(doc.lines[l - 1]!)) {
      limit = doc.lineStarts[l - 1]! - 1;
      break;
    }
  }
  if (end !== -1 && end <= limit) return { at: end, closed: true };
  return { at: limit, closed: false };
}

interface Stream {
  lines: readonly string[];
  /** The lines joined with "\n". */
  text: string;
  /** Offset of each line's first character. */
  lineStarts: number[];
  /** 1-based line of an offset. */
  lineAt(offset: number): number;
}

function createStream(lines: readonly string[]): Stream {
  const lineStarts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    lineStarts.push(offset);
    offset += line.length + 1;
  }
  const lineAt = (at: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  return { lines, text: lines.join('\n'), lineStarts, lineAt };
}

/**
 * The first line of the list: the "一、" heading above the first units parenthetical, else the
 * nearest "(一)" heading above it, else the nearest "(1)" measure, else that line itself.
 */
function regionStart(lines: readonly string[]): number {
  const first = lines.findIndex((_, i) => opensUnits(lines, i));
  if (first === -1) return lines.length + 1;
  for (const pattern of [TOP, SECTION, MEASURE]) {
    for (let i = first; i >= 0; i--) if (pattern.test(lines[i]!.trim())) return i + 1;
  }
  return first + 1;
}

/** Does line i open a "(牵头单位:" parenthetical, the label possibly broken onto the next line? */
function opensUnits(lines: readonly string[], i: number): boolean {
  const joined = lines[i]! + (lines[i + 1] ?? '');
  for (let j = 0; j < lines[i]!.length; j++) {
    const c = joined[j];
    if ((c === '(' || c === '（') && isUnitLabelStart(joined.slice(j + 1, j + 12))) return true;
  }
  return false;
}

/** Joins a text's lines: after sentence-final punctuation a real break ("\n"), else none. */
function joinLines(text: string): string {
  return text
    .split('\n')
    .map((p) => p.trim())
    .reduce((acc, p) => (acc === '' ? p : p === '' ? acc : /[。！？；;：:]$/.test(acc) ? `${acc}\n${p}` : acc + p), '');
}

function stripEnd(label: string): string {
  return label.trim().replace(/[。.]$/, '');
}
