/** One printed piece of a cell: the text after the tab, or a continuation line. */
export interface CellPiece {
  text: string;
  /** 1-based source line. */
  line: number;
}

/** A table cell: the line that starts with a tab, then any continuation lines. */
export interface TabCell {
  pieces: CellPiece[];
}

/** Cells printed one after another with no blank line between them. */
export interface TabBlock {
  cells: TabCell[];
}

export interface TabBlocks {
  blocks: TabBlock[];
  /** Lines of the 备注 paragraph that ends the table (from "备注：" to the next blank line). */
  noteLines: number[];
  /** Page numbers printed inside the table ("- 3 -"). */
  pageNumberLines: number[];
  /** Non-blank lines that continue no cell (before the first cell); left for the caller to report. */
  orphanLines: number[];
}

const NOTES_START = /^备注[：:]/;
const PAGE_NUMBER = /^[-—－–]\s*\d{1,3}\s*[-—－–]$/;

/**
 * Splits lines[from..] into blocks of tab-started cells: a line beginning with "\t" starts a
 * cell, a blank line ends a block, and any other line continues the last cell seen — also
 * across blank lines, because a page break can split one cell ("2022年12月" … "底前",
 * seeds/000_55f74f2804de3fe7.txt lines 21–23). Stops at a "备注：" paragraph.
 */
export function splitTabBlocks(lines: readonly string[], from = 0): TabBlocks {
  const result: TabBlocks = { blocks: [], noteLines: [], pageNumberLines: [], orphanLines: [] };
  let block: TabBlock | null = null;
  let lastCell: TabCell | null = null;
  for (let i = from; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const n = i + 1;
    if (raw.startsWith('\t')) {
      const text = raw.trim();
      if (block === null && NOTES_START.test(text)) {
        result.noteLines = collectNotes(lines, i);
        break;
      }
      if (block === null) {
        block = { cells: [] };
        result.blocks.push(block);
      }
      lastCell = { pieces: [{ text, line: n }] };
      block.cells.push(lastCell);
      continue;
    }
    const text = raw.trim();
    if (text === '') {
      block = null;
    } else if (NOTES_START.test(text)) {
      result.noteLines = collectNotes(lines, i);
      break;
    } else if (PAGE_NUMBER.test(text)) {
      result.pageNumberLines.push(n);
    } else if (lastCell === null) {
      result.orphanLines.push(n);
    } else {
      lastCell.pieces.push({ text, line: n });
    }
  }
  return result;
}

function collectNotes(lines: readonly string[], start: number): number[] {
  const notes: number[] = [];
  for (let i = start; i < lines.length && (lines[i] ?? '').trim() !== ''; i++) notes.push(i + 1);
  return notes;
}

const SENTENCE_END = /(?:[。！？!?；;]|[。！？][）)”"])$/;

/**
 * Joins a cell's pieces into its text: 'flat' glues them with nothing (units, deadlines,
 * section labels, where a break is only a wrap); 'paragraphs' keeps a "\n" after a piece that
 * ends a sentence (a real paragraph in a task body) and glues a piece broken mid-sentence.
 */
export function joinCell(cell: TabCell | undefined, mode: 'flat' | 'paragraphs'): string {
  if (!cell) return '';
  let out = '';
  for (const { text } of cell.pieces) {
    if (text === '') continue;
    const sep = out === '' ? '' : mode === 'paragraphs' && SENTENCE_END.test(out) ? '\n' : '';
    out += sep + text;
  }
  return out.trim();
}

/** Every source line a cell was built from. */
export function cellLines(cell: TabCell): number[] {
  return cell.pieces.map((p) => p.line);
}
