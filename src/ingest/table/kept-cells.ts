import type { RawTaskIssue } from '../raw-task.ts';

/**
 * Columns no task field holds, whatever layout or file the table came from: a header the field
 * dictionary does not know, a 备注/说明 note, and a 地区 column. Their cells are never dropped:
 * every table reader (tab-table, flat-table, pipe rows, cell per line, CSV, docx/xlsx/html)
 * appends them to the task text through this one helper, so they read alike everywhere.
 */
export type KeptKind = 'unmapped' | 'note' | 'region';

export interface KeptCell {
  kind: KeptKind;
  /** The header as printed ('' when the header cell was blank). */
  header: string;
  /** The cell's text; '' for a blank cell (nothing is appended). */
  text: string;
}

/**
 * The lines to append to a task's text for its kept cells, in column order: "header：value"
 * (a note with no header is "备注：…"). A region cell is appended only when it differs from the
 * dataset's region (`datasetRegion`, the table's first region value): the dataset holds one
 * region, so a row of another region keeps its own in the text instead of losing it.
 */
export function keptCellLines(cells: readonly KeptCell[], datasetRegion: string | null): string[] {
  const out: string[] = [];
  for (const { kind, header, text } of cells) {
    const value = text.trim();
    if (value === '') continue;
    if (kind === 'region' && (datasetRegion === null || value === datasetRegion)) continue;
    const label = header !== '' ? header : kind === 'note' ? '备注' : kind === 'region' ? '地区' : '';
    out.push(label === '' ? value : `${label}：${value}`);
  }
  return out;
}

/** The task text with the kept lines after it, one per line. */
export function withKeptLines(text: string, kept: readonly string[]): string {
  return [text, ...kept].filter((t) => t !== '').join('\n');
}

/** A header column's position and name, as every reader knows it. */
export interface NamedColumn {
  /** 0-based column index. */
  index: number;
  header: string;
  kind: string;
}

/**
 * One 'unmapped-column' issue per column whose header the dictionary does not know, naming the
 * header, its column and the header's line, so the person can rename the header or check the text.
 */
export function unmappedColumnIssues(columns: readonly NamedColumn[], line: number): RawTaskIssue[] {
  return columns
    .filter((c) => c.kind === 'unmapped' && c.header !== '')
    .map((c) => ({
      code: 'unmapped-column' as const,
      message: `第 ${line} 行表头第 ${c.index + 1} 列“${c.header}”不是已知列名，其内容以“${c.header}：…”并入任务正文 (column header not recognised; its cells are kept in the task text)`,
      line,
    }));
}

/**
 * One 'unmapped-column' issue when a 地区 column holds more than one region: the dataset keeps
 * the first, and the rows of the others carry theirs in the text (see keptCellLines).
 */
export function regionColumnIssue(header: string, regions: ReadonlySet<string>, line: number): RawTaskIssue[] {
  if (regions.size < 2) return [];
  const [first, ...others] = [...regions];
  return [
    {
      code: 'unmapped-column',
      message: `“${header || '地区'}”列有 ${regions.size} 个地区，数据集地区记为“${first}”，其余（${others.map((r) => `“${r}”`).join('、')}）写入各任务正文 (several regions in one table: the others are kept in the task text)`,
      line,
    },
  ];
}
