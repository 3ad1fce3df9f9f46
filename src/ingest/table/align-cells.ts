import { isSectionHeadingText } from './section-row.ts';
import type { TableColumn } from './table-header.ts';

/**
 * Places the cells of one flattened row (blank cells dropped, a cell split over several
 * lines) under the header's columns, in order, by what each cell looks like: a number under
 * 序号, a date under 完成时限, short unit names under the unit columns (several names one per
 * line join one cell), long sentences under the text. Returns, per cell, its column index.
 * A dynamic programme over (cell, column): O(cells × columns).
 */
export function alignCells(cells: readonly string[], columns: readonly TableColumn[]): number[] {
  const n = cells.length;
  const m = columns.length;
  const NEG = -1e9;
  // best[i][j]: best score placing cells[0..i] with cell i in column j.
  const best: number[][] = Array.from({ length: n }, () => new Array<number>(m).fill(NEG));
  const from: number[][] = Array.from({ length: n }, () => new Array<number>(m).fill(-1));
  for (let j = 0; j < m; j++) best[0]![j] = fit(cells[0] ?? '', columns[j]!, false) - j * 0.01;
  for (let i = 1; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const column = columns[j]!;
      // Cell i continues cell i-1's column (a cell written over several lines) …
      const stay = best[i - 1]![j]! + fit(cells[i] ?? '', column, true);
      let bestScore = stay;
      let bestFrom = j;
      // … or starts a later column, skipping blank ones.
      const here = fit(cells[i] ?? '', column, false);
      for (let k = 0; k < j; k++) {
        const score = best[i - 1]![k]! + here - (j - k - 1) * 0.01;
        if (score > bestScore) {
          bestScore = score;
          bestFrom = k;
        }
      }
      best[i]![j] = bestScore;
      from[i]![j] = bestFrom;
    }
  }
  let j = 0;
  for (let k = 1; k < m; k++) if (best[n - 1]![k]! > best[n - 1]![j]!) j = k;
  const out = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    out[i] = j;
    j = i > 0 ? from[i]![j]! : j;
  }
  return out.map((column) => columns[column]?.index ?? column);
}

const DATE_LIKE = /(\d{4}|[Xx])年|\d{1,2}月|年底|年末|季度|半年|长期|持续|常态化|每年|每月|底前|前完成|\d{4}[.\-/]\d{1,2}/;
const UNIT_END = /(局|办|委|部|院|厅|中心|公司|政府|单位|部门|所|站|队|会|处|科|室|镇|街道|街|乡|村|社区|园区|集团|银行|分局|支队|大队|管委会|办公室|指挥部|小组|医院|学校)[)）]?$/;

/**
 * A unit name, or a list whose names mostly end like units ("市政局、相关街道", "县教体局 各相关乡镇政府"); a clause
 * with commas ("加强低保人员生活保障,规范确定低保标准") is not.
 */
function namesUnits(text: string): boolean {
  if (UNIT_END.test(text)) return true;
  const parts = text.split(/[、，,；;\s]+/).filter((p) => p !== '');
  if (parts.length < 2) return false;
  const named = parts.filter((p) => UNIT_END.test(p) || /^(各|相关|有关)/.test(p)).length;
  return named * 2 >= parts.length;
}

/** How well a cell fits a column (higher is better); `continued` when it would join the cell above in that column. */
function fit(cell: string, column: TableColumn, continued: boolean): number {
  const text = cell.trim();
  const long = text.length > 30 || /[。；;]/.test(text);
  const number = /^\d{1,4}[.、．]?$/.test(text);
  const date = DATE_LIKE.test(text) && text.length <= 30;
  // Figures and progress ("88%（…）") are never unit names, whatever punctuation they hold.
  const figure = /^[\d.]+\s*[%％]?/.test(text) || /[%％]/.test(text);
  // A cell that starts with a role label ("牵头单位：X；责任单位：Y") is units however it is punctuated.
  const labelled = /^(牵头|责任|配合|协办|主责|主办)(单位|部门)?[:：]/.test(text) && text.length <= 120 && !text.includes('。');
  // Numbered like a section heading ("二、社会保障(5项)"): a section cell, never a list of units.
  const heading = isSectionHeadingText(text);
  const unitLike = labelled || (!long && !number && !figure && !heading && namesUnits(text) && text.length <= 40);
  switch (column.kind) {
    case 'no':
      return continued ? -5 : number ? 4 : -5;
    case 'deadline':
      return continued ? (date ? 0 : -3) : date ? 3 : -2;
    case 'units':
      if (continued) return unitLike ? 1 : -3;
      return unitLike ? 2 : long ? -3 : -0.5;
    case 'text':
    case 'title':
      if (labelled) return -3;
      if (continued) return long ? 0.5 : -1;
      return long ? 2 : number ? -3 : unitLike || date ? -1 : 0.5;
    case 'section':
      return continued ? -2 : heading ? 3 : long || number ? -1 : 0.3;
    default:
      return continued ? -2 : number ? -1 : 0.2;
  }
}
