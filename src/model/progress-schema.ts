// zod/mini, like schema.ts (see there): the same checks and messages, less code to download.
import { z } from 'zod/mini';
import './zod-english.ts';
import { PROGRESS_STATUSES } from './progress-status-words.ts';

/**
 * The progress file format, version 1 — what `npm run ingest` writes for each returned progress
 * form (data/progress-<id>.json) and what the dashboard reads beside the datasets. Like the
 * dataset format it is a public interface: fields may be added, never renamed or dropped.
 */

// Own copies of the id rule and version rather than imports: schema.ts imports this module for
// the manifest, and a cycle between the two would leave one of them undefined at start-up.
const PROGRESS_FORMAT_VERSION = 1;
const DatasetIdSchema = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be lower-case ASCII letters, digits and "-"'));

const isoDate = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'invalid date: expected YYYY-MM-DD'),
  z.refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const t = new Date(Date.UTC(y, m - 1, d));
    return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
  }, 'invalid date: no such day'),
);

export { PROGRESS_STATUSES, PROGRESS_STATUS_WORDS } from './progress-status-words.ts';
export const ProgressStatusSchema = z.enum(PROGRESS_STATUSES);

export const ProgressActualSchema = z.object({
  /** The indicator's metric as in the dataset (the form's column is "实际值：<metric>"). */
  metric: z.string().check(z.minLength(1)),
  value: z.number(),
  /** The cell as the unit left it ("92.5%"). */
  raw: z.string(),
});

export const ProgressReportSchema = z.object({
  taskId: z.string().check(z.minLength(1)),
  /** The date this report describes the task at (the form's 填报日期, or the row's own). */
  reportDate: isoDate,
  status: ProgressStatusSchema,
  /** The status word as written (a variant such as "已办结" keeps its spelling here). */
  statusRaw: z.string(),
  completedOn: z.nullable(isoDate),
  /** 完成进度 in percent, 0–100, or null when left blank. */
  percent: z.nullable(z.number().check(z.gte(0), z.lte(100))),
  /** 进展情况. */
  note: z.string(),
  /** 存在问题. */
  problems: z.string(),
  actuals: z.array(ProgressActualSchema),
  /** 1-based row of the form (sheet row or CSV line) the report came from. */
  row: z.number().check(z.int(), z.gte(1)),
});

export const ProgressWarningSchema = z.object({
  code: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'warning code must be kebab-case')),
  taskId: z.nullable(z.string()),
  message: z.string(),
  /** 1-based row of the form, or null for the whole file. */
  row: z.nullable(z.number().check(z.int(), z.gte(1))),
});

export const ProgressFileSchema = z.object({
  version: z.literal(PROGRESS_FORMAT_VERSION),
  /** progress-<…>: stable, URL-safe, distinct from every dataset id. */
  id: DatasetIdSchema,
  /** The returned form as received ("seeds/progress/公共服务办-2026-03.xlsx"). */
  source: z.string().check(z.minLength(1)),
  /** 填报单位 as written on the form, or null. */
  unit: z.nullable(z.string()),
  /** 填报日期 printed on the form, or null when it carries none (rows may carry their own). */
  reportDate: z.nullable(isoDate),
  /** The datasets whose tasks the reports name. */
  datasetIds: z.array(DatasetIdSchema),
  /** The rows that count: every one names a known task with a readable status. */
  reports: z.array(ProgressReportSchema),
  /** Rows that were left out or doubtful, by row. */
  warnings: z.array(ProgressWarningSchema),
});

export const ProgressManifestEntrySchema = z.object({
  id: DatasetIdSchema,
  file: z.string().check(z.minLength(1)),
  source: z.string(),
  unit: z.nullable(z.string()),
  reportDate: z.nullable(isoDate),
  reportCount: z.number().check(z.int(), z.gte(0)),
});

export type ProgressStatus = z.infer<typeof ProgressStatusSchema>;
export type ProgressActual = z.infer<typeof ProgressActualSchema>;
export type ProgressReport = z.infer<typeof ProgressReportSchema>;
export type ProgressWarning = z.infer<typeof ProgressWarningSchema>;
export type ProgressFile = z.infer<typeof ProgressFileSchema>;
export type ProgressManifestEntry = z.infer<typeof ProgressManifestEntrySchema>;
