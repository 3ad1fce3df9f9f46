import type { TaskProgress } from '../../analysis/progress-status.ts';
import type { Lang } from '../../state/app-state.ts';
import { stateLabel } from './progress-format.ts';

/** The three 督办 columns a task CSV gains when progress reports are loaded. */
export const PROGRESS_CSV_HEADERS: Readonly<Record<Lang, readonly string[]>> = {
  zh: ['督办状态', '完成日期', '最新进展'],
  en: ['Follow-up status', 'Completed on', 'Latest note'],
};

/** A task's status, completion date and latest note as CSV cells (未报告 and blanks without a report). */
export function progressCsvCells(progress: TaskProgress | undefined, lang: Lang): string[] {
  if (progress === undefined) return [stateLabel(lang, 'unreported'), '', ''];
  return [stateLabel(lang, progress.state), progress.report?.completedOn ?? '', progress.report === null ? '' : progress.report.note || progress.report.problems];
}
