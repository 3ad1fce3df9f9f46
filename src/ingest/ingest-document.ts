import { DatasetSchema, FORMAT_VERSION, formatSchemaIssues, type Dataset, type DatasetWarning, type Task } from '../model/schema.ts';
import { contentHash } from './content-hash.ts';
import { datasetYear, makeDatasetId } from './dataset-id.ts';
import { parseDeadline, type DeadlineContext } from './deadline.ts';
import { parseIndicators } from './indicators.ts';
import { chooseLayout, LAYOUT_READERS } from './layouts/registry.ts';
import { unplacedLines } from './line-accounting.ts';
import { readMetadata, titleYear, type DocumentMetadata } from './metadata.ts';
import type { LayoutReader, LayoutResult, RawTask } from './raw-task.ts';
import { describeTextTable } from './sources/describe-text-table.ts';
import { summariseDataset, type DocumentSummary } from './summary.ts';
import { assignTaskIds } from './task-ids.ts';
import { parseUnits } from './units.ts';
import { makeWarning } from './warnings.ts';

export type IngestResult =
  | { ok: true; dataset: Dataset; summary: DocumentSummary }
  | { ok: false; file: string; message: string };

/** The region shown for a document that names none (seeds/004… is an anonymised "X市" copy). */
export const UNKNOWN_REGION = '未注明地区';

/**
 * Turns one document's text into a validated dataset: recognises its layout from the
 * content, reads metadata and raw tasks, normalises units, deadlines and indicators, and
 * accounts for every line of the task region. Never throws: an unrecognised layout, a
 * reader failure or a schema failure comes back as `{ ok: false, message }` naming the file.
 */
export function ingestDocument(
  sourceFile: string,
  text: string,
  readers: readonly LayoutReader[] = LAYOUT_READERS,
): IngestResult {
  try {
    return ingestOrThrow(sourceFile, text, readers);
  } catch (error) {
    return { ok: false, file: sourceFile, message: `${sourceFile}: 读取失败 (ingest failed): ${String(error)}` };
  }
}

function ingestOrThrow(sourceFile: string, rawText: string, readers: readonly LayoutReader[]): IngestResult {
  const text = rawText.replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/);
  const chosen = chooseLayout(lines, readers);
  if (!chosen) {
    const tried = readers.map((r) => r.name).join(', ');
    // A table whose rows no reader could split says what header it found and what to do.
    const table = describeTextTable(lines);
    return {
      ok: false,
      file: sourceFile,
      message: `${sourceFile}: 无法识别文件版式，未生成数据集 (layout not recognised; tried ${tried})${table ? `。${table}` : ''}`,
    };
  }
  const layout = chosen.reader.read(lines);
  const meta = readMetadata(lines, layout.taskRegion.start);
  const region = meta.region ?? layout.region ?? null;
  return assembleDataset({ sourceFile, lines, layout, meta: { ...meta, region }, fingerprint: contentHash(text) });
}

/**
 * Builds and validates a dataset from a layout reader's result and the document's metadata:
 * ids, normalised units, deadlines and indicators, and a warning for every problem and every
 * unplaced line. Shared by the text ingest and other inputs (CSV uploads) so tasks are built once.
 */
export function assembleDataset(input: {
  sourceFile: string;
  lines: readonly string[];
  layout: LayoutResult;
  meta: DocumentMetadata;
  fingerprint: string;
}): IngestResult {
  const { sourceFile, lines, layout, meta } = input;
  const warnings: DatasetWarning[] = [];
  if (!meta.region) warnings.push(makeWarning('region-unknown', `地区记为“${UNKNOWN_REGION}”`));
  if (meta.regionAmbiguity) warnings.push(makeWarning('region-ambiguous', meta.regionAmbiguity));
  const region = meta.region ?? UNKNOWN_REGION;
  const id = makeDatasetId({
    region: meta.region,
    year: datasetYear(meta.published, meta.planPeriod),
    sourceFile,
    contentHash: input.fingerprint,
  });
  const ids = assignTaskIds(id, layout.tasks);
  const context = { published: meta.published, planYear: titleYear(meta.title) };
  const tasks = layout.tasks.map((raw, i) => buildTask(raw, ids[i] ?? `${id}/${i + 1}`, sourceFile, context, warnings));
  for (const issue of layout.issues) warnings.push(makeWarning(issue.code, issue.message, { line: issue.line }));
  for (const line of unplacedLines(lines, layout)) {
    warnings.push(makeWarning('unplaced-line', `第 ${line} 行：“${clip(lines[line - 1] ?? '')}”`, { line }));
  }
  const dataset: Dataset = {
    version: FORMAT_VERSION,
    id,
    region,
    ...(meta.divisionCode ? { divisionCode: meta.divisionCode } : {}),
    title: meta.title ?? firstLine(lines) ?? sourceFile,
    issuer: meta.issuer,
    docNumber: meta.docNumber,
    published: meta.published,
    planPeriod: meta.planPeriod,
    source: sourceFile,
    unitGroups: layout.unitGroups,
    tasks,
    warnings: sortWarnings(warnings),
  };
  const checked = DatasetSchema.safeParse(dataset);
  if (!checked.success) {
    return {
      ok: false,
      file: sourceFile,
      message: `${sourceFile}: 数据集未通过校验 (schema): ${formatSchemaIssues(checked.error).join('; ')}`,
    };
  }
  return { ok: true, dataset, summary: summariseDataset(dataset, layout.layout) };
}

function buildTask(raw: RawTask, id: string, file: string, context: DeadlineContext, warnings: DatasetWarning[]): Task {
  const { deadline, issues: deadlineIssues } = parseDeadline(raw.deadlineRaw, context);
  const { units, issues: unitIssues } = parseUnits(raw.unitCells);
  for (const issue of raw.issues) warnings.push(makeWarning(issue.code, issue.message, { taskId: id, line: issue.line }));
  // a deadline the reader found unsure in the text is warned as such, not also as "完成时限为空"
  const unsureInText = raw.issues.some((i) => i.code === 'deadline-in-text') && deadline.raw === '';
  for (const issue of [...deadlineIssues.filter((i) => !(unsureInText && i.code === 'deadline-missing')), ...unitIssues]) {
    warnings.push(makeWarning(issue.code, issue.detail, { taskId: id, line: raw.line }));
  }
  return {
    id,
    no: raw.no,
    path: raw.path,
    title: raw.title,
    text: raw.text,
    units,
    unitsRaw: raw.unitsRaw,
    deadline,
    indicators: parseIndicators(raw.bodyText ?? raw.text),
    source: { file, line: raw.line, ...(raw.cell ? { cell: raw.cell } : {}) },
  };
}

function sortWarnings(warnings: DatasetWarning[]): DatasetWarning[] {
  return warnings
    .map((w, i) => ({ w, i }))
    .sort((a, b) => (a.w.line ?? 0) - (b.w.line ?? 0) || a.i - b.i)
    .map(({ w }) => w);
}

function firstLine(lines: readonly string[]): string | null {
  return lines.map((l) => l.trim()).find((l) => l !== '') ?? null;
}

function clip(s: string): string {
  const t = s.trim();
  return t.length > 40 ? `${t.slice(0, 40)}…` : t;
}
