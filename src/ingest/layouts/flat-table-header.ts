import type { FlatCell } from './flat-table-cells.ts';

/** What a header cell says its column holds. */
export type FlatColumnKind =
  | 'no'
  | 'task-name'
  | 'goal'
  | 'text'
  | 'lead'
  | 'responsible'
  | 'support'
  | 'deadline'
  | 'note';

export interface FlatColumn {
  kind: FlatColumnKind;
  /** The header as printed, fragments joined ("完成" + "时限" → "完成时限"). */
  label: string;
}

export interface FlatHeader {
  columns: FlatColumn[];
  /** Index in the cell list of the first header cell. */
  first: number;
  /** Index in the cell list just past the header. */
  end: number;
  /** Source lines of the header cells. */
  lines: number[];
}

// Deliberately narrow, unlike the shared field dictionary (src/ingest/table/field-dictionary.ts): this layout looks
// for a header on every line of a flattened text, and widening it to the dictionary's patterns lets it claim
// one-cell-per-line tables that the header-driven reader (src/ingest/sources/cell-per-line.ts) reads better —
// tried, and two generalisation fixtures lost their units. The names here agree with the dictionary's meaning.
const HEADER_WORDS: Record<string, FlatColumnKind> = {
  序号: 'no',
  编号: 'no',
  任务: 'task-name',
  工作任务: 'task-name',
  主要任务: 'task-name',
  重点任务: 'task-name',
  任务名称: 'task-name',
  攻坚领域: 'task-name',
  目标: 'goal',
  工作目标: 'goal',
  任务目标: 'goal',
  落实举措: 'text',
  具体举措: 'text',
  工作举措: 'text',
  主要举措: 'text',
  具体措施: 'text',
  工作措施: 'text',
  主要措施: 'text',
  具体任务: 'text',
  任务内容: 'text',
  工作内容: 'text',
  具体工作内容: 'text',
  主要内容: 'text',
  牵头单位: 'lead',
  牵头部门: 'lead',
  责任单位: 'responsible',
  责任部门: 'responsible',
  配合单位: 'support',
  配合部门: 'support',
  协办单位: 'support',
  完成时限: 'deadline',
  完成时间: 'deadline',
  时限: 'deadline',
  时间节点: 'deadline',
  备注: 'note',
};

/** Returns the column kind a header cell names, or null when the text is not a known header. */
export function headerKindOf(text: string): FlatColumnKind | null {
  return HEADER_WORDS[text.replace(/\s+/g, '')] ?? null;
}

/**
 * Reads a flattened header row starting at cell `first` — one header cell per line, each
 * followed by a blank line, a header split over two lines joined ("完成" / "时限") — or
 * returns null when fewer than four header cells, or no unit column, are found there.
 */
export function tryParseFlatHeader(cells: readonly FlatCell[], first: number): FlatHeader | null {
  const columns: FlatColumn[] = [];
  const lines: number[] = [];
  let i = first;
  while (i < cells.length) {
    const cell = cells[i]!;
    if (cell.tabbed || !cell.blankAfter) break;
    const kind = headerKindOf(cell.text);
    if (kind) {
      columns.push({ kind, label: cell.text });
      lines.push(cell.line);
      i += 1;
      continue;
    }
    // a header cell wrapped inside its table cell: "完成" then "时限" (seeds/001…, lines 134-136)
    const next = cells[i + 1];
    const joined = next && !next.tabbed && next.blankAfter ? cell.text + next.text : '';
    const joinedKind = joined ? headerKindOf(joined) : null;
    if (!next || !joinedKind) break;
    columns.push({ kind: joinedKind, label: joined });
    lines.push(cell.line, next.line);
    i += 2;
  }
  const hasUnits = columns.some((c) => c.kind === 'lead' || c.kind === 'responsible' || c.kind === 'support');
  if (columns.length < 4 || !hasUnits) return null;
  // a lone 任务 column is the task body when no other column holds it
  if (!columns.some((c) => c.kind === 'text')) {
    const name = columns.find((c) => c.kind === 'task-name');
    if (name) name.kind = 'text';
  }
  return { columns, first, end: i, lines };
}

/** Finds the first flattened header row in the cells, or null when there is none. */
export function findFlatHeader(cells: readonly FlatCell[], from = 0): FlatHeader | null {
  for (let i = from; i < cells.length; i++) {
    if (headerKindOf(cells[i]!.text) === null) continue;
    const header = tryParseFlatHeader(cells, i);
    if (header) return header;
  }
  return null;
}
