import type { Role } from '../model/schema.ts';

/**
 * What a layout reader hands to the assembler: a task as printed, before normalisation.
 * Layout readers (src/ingest/layouts/*) only find cells and lines; units, deadlines and
 * indicators are parsed afterwards by the shared normalisers, so every layout gets them alike.
 */
export interface RawTask {
  /** The task's own number as printed ("1", "(3)", "(一)"), or null when the document prints none. */
  no: string | null;
  /** Section labels, outermost first, numbering prefixes removed, blank cells filled down. */
  path: string[];
  /** The short task name where the document gives one, else null. */
  title: string | null;
  /** The full task body, line and page-break artefacts joined, nothing cut. */
  text: string;
  /**
   * The task's own text when `text` also carries kept cells of other columns (an unknown header,
   * 备注, 地区: "进展情况：已完成80%"); indicators are read from this only, never from those cells.
   * Absent when `text` is all task text.
   */
  bodyText?: string;
  /**
   * Unit cells as printed. `role` is what the cell's column says (牵头单位 → lead,
   * 责任单位 → responsible, 配合单位 → support) or null for a column that says nothing
   * (roles then come from marker words such as 牵头 / 负责 / 配合 inside the text).
   */
  unitCells: UnitCell[];
  /** The units exactly as printed, for display (data-format `unitsRaw`). */
  unitsRaw: string;
  /** The deadline cell as printed, cell-internal line breaks joined; '' when there is none. */
  deadlineRaw: string;
  /** 1-based line where the task starts. */
  line: number;
  /** Where the task's text cell is in a Word / Excel / web-page table ("Sheet1!C5"); absent for text. */
  cell?: string;
  /** Every 1-based source line this task was built from (for line accounting). */
  lines: number[];
  /** Problems the layout reader saw in this row. */
  issues: RawTaskIssue[];
}

export interface UnitCell {
  text: string;
  role: Role | null;
}

export interface RawTaskIssue {
  code:
    | 'truncated-row'
    | 'ambiguous-unit-column'
    | 'malformed-row'
    | 'unmapped-column'
    | 'ambiguous-column'
    | 'filled-down'
    | 'deadline-in-text'
    | 'units-inherited';
  message: string;
  line: number;
}

/** What a layout reader returns for one document. */
export interface LayoutResult {
  /** Name of the layout, e.g. 'tab-table'. */
  layout: string;
  tasks: RawTask[];
  /** 1-based inclusive range of lines that holds the task table / task list. */
  taskRegion: { start: number; end: number };
  /**
   * Lines inside taskRegion that are accounted for without being task text:
   * repeated header rows, section heading rows, notes the reader understood (备注).
   */
  furnitureLines: number[];
  /** Collective unit names the document itself defines (data-format `unitGroups`). */
  unitGroups: Record<string, string[]>;
  /** Problems not tied to a task (e.g. a row the reader could not read at all). */
  issues: RawTaskIssue[];
  /** The first value of a 地区 column, for a document whose title and issuer name no region. */
  region?: string | null;
}

/** A layout reader: `detect` scores how well the text fits (0 = not this layout, 1 = certain). */
export interface LayoutReader {
  name: string;
  detect(lines: readonly string[]): number;
  read(lines: readonly string[]): LayoutResult;
}
