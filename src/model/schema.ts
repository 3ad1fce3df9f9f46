// zod/mini: the same checks as the classic API, built from functions a bundler can leave out when unused, so the
// validation worker downloads about half the code. Schemas accept and reject exactly what they did, with the same messages.
import { z } from 'zod/mini';
import { COMPARATOR_WORDS, ISO_DATE_PATTERN, isRealDate, MONTH_DAY_PATTERN, PRECISION_WORDS, ROLE_WORDS, TASK_ID_PATTERN } from './format-patterns.ts';
import { ProgressManifestEntrySchema } from './progress-schema.ts';
import './zod-english.ts';

/**
 * The normalised dataset format, version 1 — the executable form of
 * shared/design/data-format.md. The ingest validates with it before writing and the
 * dashboard after fetching; field names are the public interface and must not change.
 */

export const FORMAT_VERSION = 1;

const isoDate = z
  .string()
  .check(z.regex(ISO_DATE_PATTERN, 'invalid date: expected YYYY-MM-DD'), z.refine((s) => isRealDate(s), 'invalid date: no such day'));

export const DatasetIdSchema = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be lower-case ASCII letters, digits and "-"'));

export const RoleSchema = z.enum(ROLE_WORDS);

export const TaskUnitSchema = z.object({
  name: z.string().check(z.minLength(1)),
  role: RoleSchema,
  collective: z.optional(z.boolean()),
});

export const PrecisionSchema = z.enum(PRECISION_WORDS);

export const DeadlineSchema = z.object({
  raw: z.string(),
  due: z.nullable(isoDate),
  monthDay: z.nullable(z.string().check(z.regex(MONTH_DAY_PATTERN, 'monthDay must be MM-DD'))),
  yearKnown: z.boolean(),
  precision: z.nullable(PrecisionSchema),
  ongoing: z.boolean(),
});

export const ComparatorSchema = z.enum(COMPARATOR_WORDS);

export const IndicatorSchema = z.object({
  metric: z.string().check(z.minLength(1)),
  category: z.string().check(z.minLength(1)),
  comparator: ComparatorSchema,
  value: z.number(),
  unit: z.string(),
  due: z.nullable(isoDate),
});

export const SourceRefSchema = z.object({
  file: z.string().check(z.minLength(1)),
  line: z.number().check(z.int(), z.gte(1)),
  /**
   * Optional: where the task's text cell is in a Word, Excel or web-page table ("Sheet1!C5",
   * "表 1 第 3 行第 2 列"), for a file whose line (of the text view the ingest made of it) a person cannot open.
   */
  cell: z.optional(z.string().check(z.minLength(1))),
});

export const TaskSchema = z.object({
  id: z.string().check(z.regex(TASK_ID_PATTERN, 'task id must be <dataset id>/<url-safe no>')),
  no: z.nullable(z.string()),
  path: z.array(z.string()),
  title: z.nullable(z.string()),
  text: z.string(),
  units: z.array(TaskUnitSchema),
  unitsRaw: z.string(),
  deadline: DeadlineSchema,
  indicators: z.array(IndicatorSchema),
  source: SourceRefSchema,
});

export const WarningSchema = z.object({
  code: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'warning code must be kebab-case')),
  taskId: z.nullable(z.string()),
  message: z.string(),
  line: z.nullable(z.number().check(z.int(), z.gte(1))),
  /**
   * Optional: the data the message quotes (“…” fragments, as printed), so the dashboard can say the warning in
   * any language from its code and these; a warning without them is shown with its stored (Chinese) message.
   */
  params: z.optional(z.partial(z.object({ quoted: z.array(z.string()) }))),
});

/** A six-digit GB/T 2260 administrative division code ("442000" for 中山市). */
export const DivisionCodeSchema = z.string().check(z.regex(/^\d{6}$/, 'divisionCode must be a six-digit GB/T 2260 code'));

export const DatasetSchema = z.object({
  version: z.literal(FORMAT_VERSION),
  id: DatasetIdSchema,
  region: z.string().check(z.minLength(1)),
  /** Optional (added in format version 1): the region's GB/T 2260 code; a town not in the list has its parent's. */
  divisionCode: z.optional(DivisionCodeSchema),
  title: z.string().check(z.minLength(1)),
  issuer: z.nullable(z.string()),
  docNumber: z.nullable(z.string()),
  published: z.nullable(isoDate),
  planPeriod: z.nullable(z.string()),
  source: z.string(),
  unitGroups: z.record(z.string(), z.array(z.string())),
  tasks: z.array(TaskSchema),
  warnings: z.array(WarningSchema),
  /**
   * Optional: the source document's text as the ingest read it, as a path relative to data/
   * ("sources/<id>.txt"), so the dashboard can show a task in its document. Absent in datasets
   * made by other tools or imported in the browser.
   */
  sourceText: z.optional(z.string().check(z.minLength(1))),
});

/** How a dataset's files are written: "json" (format version 1, one file) or "arrow" (the compact encoding, arrow-layout.ts). */
export const DatasetEncodingSchema = z.enum(['json', 'arrow']);

export const ManifestEntrySchema = z.object({
  id: DatasetIdSchema,
  file: z.string().check(z.minLength(1)),
  /** Optional: absent means "json", so every older manifest stays valid. */
  encoding: z.optional(DatasetEncodingSchema),
  /** The compact encoding's texts side file (`<id>.texts.arrow`), relative to the manifest; required when encoding is "arrow". */
  texts: z.optional(z.string().check(z.minLength(1))),
  region: z.string().check(z.minLength(1)),
  divisionCode: z.optional(DivisionCodeSchema),
  title: z.string().check(z.minLength(1)),
  source: z.string(),
  taskCount: z.number().check(z.int(), z.gte(0)),
}).check(z.refine((entry) => entry.encoding !== 'arrow' || entry.texts !== undefined, { message: 'an "arrow" dataset needs "texts"', path: ['texts'] }));

export const ManifestSchema = z.object({
  version: z.literal(FORMAT_VERSION),
  datasets: z.array(ManifestEntrySchema),
  /** Returned progress forms (progress-schema.ts); optional, so a manifest without them stays valid. */
  progress: z.optional(z.array(ProgressManifestEntrySchema)),
  /** The hand-kept unit alias table beside the manifest ("unit-aliases.json"), when there is one; absent = no aliases, nothing fetched. */
  unitAliases: z.optional(z.string().check(z.minLength(1))),
});

export type Role = z.infer<typeof RoleSchema>;
export type TaskUnit = z.infer<typeof TaskUnitSchema>;
export type Precision = z.infer<typeof PrecisionSchema>;
export type Deadline = z.infer<typeof DeadlineSchema>;
export type Comparator = z.infer<typeof ComparatorSchema>;
export type Indicator = z.infer<typeof IndicatorSchema>;
export type SourceRef = z.infer<typeof SourceRefSchema>;
export type Task = z.infer<typeof TaskSchema>;
export type DatasetWarning = z.infer<typeof WarningSchema>;
export type Dataset = z.infer<typeof DatasetSchema>;
export type ManifestEntry = z.infer<typeof ManifestEntrySchema>;
export type DatasetEncoding = z.infer<typeof DatasetEncodingSchema>;
export type Manifest = z.infer<typeof ManifestSchema>;

/** Formats zod issues as `tasks.12.deadline.due: invalid date` lines, for people to read. */
export function formatSchemaIssues(error: z.core.$ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`);
}
