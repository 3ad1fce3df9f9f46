import type { RawTask, RawTaskIssue, UnitCell } from '../raw-task.ts';
import { keptCellLines, withKeptLines, type KeptCell } from '../table/kept-cells.ts';
import { cellLines, joinCell, type TabCell } from './tab-table-cells.ts';
import type { TabColumn } from './tab-table-columns.ts';
import { tryParseLeadTitle } from './lead-title.ts';
import { formatSectionLabel } from './section-label.ts';

/** A table row with its cells placed under their columns (undefined = the row lacks that cell). */
export interface TabRow {
  cells: (TabCell | undefined)[];
  issues: RawTaskIssue[];
  /** The section row printed above this row inside the table ("一、…" as a row of its own), if any. */
  heading?: string;
}

/** Values carried down from the rows above, by column index, for blank cells. */
export type FillDown = ReadonlyMap<number, string>;

/**
 * Builds the raw task of one row: the number, the section path, title, text, unit cells and
 * deadline. Blank section cells (and missing ones, in a malformed row) and blank unit or
 * deadline cells are filled down from `fill`; the fill-down values for the next row come back.
 */
export function buildTabRawTask(
  row: TabRow,
  columns: readonly TabColumn[],
  fill: FillDown,
  datasetRegion: string | null = null,
): { task: RawTask; fill: FillDown } {
  const next = new Map(fill);
  const filledDown: RawTaskIssue[] = [];
  const flat = (i: number): string => {
    const cell = row.cells[i];
    const kind = columns[i]?.kind;
    const text = joinCell(cell, 'flat');
    // A blank (printed but empty) cell stands for the merged cell above — Word's text export prints a
    // merged cell once — but a text file cannot tell it from a cell left blank, so the task says so.
    const fillable = (kind === 'units' || kind === 'deadline') && cell !== undefined;
    if (text === '' && fillable) {
      const above = fill.get(i) ?? '';
      const line = cell.pieces[0]?.line ?? 0;
      if (above !== '') {
        filledDown.push({ code: 'filled-down', line, message: `第 ${line} 行“${columns[i]?.header ?? ''}”为空，按合并单元格沿用上一行的“${above}”` });
      }
      return above;
    }
    if (text !== '') next.set(i, text);
    return text;
  };
  const indexes = (kind: TabColumn['kind']): number[] =>
    columns.flatMap((c, i) => (c.kind === kind ? [i] : []));

  const no = indexes('no').map(flat).find((t) => t !== '') ?? null;
  const path: string[] = row.heading ? [row.heading] : [];
  let newSection = false;
  for (const i of indexes('section')) {
    const printed = formatSectionLabel(joinCell(row.cells[i], 'flat'));
    // Under a newly printed outer section, a blank inner cell does not inherit the old inner label.
    const label = printed !== '' ? printed : newSection ? '' : (fill.get(i) ?? '');
    if (printed !== '' && printed !== fill.get(i)) newSection = true;
    if (label !== '' && label !== row.heading) path.push(label);
    if (label !== '') next.set(i, label);
    else next.delete(i);
  }
  const body = indexes('text')
    .map((i) => joinCell(row.cells[i], 'paragraphs'))
    .filter((t) => t !== '')
    .join('\n');
  // Unknown, 备注 and 地区 columns are kept in the text, never dropped (and never a unit or deadline).
  const kept: KeptCell[] = columns.flatMap((c, i): KeptCell[] =>
    c.kind === 'unmapped' || c.kind === 'note' || c.kind === 'region'
      ? [{ kind: c.kind, header: c.header, text: joinCell(row.cells[i], c.kind === 'region' ? 'flat' : 'paragraphs') }]
      : [],
  );
  const keptLines = keptCellLines(kept, datasetRegion);
  const text = withKeptLines(body, keptLines);
  const titleColumns = indexes('title');
  const title =
    titleColumns.length > 0
      ? titleColumns.map((i) => joinCell(row.cells[i], 'flat').replace(/。$/, '')).find((t) => t !== '') ?? null
      : tryParseLeadTitle(body);

  const unitIndexes = indexes('units');
  const unitCells: UnitCell[] = [];
  const labelled: string[] = [];
  for (const i of unitIndexes) {
    const unitText = flat(i);
    if (unitText === '') continue;
    unitCells.push({ text: unitText, role: columns[i]?.role ?? null });
    labelled.push(`${columns[i]?.header ?? ''}：${unitText}`);
  }
  const unitsRaw = unitIndexes.length === 1 ? (unitCells[0]?.text ?? '') : labelled.join('；');
  const deadlineRaw = indexes('deadline').map(flat).find((t) => t !== '') ?? '';

  const lines = row.cells.flatMap((c) => (c ? cellLines(c) : [])).sort((a, b) => a - b);
  const task: RawTask = {
    no,
    path,
    title,
    text,
    ...(keptLines.length > 0 ? { bodyText: body } : {}),
    unitCells,
    unitsRaw,
    deadlineRaw,
    line: lines[0] ?? 0,
    lines,
    issues: [...row.issues, ...filledDown],
  };
  return { task, fill: next };
}
