import { matchField } from './field-dictionary.ts';
import type { SourceTable } from './table-model.ts';

/** The header names the message suggests, in template order. */
export const ACCEPTED_HEADERS = '序号、领域、任务（或 具体任务 / 工作内容）、牵头单位、责任单位、配合单位、完成时限、备注';

/**
 * Says why no table gave tasks, naming what was found — "找到表格，表头为“工作任务 | 具体要求 |
 * 责任科室 | 时限要求”；第 3 列无法识别" — and what to do (rename the columns, or use the CSV template).
 */
export function explainTableRefusal(tables: readonly SourceTable[]): string {
  const advice = `请把表头改为可识别的列名（${ACCEPTED_HEADERS}），或使用 CSV 模板 (rename the header cells to accepted names, or use the CSV template)`;
  if (tables.length === 0) return `文件中没有表格，也没有可识别的任务条目 (no table and no task items found)；${advice}`;
  const candidate = tables
    .flatMap((t) => t.rows.slice(0, 12))
    .map((row) => row.cells.map((c) => c.text.replace(/\s+/g, '')))
    .find((cells) => cells.filter((c) => c !== '' && c.length <= 16).length >= 2);
  if (!candidate) return `找到 ${tables.length} 个表格，但没有找到表头行 (found ${tables.length} table(s) but no header row)；${advice}`;
  const matches = candidate.map((c) => (c === '' ? null : matchField(c)));
  const unknown = candidate.map((c, i) => ({ c, i })).filter(({ c, i }) => c !== '' && !matches[i]).map(({ i }) => `第 ${i + 1} 列`);
  const kinds = new Set(matches.map((m) => m?.kind));
  const missing = [
    ...(kinds.has('text') || kinds.has('title') ? [] : ['任务内容列 (task text)']),
    ...(kinds.has('units') || kinds.has('deadline') ? [] : ['责任单位或完成时限列 (units or deadline)']),
  ];
  const parts = [
    `找到表格，表头为“${candidate.map((c) => clip(c)).join(' | ')}” (found a table with this header)`,
    ...(unknown.length > 0 ? [`${unknown.join('、')}无法识别 (not recognised)`] : []),
    ...(missing.length > 0 ? [`缺少${missing.join('、')}`] : []),
  ];
  return `${parts.join('；')}；${advice}`;
}

function clip(s: string): string {
  return s.length > 16 ? `${s.slice(0, 16)}…` : s;
}
