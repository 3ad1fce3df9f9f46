import type { LayoutResult } from './raw-task.ts';

/**
 * Lists the non-blank lines of the task region that no task and no understood furniture
 * took, so the ingest can report each one instead of losing it silently.
 */
export function unplacedLines(lines: readonly string[], layout: LayoutResult): number[] {
  const placed = new Set<number>(layout.furnitureLines);
  for (const task of layout.tasks) for (const line of task.lines) placed.add(line);
  const out: number[] = [];
  const end = Math.min(layout.taskRegion.end, lines.length);
  for (let line = Math.max(1, layout.taskRegion.start); line <= end; line++) {
    if ((lines[line - 1] ?? '').trim() !== '' && !placed.has(line)) out.push(line);
  }
  return out;
}
