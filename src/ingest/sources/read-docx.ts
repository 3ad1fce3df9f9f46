import type { SourceTable, TableCell, TableDocument, TableRow } from '../table/table-model.ts';

/** A cell as Word stores it, before merges are resolved. */
interface WordCell {
  paragraphs: string[];
  span: number;
  /** 'restart' starts a vertical merge, 'continue' continues the one above, null for none. */
  vMerge: 'restart' | 'continue' | null;
}

interface WordRow {
  cells: WordCell[];
  gridBefore: number;
}

/**
 * Reads a .docx: paragraphs outside tables become lines of the text view (the title and 附件
 * line above a table, the issuer and date below); each table becomes a SourceTable whose
 * vertically merged cells (vMerge) are marked 'down' and carry the merge's text, and whose
 * horizontally spanned cells (gridSpan) are marked 'right'. A cell's paragraphs are kept as
 * lines; nested tables are read as text of their cell. fflate (unzip) and saxes (streaming
 * XML) are loaded here only, when a Word file is read.
 */
export async function readDocx(bytes: Uint8Array): Promise<TableDocument> {
  const [{ unzipSync }, { SaxesParser }] = await Promise.all([import('fflate'), import('saxes')]);
  const files = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' });
  const xml = files['word/document.xml'];
  if (!xml) throw new Error('不是 Word 文档：缺少 word/document.xml (not a Word document)');
  const parser = new SaxesParser({ xmlns: false });
  const lines: string[] = [];
  const tables: SourceTable[] = [];

  // Table depth: only the outermost table is a table; deeper ones are text of their cell.
  let depth = 0;
  let rows: WordRow[] = [];
  let row: WordRow | null = null;
  let cell: WordCell | null = null;
  let paragraph: string | null = null;
  let inText = false;
  let skipText = 0; // inside w:delText / w:instrText

  const flushTable = () => {
    const table = resolveTable(rows, lines, tables.length + 1);
    if (table.rows.length > 0) tables.push(table);
    rows = [];
  };

  parser.on('opentag', (tag) => {
    const name = tag.name;
    const attr = (key: string) => {
      const value = tag.attributes[key];
      return typeof value === 'string' ? value : undefined;
    };
    switch (name) {
      case 'w:tbl':
        depth++;
        break;
      case 'w:tr':
        if (depth === 1) row = { cells: [], gridBefore: 0 };
        break;
      case 'w:gridBefore':
        if (depth === 1 && row && !cell) row.gridBefore = Number(attr('w:val') ?? '0') || 0;
        break;
      case 'w:tc':
        if (depth === 1) cell = { paragraphs: [], span: 1, vMerge: null };
        break;
      case 'w:gridSpan':
        if (depth === 1 && cell) cell.span = Math.max(1, Number(attr('w:val') ?? '1') || 1);
        break;
      case 'w:vMerge':
        if (depth === 1 && cell) cell.vMerge = attr('w:val') === 'restart' ? 'restart' : 'continue';
        break;
      case 'w:p':
        paragraph = paragraph ?? '';
        break;
      case 'w:t':
        inText = true;
        break;
      case 'w:delText':
      case 'w:instrText':
        skipText++;
        break;
      case 'w:tab':
        if (paragraph !== null) paragraph += ' ';
        break;
      case 'w:br':
      case 'w:cr':
        if (paragraph !== null) paragraph += '\n';
        break;
      default:
        break;
    }
  });
  parser.on('text', (text) => {
    if (inText && skipText === 0 && paragraph !== null) paragraph += text;
  });
  parser.on('closetag', (tag) => {
    switch (tag.name) {
      case 'w:t':
        inText = false;
        break;
      case 'w:delText':
      case 'w:instrText':
        skipText--;
        break;
      case 'w:p': {
        const text = (paragraph ?? '').replace(/[ \t\u00a0]+/g, ' ').trim();
        paragraph = null;
        if (depth === 0) lines.push(text);
        else if (cell) cell.paragraphs.push(text);
        break;
      }
      case 'w:tc':
        if (depth === 1 && row && cell) row.cells.push(cell);
        if (depth === 1) cell = null;
        break;
      case 'w:tr':
        if (depth === 1 && row) rows.push(row);
        if (depth === 1) row = null;
        break;
      case 'w:tbl':
        depth--;
        if (depth === 0) flushTable();
        break;
      default:
        break;
    }
  });
  parser.write(new TextDecoder('utf-8').decode(xml)).close();
  return { format: 'docx', lines, tables };
}

/**
 * Lays Word rows onto the grid: a cell spanning n grid columns fills n cells (the later ones
 * 'right' copies); a vMerge 'continue' cell copies the text of the cell above in its grid
 * column and is marked 'down'. Each row becomes one line of the text view.
 */
function resolveTable(rows: readonly WordRow[], lines: string[], tableNo: number): SourceTable {
  const out: TableRow[] = [];
  let above: TableCell[] = [];
  for (const [r, word] of rows.entries()) {
    const cells: TableCell[] = [];
    for (let g = 0; g < word.gridBefore; g++) cells.push({ text: '', place: place(tableNo, r, cells.length), merged: null });
    for (const wc of word.cells) {
      const at = cells.length;
      const upper = above[at];
      const continues = wc.vMerge === 'continue' && upper !== undefined;
      const text = continues ? upper.text : wc.paragraphs.filter((p, i, all) => p !== '' || i < all.length - 1).join('\n').trim();
      cells.push({ text, place: place(tableNo, r, at), merged: continues ? 'down' : null });
      for (let s = 1; s < wc.span; s++) cells.push({ text, place: place(tableNo, r, at + s), merged: 'right' });
    }
    lines.push(cells.filter((c) => c.merged === null && c.text !== '').map((c) => c.text.replace(/\s*\n\s*/g, ' ')).join('\t'));
    out.push({ cells, line: lines.length, lines: [lines.length] });
    above = cells;
  }
  return { rows: out, marksMerges: true };
}

function place(table: number, row: number, col: number): string {
  return `表 ${table} 第 ${row + 1} 行第 ${col + 1} 列`;
}
