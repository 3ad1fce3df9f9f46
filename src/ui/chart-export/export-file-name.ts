/** What an export's file name is made of. */
export interface ExportNameParts {
  /** What the file holds: the view or chart title ("任务清单", "每月到期任务数"). */
  what: string;
  /** The active filter values in words (filterWords(…).value), in the filter bar's order. */
  filters: readonly string[];
  /** The as-of date the statuses were computed against. */
  asOf: string;
  /** A last part before the extension, e.g. the PNG size "x2"; may be empty. */
  suffix?: string;
  /** Without the dot: "csv", "png". */
  ext: string;
}

const MAX_FILTER_PART = 60;

/**
 * A download name that says what the file is: `督办-<what>-<filters>-<as-of>[-<suffix>].<ext>`, e.g.
 * `督办-任务清单-汕尾市-期限已过-2026-11-30.csv`; "全部" / "all" stands for no filter. Characters file systems
 * refuse become "-", and a long filter list is cut with "…" plus a count so the name stays usable.
 */
export function exportFileName(parts: ExportNameParts, allWord: string): string {
  const values = parts.filters.map(safePart).filter((v) => v !== '');
  let filterPart = values.length === 0 ? allWord : values.join('-');
  if (filterPart.length > MAX_FILTER_PART) filterPart = `${filterPart.slice(0, MAX_FILTER_PART)}…(${values.length})`;
  const pieces = ['督办', safePart(parts.what).slice(0, 40) || 'chart', filterPart, parts.asOf, parts.suffix ?? ''].filter((p) => p !== '');
  return `${pieces.join('-')}.${parts.ext}`;
}

function safePart(text: string): string {
  return text.replace(/[\\/:*?"<>|\s\u0000-\u001f]+/g, '-').replace(/-{2,}/g, '-').replace(/^-+|-+$/g, '');
}
