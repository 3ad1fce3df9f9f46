import type { Dataset, Task } from '../../model/schema.ts';

/** Lines of context shown above and below a task's own lines. */
export const CONTEXT_LINES = 3;
/** A task's lines run to the next task's first line, at most this many. */
export const MAX_TASK_LINES = 40;

/**
 * The data/-relative path of a dataset's source text, or null when it has none or the path could leave data/
 * (absolute, a scheme, "..", a backslash — checked after percent-decoding, so "%2e%2e" is refused too).
 */
export function sourceTextPath(dataset: Pick<Dataset, 'sourceText'>): string | null {
  const path = dataset.sourceText;
  if (path === undefined) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return null;
  }
  if (/^[a-z][a-z0-9+.-]*:|^\/|\\|(^|\/)\.\.?(\/|$)|[?#]/i.test(decoded)) return null;
  return `data/${path}`;
}

/** The 1-based first and last line of a task in its document: from its source line up to the line before the next task's, trailing blank lines left out. */
export function taskLineRange(task: Task, dataset: Pick<Dataset, 'tasks'>, lines: readonly string[]): { from: number; to: number } {
  const from = Math.min(Math.max(1, task.source.line), Math.max(1, lines.length));
  let next = Infinity;
  for (const other of dataset.tasks) if (other.source.line > from && other.source.line < next) next = other.source.line;
  let to = Math.min(next - 1, from + MAX_TASK_LINES - 1, lines.length);
  while (to > from && (lines[to - 1] ?? '').trim() === '') to--;
  return { from, to: Math.max(from, to) };
}

/** Splits a source text into lines as the ingest counts them. */
export function sourceLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r?\n/);
}
