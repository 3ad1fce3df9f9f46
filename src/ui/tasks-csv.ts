import Papa from 'papaparse';
import type { TaskProgress } from '../analysis/progress-status.ts';
import type { TaskRow } from '../analysis/task-row.ts';
import { progressCsvCells, PROGRESS_CSV_HEADERS } from './progress/progress-csv-cells.ts';
import { translate } from '../i18n/translate.ts';
import type { Lang } from '../state/app-state.ts';
import { formatDeadline, formatIndicator, formatUnits } from './format-task.ts';

/**
 * Formats the given rows as CSV text for Excel: a UTF-8 byte-order mark, a translated header row and one line per task, CRLF line ends;
 * with progress reports loaded, three more columns: 督办 status, completion date, latest note.
 */
export function formatTasksCsv(rows: readonly TaskRow[], lang: Lang, progress: ReadonlyMap<string, TaskProgress> = new Map()): string {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const fields = [
    t('col.id'), t('col.no'), t('col.region'), t('col.section'), t('col.title'), t('col.text'), t('col.units'),
    t('col.deadlineRaw'), t('col.deadlineDue'), t('col.indicators'), t('col.source'),
    ...(progress.size > 0 ? PROGRESS_CSV_HEADERS[lang] : []),
  ];
  const data = rows.map(({ task, region }) => [
    task.id,
    task.no ?? '',
    region,
    task.path.join(' / '),
    task.title ?? '',
    task.text,
    formatUnits(task.units, lang),
    task.deadline.raw,
    formatDeadline(task.deadline, lang),
    task.indicators.map(formatIndicator).join('; '),
    `${task.source.file}:${task.source.line}`,
    ...(progress.size > 0 ? progressCsvCells(progress.get(task.id), lang) : []),
  ]);
  // Excel opens a CSV as UTF-8 only when it starts with a BOM; without it Chinese turns to mojibake.
  // escapeFormulae: a cell from a dataset starting with = + - @ must not run as an Excel formula.
  return `\uFEFF${Papa.unparse({ fields, data }, { newline: '\r\n', quotes: true, escapeFormulae: true })}`;
}
