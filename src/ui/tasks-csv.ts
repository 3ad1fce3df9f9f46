import Papa from 'papaparse';
import type { TaskRow } from '../analysis/task-row.ts';
import { translate } from '../i18n/translate.ts';
import type { Lang } from '../state/app-state.ts';
import { formatDeadline, formatIndicator, formatUnits } from './format-task.ts';

/**
 * Cells Excel or WPS could read as a formula: starting with = + - @ (also full-width, also after
 * spaces), or with a tab or line break. Papa's own test (`/^[=+\-@\t\r].*$/`) misses any cell
 * holding a line break, because `.` stops at the break and `$` is then not the end.
 */
export const FORMULA_START = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/;

/** Formats the given rows as CSV text for Excel: a UTF-8 byte-order mark, a translated header row and one line per task, CRLF line ends. */
export function formatTasksCsv(rows: readonly TaskRow[], lang: Lang): string {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const fields = [
    t('col.id'), t('col.no'), t('col.region'), t('col.section'), t('col.title'), t('col.text'), t('col.units'),
    t('col.deadlineRaw'), t('col.deadlineDue'), t('col.indicators'), t('col.source'),
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
  ]);
  // Excel opens a CSV as UTF-8 only when it starts with a BOM; without it Chinese turns to mojibake.
  // escapeFormulae: a cell from a dataset (or an import) that could start a formula gets a leading apostrophe.
  return `\uFEFF${Papa.unparse({ fields, data }, { newline: '\r\n', quotes: true, escapeFormulae: FORMULA_START })}`;
}
