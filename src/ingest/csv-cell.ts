/** How the line breaks inside one CSV cell are joined. */
export type CsvCellMode = 'flat' | 'paragraphs' | 'units';

const SENTENCE_END = /[。！？!?；;][）)”"]?$/;
const UNIT_SEPARATOR = /[、，,；;]$/;

/**
 * Joins the lines of one CSV cell (Excel's Alt+Enter) and trims it: 'flat' glues them (a
 * wrap, in numbers, labels and deadlines); 'paragraphs' keeps "\n" after a line that ends a
 * sentence and glues the rest; 'units' puts "、" between names written one per line.
 * Latin words broken across lines keep one space between them.
 */
export function joinCsvCell(cell: string, mode: CsvCellMode): string {
  const lines = cell.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  let out = '';
  for (const line of lines) {
    out += out === '' ? line : separator(out, line, mode) + line;
  }
  return out;
}

function separator(before: string, after: string, mode: CsvCellMode): string {
  if (mode === 'paragraphs' && SENTENCE_END.test(before)) return '\n';
  if (mode === 'units' && !UNIT_SEPARATOR.test(before) && !/^[、，,；;]/.test(after)) return '、';
  return /[A-Za-z0-9]$/.test(before) && /^[A-Za-z0-9]/.test(after) ? ' ' : '';
}
