import type { TaskRow } from '../../analysis/task-row.ts';

/** Columns the tasks table sorts by. */
export const SORT_KEYS = ['no', 'region', 'section', 'title', 'deadline', 'source'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** Reads "deadline" / "-deadline" into a key and direction; anything else is null (document order). */
export function parseSort(sort: string | null): { key: SortKey; descending: boolean } | null {
  if (sort === null) return null;
  const descending = sort.startsWith('-');
  const key = descending ? sort.slice(1) : sort;
  return (SORT_KEYS as readonly string[]).includes(key) ? { key: key as SortKey, descending } : null;
}

/** Returns the rows sorted by a table column (stable; rows without a value last in both directions); an unknown sort keeps input order. */
export function sortTaskRows(rows: readonly TaskRow[], sort: string | null, locale: string): readonly TaskRow[] {
  const parsed = parseSort(sort);
  if (parsed === null) return rows;
  const collator = new Intl.Collator(locale, { numeric: true });
  const sign = parsed.descending ? -1 : 1;
  const keyed = rows.map((row, index) => ({ row, index, key: keyOf(row, parsed.key) }));
  keyed.sort((a, b) => {
    const missingA = a.key === '' || (typeof a.key === 'number' && Number.isNaN(a.key));
    const missingB = b.key === '' || (typeof b.key === 'number' && Number.isNaN(b.key));
    if (missingA !== missingB) return missingA ? 1 : -1;
    const c = typeof a.key === 'number' && typeof b.key === 'number' ? a.key - b.key : collator.compare(String(a.key), String(b.key));
    return c !== 0 ? sign * c : a.index - b.index;
  });
  return keyed.map((k) => k.row);
}

function keyOf(row: TaskRow, key: SortKey): string | number {
  const task = row.task;
  switch (key) {
    case 'no':
      return task.no ?? '';
    case 'region':
      return row.region;
    case 'section':
      return task.path.join('\u0000');
    case 'title':
      return task.title ?? task.text;
    case 'deadline':
      return row.dueTime;
    case 'source':
      return `${task.source.file}\u0000${String(task.source.line).padStart(9, '0')}`;
  }
}
