/** One non-blank line of a flattened table: a cell (or a fragment of one) and where it was printed. */
export interface FlatCell {
  /** The line trimmed of surrounding whitespace. */
  text: string;
  /** 1-based source line. */
  line: number;
  /** True when the next source line is blank (a flattened table puts a blank line after every cell). */
  blankAfter: boolean;
  /** True when the printed line starts with a tab (a tab-separated table, not a flattened one). */
  tabbed: boolean;
}

/** Reads the non-blank lines of a document as cells with their 1-based line numbers; never fails. */
export function readFlatCells(lines: readonly string[]): FlatCell[] {
  const cells: FlatCell[] = [];
  lines.forEach((raw, i) => {
    const text = raw.trim();
    if (text === '') return;
    const next = lines[i + 1];
    cells.push({ text, line: i + 1, blankAfter: next === undefined || next.trim() === '', tabbed: raw.startsWith('\t') });
  });
  return cells;
}
