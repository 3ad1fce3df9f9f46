import type { Role } from '../../model/schema.ts';
import type { UnitCell } from '../raw-task.ts';

/** What a labelled units parenthetical holds once its labels are split apart. */
export interface LabelledUnits {
  /** One cell per unit label, in print order; text before the first label gets role null. */
  cells: UnitCell[];
  /** The 完成时限 value as printed, or null when the parenthetical has none. */
  deadlineRaw: string | null;
  /** The unit labels and their text as printed, without the parentheses and the 完成时限 part. */
  unitsRaw: string;
}

// 牵头单位 / 责任部门 / 配合单位 / 完成时限 …, full- or half-width colon.
const LABEL = /(牵头|责任|配合|协办)(单位|部门)\s*[:：]|完成(时限|时间)\s*[:：]/g;

/** Does the text (line breaks ignored) begin with a unit label such as "牵头单位:"? */
export function isUnitLabelStart(text: string): boolean {
  return /^\s*(牵头|责任|配合|协办)(单位|部门)\s*[:：]/.test(text.replace(/\r?\n/g, ''));
}

/**
 * Splits a units parenthetical such as "(牵头单位:A、B,配合单位:C(管委会),D,完成时限:长期推进)"
 * on its label words (never on the commas, which also separate units); line breaks are
 * joined with no separator first, so a label broken across lines still counts. A parenthetical
 * with no label at all becomes one cell with role null; one cut off before its ")" is read as far
 * as it goes.
 */
export function splitLabelledUnits(parenthetical: string): LabelledUnits {
  const s = stripOuterParens(parenthetical.replace(/\r?\n/g, '').trim());
  const labels = [...s.matchAll(LABEL)];
  const cells: UnitCell[] = [];
  let deadlineRaw: string | null = null;
  let unitsRaw = '';

  const lead = s.slice(0, labels[0]?.index ?? s.length);
  if (trimSeparators(lead) !== '') {
    cells.push({ text: trimSeparators(lead), role: null });
    unitsRaw += lead;
  }
  for (const [i, m] of labels.entries()) {
    const end = labels[i + 1]?.index ?? s.length;
    const value = trimSeparators(s.slice(m.index + m[0].length, end));
    if (m[3] !== undefined) {
      deadlineRaw = value;
      continue;
    }
    unitsRaw += s.slice(m.index, end);
    if (value !== '') cells.push({ text: value, role: roleOf(m[1] ?? '') });
  }
  return { cells, deadlineRaw, unitsRaw: trimSeparators(unitsRaw) };
}

function roleOf(word: string): Role {
  if (word === '牵头') return 'lead';
  if (word === '责任') return 'responsible';
  return 'support';
}

function trimSeparators(text: string): string {
  return text.replace(/^[\s,，;；、]+|[\s,，;；、]+$/g, '');
}

/**
 * Index just past the bracket that closes the one at `open` in `text` (both widths count,
 * nested pairs are skipped), or -1 when the text ends first.
 */
export function closingParenEnd(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '（') depth++;
    else if (c === ')' || c === '）') depth--;
    if (depth === 0) return i + 1;
  }
  return -1;
}

/** Removes one pair of brackets around the whole text, or an opening one that never closes. */
function stripOuterParens(text: string): string {
  if (!/^[(（]/.test(text)) return text;
  const end = closingParenEnd(text, 0);
  if (end === -1) return text.slice(1);
  return end === text.length ? text.slice(1, -1) : text;
}
