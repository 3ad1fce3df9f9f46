import { postingsOf, type PostingsKind } from '../analysis/postings.ts';
import type { TaskRow } from '../analysis/task-row.ts';

/** Rows unchanged this long: the load has settled (a growing load hands over new rows every few hundred ms). */
const SETTLED_MS = 1_000;
const KINDS: readonly PostingsKind[] = ['region', 'unit', 'section', 'category'];

/**
 * Builds the filter indexes (posting lists per region, unit, section, category) of the rows' table in idle time,
 * SETTLED_MS after it is called, one field per idle period, so the first click on a region or a unit does not pay
 * for its index (about 80 ms per field at 200,000 tasks, measured in Chromium) inside the filter change. Returns
 * the function that stops what is not done yet (the rows changed).
 */
export function warmFilterIndexes(rows: readonly TaskRow[]): () => void {
  const table = rows[0]?.table;
  if (table === undefined) return () => undefined;
  let cancelled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idleId: number | undefined;
  const idle = (work: () => void) => {
    if (typeof requestIdleCallback === 'function') idleId = requestIdleCallback(work, { timeout: 5_000 });
    else timer = setTimeout(work, 50);
  };
  const warm = (k: number) => {
    if (cancelled || k >= KINDS.length) return;
    postingsOf(table, KINDS[k]!);
    idle(() => warm(k + 1));
  };
  timer = setTimeout(() => idle(() => warm(0)), SETTLED_MS);
  return () => {
    cancelled = true;
    clearTimeout(timer);
    if (idleId !== undefined) cancelIdleCallback(idleId);
  };
}
