import type { TextEncodingName } from '../decode-text.ts';

/**
 * The one shape every table source is read into (Word, Excel, web page, CSV, text), so that
 * one header-driven step turns any of them into raw tasks.
 */

/** How a cell relates to a merge in the source; the merged cell already holds its origin's text. */
export type CellMerge = 'down' | 'right' | null;

export interface TableCell {
  /** The cell's text as printed; paragraphs inside the cell are separated by "\n". */
  text: string;
  /**
   * Where the cell is, for people: "第 12 行" (text), "Sheet1!B3" (xlsx), "表 1 第 3 行第 2 列" (docx, html).
   */
  place: string;
  /**
   * 'down' when the source merged this cell with the one above (Word vMerge, Excel merged range,
   * HTML rowspan), 'right' when merged with the one to its left (gridSpan, colspan); the text is
   * then the merge origin's, so a unit printed once belongs to every row of the merge.
   */
  merged: CellMerge;
}

export interface TableRow {
  cells: TableCell[];
  /** 1-based line of the row in the document's text view (see TableDocument.lines). */
  line: number;
  /** Every line of the text view the row was built from. */
  lines: number[];
}

export interface SourceTable {
  rows: TableRow[];
  /**
   * True when the source can mark merges (docx, xlsx, html): a blank cell is then really blank.
   * Text tables carry no merge marks, so only their section and number columns are filled down.
   */
  marksMerges: boolean;
}

/** The file formats a TableDocument can come from. */
export type TableFormat = 'docx' | 'xlsx' | 'html' | 'csv' | 'text';

/**
 * A read document: its text view (paragraphs and one line per table row, used for metadata,
 * line numbers and line accounting) and its tables.
 */
export interface TableDocument {
  format: TableFormat;
  /** How the bytes were decoded (HTML); XML formats (docx, xlsx) are UTF-8. */
  encoding?: TextEncodingName;
  lines: string[];
  tables: SourceTable[];
}

/** A plain cell from text, with no merge. */
export function textCell(text: string, place: string): TableCell {
  return { text, place, merged: null };
}
