import { DatasetSchema, formatSchemaIssues, type Dataset } from '../model/schema.ts';
import { contentHash } from './content-hash.ts';
import { CSV_LAYOUT, isCsvTemplateText, readCsvTemplate, type CsvRowError } from './csv-template.ts';
import { decodeText, formatMixedEncoding, type TextEncodingName } from './decode-text.ts';
import { assembleDataset, ingestDocument } from './ingest-document.ts';
import { readMetadata } from './metadata.ts';
import { withDatasetId } from './with-dataset-id.ts';
import { CSV_TABLE_LAYOUT, readCsvTable } from './csv-table.ts';
import { ingestTableDocument } from './ingest-tables.ts';
import { readSource } from './sources/read-source.ts';
import { summariseDataset, type DocumentSummary } from './summary.ts';

/** The kind of file an upload was read from (the load layer's UploadRecord stores the same names). */
export type UploadFormat = 'csv' | 'text' | 'docx' | 'xlsx' | 'html';

export type UploadResult =
  | {
      ok: true;
      dataset: Dataset;
      summary: DocumentSummary;
      encoding: TextEncodingName;
      format: UploadFormat;
      /** CSV rows that could not be read; each is also in dataset.warnings as 'malformed-row'. */
      rowErrors: CsvRowError[];
      /**
       * The document's text as the ingest read it — what `npm run ingest` writes to data/sources/<id>.txt (no BOM,
       * "\n" line ends; a .docx/.xlsx/.html as its text view), the lines `source.line` counts — so the dashboard can
       * show an imported task in its source as it does a published one.
       */
      sourceText: string;
    }
  | { ok: false; fileName: string; message: string; rowErrors: CsvRowError[] };

export interface UploadOptions {
  /** Ids of the datasets already shown (published and uploaded); the new id avoids them. */
  existingIds: readonly string[];
}

/** Files larger than this are refused rather than parsed in the browser (the seeds are under 60 KB). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

const NOT_TEXT_EXTENSIONS = /\.(xlsx|xlsm|xls|et|docx|doc|wps|pdf|zip|rar|7z|png|jpe?g|gif)$/i;
const CSV_EXTENSIONS = /\.(csv|tsv)$/i;

/**
 * Turns a dropped file into a validated dataset in the browser: decodes the bytes (UTF-8 with
 * or without BOM, UTF-16 with BOM, else GB18030), reads a CSV template (.csv/.tsv, or a .txt
 * whose first line is a template header) or any text layout the ingest reads, gives the
 * dataset an id none of `existingIds` has, and lists unreadable CSV rows. Never throws:
 * every failure is `{ ok: false, message }` naming the file.
 */
export function ingestUpload(fileName: string, bytes: Uint8Array, options: UploadOptions): UploadResult {
  const name = fileName.trim() || 'upload.txt';
  try {
    return ingestOrThrow(name, bytes, options);
  } catch (error) {
    return failure(name, `读取失败 (upload failed): ${String(error)}`);
  }
}

/**
 * Turns any file the ingest reads into a dataset — the one path of the browser import and the
 * CLI: .docx, .xlsx and .html/.htm through their table adapters (loaded only now), .doc, .wps,
 * .xls, .pdf refused with how to save them, and text and CSV as `ingestUpload`. Never throws.
 */
export async function ingestUploadFile(fileName: string, bytes: Uint8Array, options: UploadOptions): Promise<UploadResult> {
  const name = fileName.trim() || 'upload.txt';
  try {
    if (bytes.length > MAX_UPLOAD_BYTES) return ingestUpload(name, bytes, options);
    const read = await readSource(name, bytes);
    if (read.kind === 'refused') return failure(name, read.message);
    if (read.kind === 'text') return ingestUpload(name, bytes, options);
    const result = ingestTableDocument(name, read.doc);
    if (!result.ok) return { ok: false, fileName: name, message: result.message, rowErrors: [] };
    const dataset = withDatasetId(result.dataset, uniqueDatasetId(result.dataset.id, options.existingIds));
    return finish(name, dataset, result.summary.layout, read.doc.encoding ?? 'utf-8', read.doc.format === 'text' ? 'text' : read.doc.format, [], read.doc.lines.join('\n'));
  } catch (error) {
    return failure(name, `读取失败 (upload failed): ${String(error)}`);
  }
}

function ingestOrThrow(name: string, bytes: Uint8Array, options: UploadOptions): UploadResult {
  if (bytes.length > MAX_UPLOAD_BYTES) {
    return failure(name, `文件过大（${Math.ceil(bytes.length / 1024 / 1024)} MB，上限 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB）(file too large)`);
  }
  if (NOT_TEXT_EXTENSIONS.test(name) || isBinaryContainer(bytes)) {
    return failure(name, '不是文本文件：.docx / .xlsx / .html 请用导入按钮或拖放导入；旧版 .doc / .xls / .wps 请先另存为 .docx / .xlsx (not a text or CSV file)');
  }
  const { text, encoding, mixed } = decodeText(bytes);
  if (mixed !== undefined) return failure(name, formatMixedEncoding(mixed));
  if (text.includes('\u0000')) return failure(name, '文件含有二进制内容，不是文本文件 (binary content, not text)');
  if (text.trim() === '') return failure(name, '文件是空的 (empty file)');
  const normalised = text.replace(/\r\n?/g, '\n');
  const asCsv = CSV_EXTENSIONS.test(name) || isCsvTemplateText(normalised);
  return asCsv ? ingestCsv(name, normalised, encoding, options) : ingestText(name, normalised, encoding, options);
}

function ingestText(name: string, text: string, encoding: TextEncodingName, options: UploadOptions): UploadResult {
  const result = ingestDocument(name, text);
  if (!result.ok) return { ok: false, fileName: name, message: result.message, rowErrors: [] };
  const dataset = withDatasetId(result.dataset, uniqueDatasetId(result.dataset.id, options.existingIds));
  return finish(name, dataset, result.summary.layout, encoding, 'text', [], text);
}

function ingestCsv(name: string, text: string, encoding: TextEncodingName, options: UploadOptions): UploadResult {
  const csv = readCsvTemplate(text, name);
  if (!csv.ok) return ingestCsvTable(name, text, encoding, options, csv.message);
  if (csv.tasks.length === 0) {
    const shown = csv.rowErrors.slice(0, 5).map((e) => e.message);
    const more = csv.rowErrors.length > 5 ? [`……共 ${csv.rowErrors.length} 行无法读取`] : [];
    const detail = [...shown, ...more].join('；');
    return { ok: false, fileName: name, message: `${name}: 没有读到任何任务 (no task rows)${detail ? `：${detail}` : ''}`, rowErrors: csv.rowErrors };
  }
  // A CSV has no title line, signature or document number, so its metadata comes from the
  // file name and the region column (else the places its cells name), never from a cell that
  // merely looks like a title or a date; tasks are then built exactly as for a text document.
  const lines = text.split('\n');
  const region = csv.region ?? readMetadata(lines, 1).region;
  const result = assembleDataset({
    sourceFile: name,
    lines,
    layout: csv,
    meta: { title: titleFromFileName(name), region, issuer: null, docNumber: null, published: null, planPeriod: null },
    fingerprint: contentHash(text),
  });
  if (!result.ok) return { ok: false, fileName: name, message: result.message, rowErrors: csv.rowErrors };
  const dataset = withDatasetId(result.dataset, uniqueDatasetId(result.dataset.id, options.existingIds));
  return finish(name, dataset, CSV_LAYOUT, encoding, 'csv', csv.rowErrors, text);
}

/**
 * A CSV whose first row is not a template header (a title row above it, a 备注 column, other
 * column names) read as a table by the field dictionary; the template's message is kept for
 * when that fails too.
 */
function ingestCsvTable(name: string, text: string, encoding: TextEncodingName, options: UploadOptions, templateMessage: string): UploadResult {
  const read = readCsvTable(text);
  if (!read.ok || read.layout.tasks.length === 0) {
    const why = read.ok ? '' : `；${read.message}`;
    return { ok: false, fileName: name, message: `${templateMessage}${why}`, rowErrors: [] };
  }
  const lines = text.split('\n');
  const meta = readMetadata(lines, read.layout.taskRegion.start);
  const result = assembleDataset({
    sourceFile: name,
    lines,
    layout: read.layout,
    meta: { ...meta, title: meta.title ?? titleFromFileName(name), region: meta.region ?? read.region },
    fingerprint: contentHash(text),
  });
  if (!result.ok) return { ok: false, fileName: name, message: result.message, rowErrors: [] };
  const dataset = withDatasetId(result.dataset, uniqueDatasetId(result.dataset.id, options.existingIds));
  return finish(name, dataset, CSV_TABLE_LAYOUT, encoding, 'csv', [], text);
}

function finish(
  name: string,
  dataset: Dataset,
  layout: string,
  encoding: TextEncodingName,
  format: UploadFormat,
  rowErrors: CsvRowError[],
  sourceText: string,
): UploadResult {
  const checked = DatasetSchema.safeParse(dataset);
  if (!checked.success) {
    return failure(name, `数据集未通过校验 (schema): ${formatSchemaIssues(checked.error).join('; ')}`, rowErrors);
  }
  return { ok: true, dataset, summary: summariseDataset(dataset, layout), encoding, format, rowErrors, sourceText: sourceText.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') };
}

/** Returns `id`, or `id-upload`, `id-upload-2`, … — the first that none of `existingIds` has. */
export function uniqueDatasetId(id: string, existingIds: readonly string[]): string {
  const taken = new Set(existingIds);
  if (!taken.has(id)) return id;
  let candidate = `${id}-upload`;
  for (let n = 2; taken.has(candidate); n++) candidate = `${id}-upload-${n}`;
  return candidate;
}

function titleFromFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  return base.replace(/\.[^.]*$/, '').trim() || base || name;
}

function isBinaryContainer(bytes: Uint8Array): boolean {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  // zip (xlsx, docx), OLE2 (xls, doc, et, wps), PDF
  return starts(0x50, 0x4b, 0x03, 0x04) || starts(0xd0, 0xcf, 0x11, 0xe0) || starts(0x25, 0x50, 0x44, 0x46);
}

function failure(name: string, message: string, rowErrors: CsvRowError[] = []): UploadResult {
  return { ok: false, fileName: name, message: `${name}: ${message}`, rowErrors };
}
