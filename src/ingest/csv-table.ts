import { CSV_DELIMITERS, readCsvRecords } from './csv-records.ts';
import { readTableTasks, type TableTasks } from './table/read-table-tasks.ts';
import type { SourceTable, TableRow } from './table/table-model.ts';

/** The layout name of a CSV that is not the template but a task table with a header somewhere. */
export const CSV_TABLE_LAYOUT = 'csv-table';

/**
 * Reads a CSV that the template reader refused (a title row above the header, a 备注 column, a
 * header named in other words) as a table: the delimiter whose records give a header the
 * field dictionary reads, the header found in the first rows rather than assumed in row 1.
 */
export function readCsvTable(text: string): TableTasks {
  let first: TableTasks | null = null;
  for (const delimiter of CSV_DELIMITERS) {
    const records = readCsvRecords(text, delimiter);
    const rows: TableRow[] = records
      .filter((r) => !r.error)
      .map((r) => {
        const lines: number[] = [];
        for (let l = r.line; l <= r.endLine; l++) lines.push(l);
        return { line: r.line, lines, cells: r.cells.map((c, i) => ({ text: c, place: `第 ${r.line} 行第 ${i + 1} 列`, merged: null })) };
      });
    const table: SourceTable = { rows, marksMerges: false };
    const read = readTableTasks(CSV_TABLE_LAYOUT, [table]);
    if (read.ok && read.layout.tasks.length > 0) return read;
    first ??= read;
  }
  return first ?? { ok: false, message: '' };
}
