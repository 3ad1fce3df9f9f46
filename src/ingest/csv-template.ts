import type { Role } from '../model/schema.ts';
import { joinCsvCell } from './csv-cell.ts';
import { exportOnlyColumns, parseCsvHeader, tryParseCsvColumnRole, type CsvColumnRole } from './csv-header.ts';
import { CSV_DELIMITERS, readCsvRecords, type CsvRecord } from './csv-records.ts';
import { formatSectionLabel } from './layouts/section-label.ts';
import type { LayoutResult, RawTask, UnitCell } from './raw-task.ts';

/** A CSV row the template reader could not turn into a task, by its 1-based line. */
export interface CsvRowError {
  line: number;
  message: string;
}

/**
 * A read CSV template: a LayoutResult (so the assembler can take it like any layout, with
 * each row error also in `issues` as 'malformed-row'), plus the region column's value and
 * the rows it could not read; or a message naming the file when the header is unusable.
 */
export type CsvTemplateResult =
  | ({ ok: true; region: string | null; rowErrors: CsvRowError[]; delimiter: string } & LayoutResult)
  | { ok: false; message: string };

/** The layout name a CSV template's LayoutResult carries. */
export const CSV_LAYOUT = 'csv-template';

const UNIT_LABEL: Record<Role, string> = { lead: '牵头单位', responsible: '责任单位', support: '配合单位' };

// "一级 / 二级" or "一级>二级": a bare "/" stays inside a label ("5G/千兆光网"), and so does
// ">" in a cell that also holds "<" (markup is text to show, not levels).
const SLASH_SEPARATOR = /\s+[/／]\s+/;
const ANY_SEPARATOR = /\s+[/／]\s+|\s*[>＞]\s*/;

/**
 * Reads the documented CSV task template (header row, then one row per task; Chinese or
 * English column names) into raw tasks with the CSV line each row starts on. Rows it cannot
 * read are listed in `rowErrors` and their neighbours kept; an unusable header (unknown or
 * repeated name, no task column, empty file) gives `{ ok: false, message }`. Never throws.
 */
export function readCsvTemplate(text: string, fileName: string): CsvTemplateResult {
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const delimiter = chooseDelimiter(clean);
  const records = readCsvRecords(clean, delimiter);
  const headerAt = records.findIndex((r) => !isBlank(r));
  const headerRecord = records[headerAt];
  if (!headerRecord) return { ok: false, message: `${fileName}: 文件为空，没有表头 (empty file, no header row)` };
  if (headerRecord.error) return { ok: false, message: `${fileName}: 第 ${headerRecord.line} 行表头无法读取：${headerRecord.error}` };
  const parsed = parseCsvHeader(headerRecord.cells);
  if (!parsed.ok) return { ok: false, message: `${fileName}: ${parsed.message}` };
  const columns = parsed.header.columns;
  const exportOnly = parsed.header.exportOnly;
  const hasLead = columns.includes('lead');

  const tasks: RawTask[] = [];
  const rowErrors: CsvRowError[] = [];
  const furnitureLines = spanOf(headerRecord);
  let fill: { section: string; region: string } = { section: '', region: '' };
  let region: string | null = null;

  // A row holding only a section (and region) labels the rows below it; it is furniture once
  // a task is filed under it, else it is listed as a row error so that its text is not lost.
  let heading: CsvRecord | null = null;
  const closeHeading = (): void => {
    if (heading) rowErrors.push({ line: heading.line, message: `第 ${heading.line} 行：领域行下没有任务 (section row with no task under it)` });
    heading = null;
  };

  for (const record of records.slice(headerAt + 1)) {
    if (isBlank(record)) {
      furnitureLines.push(...spanOf(record));
      continue;
    }
    const cell = (role: CsvColumnRole): string => {
      const at = columns.indexOf(role);
      return at === -1 ? '' : (record.cells[at] ?? '');
    };
    const problem = rowProblem(record, columns, exportOnly);
    if (problem !== 'bad-shape') {
      fill = {
        section: joinCsvCell(cell('section'), 'flat') || fill.section,
        region: joinCsvCell(cell('region'), 'flat') || fill.region,
      };
    }
    if (problem === null) {
      heading = null;
      if (region === null && fill.region !== '') region = fill.region;
      tasks.push(buildRawTask(record, cell, fill.section, hasLead));
      continue;
    }
    furnitureLines.push(...spanOf(record));
    if (problem === 'heading') {
      closeHeading();
      heading = record;
      continue;
    }
    rowErrors.push({ line: record.line, message: `第 ${record.line} 行：${rowMessage(record, columns, exportOnly)}` });
  }
  closeHeading();
  rowErrors.sort((a, b) => a.line - b.line);

  const lineCount = clean.split('\n').length;
  const issues = rowErrors.map((e) => ({ code: 'malformed-row' as const, message: e.message, line: e.line }));
  return {
    ok: true,
    layout: CSV_LAYOUT,
    tasks,
    taskRegion: { start: headerRecord.line, end: lineCount },
    furnitureLines,
    unitGroups: {},
    issues,
    region,
    rowErrors,
    delimiter,
  };
}

function buildRawTask(record: CsvRecord, cell: (role: CsvColumnRole) => string, section: string, hasLead: boolean): RawTask {
  const unitCells: UnitCell[] = [];
  for (const role of ['lead', 'responsible', 'support'] as const) {
    const text = joinCsvCell(cell(role), 'units');
    // A 责任单位 column says "responsible" only beside a 牵头单位 column, as in the text layouts.
    if (text !== '') unitCells.push({ text, role: role === 'responsible' && !hasLead ? null : role });
  }
  const labelled = (['lead', 'responsible', 'support'] as const)
    .map((role) => [role, joinCsvCell(cell(role), 'units')] as const)
    .filter(([, text]) => text !== '')
    .map(([role, text]) => `${UNIT_LABEL[role]}：${text}`);
  const no = joinCsvCell(cell('no'), 'flat');
  const title = joinCsvCell(cell('title'), 'flat');
  return {
    no: no === '' ? null : no,
    path: splitSection(section),
    title: title === '' ? null : title,
    text: joinCsvCell(cell('task'), 'paragraphs'),
    unitCells,
    unitsRaw: labelled.join('；'),
    deadlineRaw: joinCsvCell(cell('deadline'), 'flat'),
    line: record.line,
    lines: spanOf(record),
    issues: [],
  };
}

/** null for a task row; 'heading' for a section-only row; 'bad-shape' when cells cannot be placed; 'no-task' otherwise. */
function rowProblem(record: CsvRecord, columns: readonly (CsvColumnRole | null)[], exportOnly: readonly number[]): 'bad-shape' | 'heading' | 'no-task' | null {
  if (shapeProblem(record, columns, exportOnly)) return 'bad-shape';
  const filled = new Set(columns.filter((role, i) => role !== null && (record.cells[i] ?? '').trim() !== ''));
  if (filled.has('task')) return null;
  if (filled.has('section') && [...filled].every((role) => role === 'section' || role === 'region')) return 'heading';
  return 'no-task';
}

function rowMessage(record: CsvRecord, columns: readonly (CsvColumnRole | null)[], exportOnly: readonly number[]): string {
  return shapeProblem(record, columns, exportOnly) ?? '缺少任务内容（任务 / task 列为空）(no task text)';
}

function shapeProblem(record: CsvRecord, columns: readonly (CsvColumnRole | null)[], exportOnly: readonly number[]): string | null {
  if (record.error) return record.error;
  const extra = record.cells.slice(columns.length).filter((c) => c.trim() !== '');
  if (record.cells.length < columns.length || extra.length > 0) {
    return `列数不符：表头 ${columns.length} 列，此行 ${record.cells.length} 列 (wrong number of columns)`;
  }
  // text under an export-only column (Duban's task id, source …) is Duban's own, derived again on import
  const unnamed = columns.findIndex((role, i) => role === null && !exportOnly.includes(i) && (record.cells[i] ?? '').trim() !== '');
  if (unnamed !== -1) return `第 ${unnamed + 1} 列没有列名，内容无法归类 (text under a column with no header)`;
  return null;
}

function splitSection(section: string): string[] {
  if (section === '') return [];
  const parts = section.split(/[<＜]/.test(section) ? SLASH_SEPARATOR : ANY_SEPARATOR);
  return parts.map(formatSectionLabel).filter((s) => s !== '');
}

function isBlank(record: CsvRecord): boolean {
  return !record.error && record.cells.every((c) => c.trim() === '');
}

function spanOf(record: CsvRecord): number[] {
  const lines: number[] = [];
  for (let line = record.line; line <= record.endLine; line++) lines.push(line);
  return lines;
}

/** The delimiter under which the first non-blank line names the most known columns (ties: ","). */
function chooseDelimiter(text: string): string {
  const firstLine = text.split('\n').find((l) => l.trim() !== '') ?? '';
  let best: string = CSV_DELIMITERS[0];
  let bestScore = 0;
  for (const delimiter of CSV_DELIMITERS) {
    const score = firstLine.split(delimiter).filter((c) => tryParseCsvColumnRole(c.replace(/^"|"$/g, '')) !== null).length;
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

/**
 * True when the first non-blank line is a CSV template header (every non-empty cell a known
 * column name or, in Duban's full export, an export-only one; one of them the task column) — how a template saved as .txt (Excel's
 * tab-separated "Unicode text") is recognised without asking.
 */
export function isCsvTemplateText(text: string): boolean {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n|\r/).find((l) => l.trim() !== '') ?? '';
  return CSV_DELIMITERS.some((delimiter) => {
    const named = firstLine.split(delimiter).map((c) => c.replace(/^\s*"|"\s*$/g, '')).filter((c) => c.trim() !== '');
    const exportOnly = exportOnlyColumns(named);
    const cells = named.filter((_, i) => !exportOnly.includes(i));
    const roles = cells.map(tryParseCsvColumnRole);
    return cells.length >= 2 && roles.every((r) => r !== null) && roles.includes('task');
  });
}
