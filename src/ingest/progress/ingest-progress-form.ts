import { contentHash } from '../content-hash.ts';
import { decodeText } from '../decode-text.ts';
import { ProgressFileSchema, type ProgressFile } from '../../model/progress-schema.ts';
import { formatSchemaIssues } from '../../model/schema.ts';
import type { FormCell } from './progress-cell.ts';
import { readProgressCsvRows } from './read-progress-csv.ts';
import { readProgressXlsxRows } from './read-progress-xlsx.ts';
import { isProgressTable, readProgressTable, type ProgressTaskIndex, type ReadProgressResult } from './read-progress-table.ts';

export type { ProgressTaskIndex } from './read-progress-table.ts';

/** Whether a file name is a spreadsheet this reader opens as .xlsx. */
export function isXlsxName(name: string): boolean {
  return /\.(xlsx|xlsm)$/i.test(name);
}

/** Splits a form file (.xlsx, else CSV text in UTF-8 / UTF-16 / GB18030) into rows of cells; throws on a damaged spreadsheet. */
export async function readProgressRows(fileName: string, bytes: Uint8Array): Promise<FormCell[][]> {
  if (isXlsxName(fileName)) return readProgressXlsxRows(bytes);
  const { text } = decodeText(bytes);
  return readProgressCsvRows(text.replace(/\r\n?/g, '\n'));
}

/** Whether a file is a returned progress form (an .xlsx or CSV with 任务编号 and 进展状态 in its header), judged from its bytes; never throws. */
export async function isProgressForm(fileName: string, bytes: Uint8Array): Promise<boolean> {
  if (!isXlsxName(fileName) && !/\.(csv|tsv|txt)$/i.test(fileName)) return false;
  try {
    return isProgressTable(await readProgressRows(fileName, bytes));
  } catch {
    return false;
  }
}

/** A progress file id from the form's name and bytes: stable across runs, never a dataset's. */
export function progressFileId(fileName: string, bytes: Uint8Array): string {
  let text = fileName;
  for (let i = 0; i < bytes.length; i += 1) text += String.fromCharCode(bytes[i]!);
  return `progress-${contentHash(text)}`;
}

/**
 * Turns a returned form into a validated progress file: reads it (.xlsx or CSV), checks every
 * row against the tasks shown (see readProgressTable) and validates the result against the
 * progress schema. Never throws: a file that is no form, or a damaged one, is `{ ok: false }` with
 * a message naming it.
 */
export async function ingestProgressForm(fileName: string, bytes: Uint8Array, index: ProgressTaskIndex, id = progressFileId(fileName, bytes)): Promise<ReadProgressResult> {
  let rows: FormCell[][];
  try {
    rows = await readProgressRows(fileName, bytes);
  } catch (error) {
    return { ok: false, message: `${fileName}: 无法打开表格 (cannot open the spreadsheet): ${String(error)}` };
  }
  const result = readProgressTable(rows, { file: fileName, id, index });
  if (!result.ok) return result;
  const checked = ProgressFileSchema.safeParse(result.progress);
  if (!checked.success) return { ok: false, message: `${fileName}: ${formatSchemaIssues(checked.error).join('; ')}` };
  return { ok: true, progress: checked.data satisfies ProgressFile };
}
