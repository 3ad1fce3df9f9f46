import { FORM_META_LABELS } from '../../model/progress-form.ts';
import type { ProgressActual, ProgressFile, ProgressReport, ProgressWarning } from '../../model/progress-schema.ts';
import { cellText, parseCellDate, parseCellNumber, type FormCell } from './progress-cell.ts';
import { normaliseHeader, parseProgressHeader, type ProgressColumn } from './progress-header.ts';
import { tryParseProgressStatus } from './progress-status-word.ts';

/** The tasks a form may report on: every task id shown, with its indicator metrics. */
export interface ProgressTaskIndex {
  tasks: ReadonlyMap<string, { readonly metrics: readonly string[] }>;
}

export interface ReadProgressOptions {
  /** The form as named in messages and in `source`. */
  file: string;
  /** The progress file's id. */
  id: string;
  index: ProgressTaskIndex;
}

export type ReadProgressResult = { ok: true; progress: ProgressFile } | { ok: false; message: string };

/** Rows the header may sit below (title, unit and date lines come first). */
const HEADER_SEARCH_ROWS = 30;

/**
 * Reads a returned progress form already split into rows of cells (row i is the form's row
 * i + 1): finds the header row by its 任务编号 and 进展状态 columns in any order, reads 填报单位 /
 * 填报日期 from the lines above, and turns each filled row into a report. Blank rows and rows
 * nobody filled in are skipped; a row with an unknown task, an unreadable status, an impossible
 * or future date or a percentage outside 0–100 is left out and named in `warnings` with its
 * row, and the rest of the form still counts. Fails (ok: false) only when no header is found.
 */
export function readProgressTable(rows: readonly (readonly FormCell[])[], options: ReadProgressOptions): ReadProgressResult {
  const { file } = options;
  const headerAt = findHeaderRow(rows);
  if (headerAt < 0) {
    return { ok: false, message: `${file}: 不是进展填报表：没有找到同时含“任务编号”和“进展状态”两列的表头 (not a progress form: no header with 任务编号 and 进展状态)` };
  }
  const columns = (rows[headerAt] ?? []).map((cell) => parseProgressHeader(cellText(cell)));
  const meta = readMeta(rows.slice(0, headerAt));
  const warnings: ProgressWarning[] = [];
  const warn = (code: string, row: number | null, taskId: string | null, zh: string, en: string) =>
    warnings.push({ code, taskId, row, message: `${row === null ? file : `${file} 第 ${row} 行`}：${zh} (${en})` });

  if (meta.reportDate === 'bad') warn('progress-bad-date', null, null, '填报日期无法识别', 'report date not understood');
  const formDate = meta.reportDate === 'bad' ? null : meta.reportDate;
  const byKey = new Map<string, ProgressReport>();
  let undatedRows = 0;
  for (let i = headerAt + 1; i < rows.length; i++) {
    const cells = rows[i] ?? [];
    const row = i + 1;
    const value = (kind: ProgressColumn['kind']): FormCell => {
      const at = columns.findIndex((c) => c?.kind === kind);
      return at < 0 ? null : (cells[at] ?? null);
    };
    const taskId = cellText(value('taskId'));
    const statusText = cellText(value('status'));
    const filled = columns.some((c, at) => c !== null && c.kind !== 'taskId' && c.kind !== 'reportDate' && cellText(cells[at] ?? null) !== '');
    if (!filled) continue; // a blank row, or a task nobody reported on: 未报告, not an error
    if (taskId === '') {
      warn('progress-missing-task-id', row, null, '没有任务编号，此行未计入', 'no task id; row not counted');
      continue;
    }
    const task = options.index.tasks.get(taskId);
    if (task === undefined) {
      const datasetKnown = [...options.index.tasks.keys()].some((id) => id.startsWith(`${taskId.split('/')[0]}/`));
      if (datasetKnown) warn('progress-unknown-task', row, taskId, `任务编号“${taskId}”不在数据集中，此行未计入`, 'unknown task id; row not counted');
      else warn('progress-other-dataset', row, taskId, `任务编号“${taskId}”属于未载入的数据集（另一个数据集的填报表？），此行未计入`, 'task of a dataset not loaded; row not counted');
      continue;
    }
    if (statusText === '') {
      warn('progress-missing-status', row, taskId, '填了内容但没有选进展状态，此行未计入', 'no status; row not counted');
      continue;
    }
    const status = tryParseProgressStatus(statusText);
    if (status === null) {
      warn('progress-unknown-status', row, taskId, `进展状态“${statusText}”无法识别（可选：已完成、推进中、未启动、滞后、不再推进），此行未计入`, 'status word not understood; row not counted');
      continue;
    }
    const rowDate = parseCellDate(value('reportDate'));
    if (!rowDate.ok) {
      warn('progress-bad-date', row, taskId, `填报日期“${cellText(value('reportDate'))}”不是有效日期，此行未计入`, 'impossible report date; row not counted');
      continue;
    }
    const reportDate = rowDate.date ?? formDate;
    if (reportDate === null) {
      undatedRows += 1;
      continue;
    }
    const completed = parseCellDate(value('completedOn'));
    if (!completed.ok) {
      warn('progress-bad-date', row, taskId, `完成日期“${cellText(value('completedOn'))}”不是有效日期，此行未计入`, 'impossible completion date; row not counted');
      continue;
    }
    if (completed.date !== null && completed.date > reportDate) {
      warn('progress-future-completion', row, taskId, `完成日期 ${completed.date} 晚于填报日期 ${reportDate}，此行未计入`, 'completion date after the report date; row not counted');
      continue;
    }
    const percent = parseCellNumber(value('percent'));
    if (percent !== null && (Number.isNaN(percent) || percent < 0 || percent > 100)) {
      warn('progress-bad-percent', row, taskId, `完成进度“${cellText(value('percent'))}”不在 0–100 之间，此行未计入`, 'percentage not within 0–100; row not counted');
      continue;
    }
    const actuals: ProgressActual[] = [];
    columns.forEach((column, at) => {
      if (column?.kind !== 'actual') return;
      const raw = cellText(cells[at] ?? null);
      if (raw === '') return;
      if (!task.metrics.includes(column.metric)) {
        warn('progress-unknown-metric', row, taskId, `“${column.metric}”不是此任务的指标，实际值未计入`, 'not an indicator of this task; actual value not counted');
        return;
      }
      const number = parseCellNumber(cells[at] ?? null);
      if (number === null || Number.isNaN(number)) {
        warn('progress-bad-actual', row, taskId, `实际值“${raw}”不是数字，未计入`, 'actual value is not a number; not counted');
        return;
      }
      actuals.push({ metric: column.metric, value: number, raw });
    });
    const key = `${taskId}\u0000${reportDate}`;
    const earlier = byKey.get(key);
    if (earlier !== undefined) {
      warn('progress-duplicate-report', row, taskId, `同一任务同一填报日期已在第 ${earlier.row} 行填报，以本行为准`, `task already reported on this date in row ${earlier.row}; this later row wins`);
      byKey.delete(key);
    }
    byKey.set(key, {
      taskId,
      reportDate,
      status,
      statusRaw: statusText,
      completedOn: completed.date,
      percent,
      note: cellText(value('note')),
      problems: cellText(value('problems')),
      actuals,
      row,
    });
  }
  if (undatedRows > 0) {
    warn('progress-no-report-date', null, null, `表中没有填报日期，${undatedRows} 行未计入：请在表头上方填写“填报日期”`, `no report date on the form; ${undatedRows} rows not counted`);
  }
  const reports = [...byKey.values()].sort((a, b) => a.row - b.row);
  const datasetIds = [...new Set(reports.map((r) => r.taskId.split('/')[0] ?? ''))].filter((id) => id !== '').sort();
  return {
    ok: true,
    progress: { version: 1, id: options.id, source: file, unit: meta.unit, reportDate: formDate, datasetIds, reports, warnings },
  };
}

/** Whether rows look like a progress form: a header with 任务编号 and 进展状态 within the first rows. */
export function isProgressTable(rows: readonly (readonly FormCell[])[]): boolean {
  return findHeaderRow(rows) >= 0;
}

function findHeaderRow(rows: readonly (readonly FormCell[])[]): number {
  for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i++) {
    const kinds = new Set((rows[i] ?? []).map((cell) => parseProgressHeader(cellText(cell))?.kind));
    if (kinds.has('taskId') && kinds.has('status')) return i;
  }
  return -1;
}

interface FormMeta {
  unit: string | null;
  reportDate: string | null | 'bad';
}

// "填报单位 | 公共服务办" in two cells, or "填报单位：公共服务办" in one.
function readMeta(rows: readonly (readonly FormCell[])[]): FormMeta {
  const meta: FormMeta = { unit: null, reportDate: null };
  for (const cells of rows) {
    cells.forEach((cell, at) => {
      const text = cellText(cell);
      for (const [field, label] of [['unit', FORM_META_LABELS.unit], ['reportDate', FORM_META_LABELS.reportDate]] as const) {
        if (!normaliseHeader(text).startsWith(normaliseHeader(label))) continue;
        const inline = text.slice(text.indexOf(label) + label.length).replace(/^[\s:：]+/, '');
        const next = cells.slice(at + 1).find((c) => cellText(c) !== '') ?? null;
        const valueCell: FormCell = inline !== '' ? inline : next;
        if (field === 'unit') {
          const unit = cellText(valueCell);
          meta.unit = unit === '' ? null : unit;
        } else {
          const date = parseCellDate(valueCell);
          meta.reportDate = date.ok ? date.date : 'bad';
        }
      }
    });
  }
  return meta;
}
