import { ACTUAL_HEADER_PREFIX, FORM_FILL_HEADERS, FORM_TASK_HEADERS } from '../model/progress-form.ts';
import type { Indicator, Role } from '../model/schema.ts';
import type { TaskRow } from './task-row.ts';

/** What a progress form holds, before it is written as .xlsx or CSV. */
export interface ProgressFormContent {
  /** 填报单位, or null for a form covering several units. */
  unit: string | null;
  /** 填报日期 the office asks about (the unit may change it). */
  reportDate: string;
  datasetIds: string[];
  headers: string[];
  /** The first `prefilled` columns are the office's (protected); the rest the unit fills. */
  prefilled: number;
  /** Index of the 进展状态 column (the drop-down), 完成日期 and 完成进度. */
  columns: { status: number; completedOn: number; percent: number };
  /** Per row, the metrics the task has (its 实际值 columns are open, the others closed). */
  metricsByRow: string[][];
  rows: string[][];
}

const COMPARATOR_WORDS: Readonly<Record<Indicator['comparator'], string>> = { '≥': '≥', '>': '>', '=': '', '≤': '≤', '<': '<' };

/**
 * Lays out the progress form for `rows` (any filtered task list): one line per task with its id,
 * region, number, title, text, units by role, deadline as printed and targets, then the empty
 * columns the unit fills, with one 实际值 column per indicator metric among the tasks.
 */
export function buildProgressForm(rows: readonly TaskRow[], options: { unit: string | null; reportDate: string }): ProgressFormContent {
  const metrics = [...new Set(rows.flatMap((r) => r.task.indicators.map((i) => i.metric)))];
  const task = Object.values(FORM_TASK_HEADERS);
  const fill = Object.values(FORM_FILL_HEADERS);
  const headers = [...task, ...fill, ...metrics.map((m) => `${ACTUAL_HEADER_PREFIX}${m}`)];
  const names = (r: TaskRow, role: Role) => r.task.units.filter((u) => u.role === role).map((u) => u.name).join('、');
  return {
    unit: options.unit,
    reportDate: options.reportDate,
    datasetIds: [...new Set(rows.map((r) => r.datasetId))],
    headers,
    prefilled: task.length,
    columns: { status: task.length, completedOn: task.length + 1, percent: task.length + 2 },
    metricsByRow: rows.map((r) => r.task.indicators.map((i) => i.metric)),
    rows: rows.map((r) => [
      r.task.id,
      r.region,
      r.task.no ?? '',
      r.task.title ?? '',
      r.task.text,
      names(r, 'lead'),
      names(r, 'responsible'),
      names(r, 'support'),
      r.task.deadline.raw,
      r.task.indicators.map((i) => `${i.metric}${COMPARATOR_WORDS[i.comparator]}${i.value}${i.unit}`).join('；'),
      ...fill.map(() => ''),
      ...metrics.map(() => ''),
    ]),
  };
}
