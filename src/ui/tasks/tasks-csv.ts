import Papa from 'papaparse';
import type { TaskProgress } from '../../analysis/progress-status.ts';
import { FORMULA_START } from '../formula-start.ts';
import type { TaskRow } from '../../analysis/task-row.ts';
import { progressCsvCells } from '../progress/progress-csv-cells.ts';
import { CSV_EXPORT_ONLY_HEADERS, CSV_TEMPLATE_HEADERS, type CsvColumnRole } from '../../ingest/csv-header.ts';
import type { Role } from '../../model/schema.ts';
import type { Lang } from '../../state/app-state.ts';
import { formatDeadline, formatIndicator } from '../format-task.ts';

/** One column of the task CSV: its header in a language and its cell for a row. */
export interface TaskCsvColumn {
  key: string;
  header: (lang: Lang) => string;
  cell: (row: TaskRow, lang: Lang, progress: ReadonlyMap<string, TaskProgress>) => string;
  /** The CSV template column it fills, so the file imports again; null for columns only Excel reads. */
  template: CsvColumnRole | null;
  /** A 督办 column: exported only when progress reports are loaded (never a template column). */
  progress?: true;
}

/** The header the CSV template documents for a column: its first Chinese name, or its English name. */
export function templateHeader(role: CsvColumnRole, lang: Lang): string {
  return CSV_TEMPLATE_HEADERS[role][lang];
}

const unitsWith = (role: Role) => (row: TaskRow) => row.task.units.filter((u) => u.role === role).map((u) => u.name).join('、');

// Duban's own columns are named as the CSV reader knows them (src/ingest/csv-header.ts), so the full export imports too.
const exportOnlyHeader = (key: keyof typeof CSV_EXPORT_ONLY_HEADERS) => (lang: Lang) => CSV_EXPORT_ONLY_HEADERS[key][lang];

const template = (role: CsvColumnRole, cell: TaskCsvColumn['cell']): TaskCsvColumn => ({ key: role, header: (lang) => templateHeader(role, lang), cell, template: role });

/**
 * The task CSV's columns, in order: first the CSV template's own (region … deadline as printed, with lead,
 * responsible and support units in separate columns so Excel can pivot by each), then what only the dashboard
 * knows (task id, normalised deadline, indicators, source). A list, not positions: later columns (e.g. progress
 * status) are appended here.
 */
export const TASK_CSV_COLUMNS: readonly TaskCsvColumn[] = [
  template('region', (row) => row.region),
  template('no', (row) => row.task.no ?? ''),
  template('section', (row) => row.task.path.join(' / ')),
  template('title', (row) => row.task.title ?? ''),
  // the template needs a task text; a task printed with a name only (东莞 has one) keeps its name there, not nothing
  template('task', (row) => (row.task.text.trim() === '' ? row.task.title ?? '' : row.task.text)),
  template('lead', unitsWith('lead')),
  template('responsible', unitsWith('responsible')),
  template('support', unitsWith('support')),
  template('deadline', (row) => row.task.deadline.raw),
  { key: 'id', header: exportOnlyHeader('id'), cell: (row) => row.task.id, template: null },
  { key: 'deadlineDue', header: exportOnlyHeader('deadlineDue'), cell: (row, lang) => formatDeadline(row.task.deadline, lang), template: null },
  { key: 'indicators', header: exportOnlyHeader('indicators'), cell: (row) => row.task.indicators.map(formatIndicator).join('; '), template: null },
  { key: 'source', header: exportOnlyHeader('source'), cell: (row) => `${row.task.source.file}:${row.task.source.line}`, template: null },
  // with progress reports loaded: 督办 status, completion date, latest note
  ...(['progressState', 'progressCompletedOn', 'progressNote'] as const).map((key, i): TaskCsvColumn => ({
    key,
    header: exportOnlyHeader(key),
    cell: (row, lang, progress) => progressCsvCells(progress.get(row.task.id), lang)[i] ?? '',
    template: null,
    progress: true,
  })),
];

/**
 * Formats rows as CSV text for Excel: a UTF-8 byte-order mark, the header row and one line per task, CRLF line ends.
 * `templateOnly` keeps just the CSV template's columns; either way the file imports into Duban as it was exported
 * (the reader reads past the full export's own columns). Otherwise, with progress reports (`progress`, by task id) loaded, the 督办 columns follow the dashboard's own.
 */
export function formatTasksCsv(
  rows: readonly TaskRow[],
  lang: Lang,
  options: { templateOnly?: boolean; progress?: ReadonlyMap<string, TaskProgress> } = {},
): string {
  const progress = options.progress ?? new Map<string, TaskProgress>();
  const columns = options.templateOnly
    ? TASK_CSV_COLUMNS.filter((c) => c.template !== null)
    : TASK_CSV_COLUMNS.filter((c) => c.progress !== true || progress.size > 0);
  const fields = columns.map((c) => c.header(lang));
  const data = rows.map((row) => columns.map((c) => c.cell(row, lang, progress)));
  // Excel opens a CSV as UTF-8 only when it starts with a BOM; without it Chinese turns to mojibake.
  // escapeFormulae: a cell from a dataset (or an import) that could start a formula gets a leading apostrophe.
  return `\uFEFF${Papa.unparse({ fields, data }, { newline: '\r\n', quotes: true, escapeFormulae: FORMULA_START })}`;
}
