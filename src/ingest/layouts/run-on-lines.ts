import type { LayoutReader, LayoutResult } from '../raw-task.ts';
import { splitRunOnLine } from './run-on-items.ts';

/** Lines with run-on items cut apart, and the source line each came from. */
interface ExpandedLines {
  lines: string[];
  /** 1-based source line of each expanded line. */
  origin: number[];
  /** No line was cut: `lines` are the source lines. */
  identity: boolean;
}

/**
 * Cuts every line whose numbered items run together ("1.…(X牵头) 2.…(Y负责)", a page that lost its
 * line breaks) into one line per item, where `closesWithUnits` says at least two pieces end with a units
 * block — so sub-points inside one item ("1.…;2.…") stay together (splitRunOnLine: consecutive numbering only).
 */
export function expandRunOnLines(lines: readonly string[], closesWithUnits: (piece: string) => boolean): ExpandedLines {
  const out: string[] = [];
  const origin: number[] = [];
  let identity = true;
  lines.forEach((line, i) => {
    const pieces = splitRunOnLine(line);
    const cut = pieces.length >= 2 && pieces.filter(closesWithUnits).length >= 2;
    for (const piece of cut ? pieces : [line]) {
      out.push(piece);
      origin.push(i + 1);
    }
    if (cut) identity = false;
  });
  return { lines: identity ? [...lines] : out, origin, identity };
}

/** A reader that sees run-on lines cut into items and reports source line numbers, as if they had been printed apart. */
export function readingRunOnLines(reader: LayoutReader, closesWithUnits: (piece: string) => boolean): LayoutReader {
  return {
    name: reader.name,
    detect: (lines) => reader.detect(expandRunOnLines(lines, closesWithUnits).lines),
    read: (lines) => {
      const expanded = expandRunOnLines(lines, closesWithUnits);
      const result = reader.read(expanded.lines);
      return expanded.identity ? result : toSourceLines(result, expanded.origin);
    },
  };
}

function toSourceLines(result: LayoutResult, origin: readonly number[]): LayoutResult {
  const at = (line: number): number => origin[line - 1] ?? line;
  const each = (lines: readonly number[]): number[] => [...new Set(lines.map(at))];
  const { start, end } = result.taskRegion;
  return {
    ...result,
    tasks: result.tasks.map((t) => ({
      ...t,
      line: at(t.line),
      lines: each(t.lines),
      issues: t.issues.map((i) => ({ ...i, line: at(i.line) })),
    })),
    taskRegion: end < start ? result.taskRegion : { start: at(start), end: at(end) },
    furnitureLines: each(result.furnitureLines),
    issues: result.issues.map((i) => ({ ...i, line: at(i.line) })),
  };
}
