import type { Steps } from './steps.ts';
import type { TaskTable } from './task-table.ts';

/**
 * Work a view's analysis does once per task table (an index over every row, say) and would otherwise do inside its
 * first render after a load, holding the page for a few hundred milliseconds at province scale. The module doing it
 * registers its steps when it loads, and the page runs them in slices right after building the rows
 * (ui/use-prepared-rows.ts), so the first download carries no view code and a view not yet opened costs nothing.
 */
export type TableWarmer = (table: TaskTable) => Steps<unknown>;

const warmers: TableWarmer[] = [];

/** Asks for `warm` to run on every table built from now on; registering the same function again does nothing. */
export function registerTableWarmer(warm: TableWarmer): void {
  if (!warmers.includes(warm)) warmers.push(warm);
}

/** Runs every registered warmer on the table, as steps. */
export function* warmTable(table: TaskTable): Steps<void> {
  for (const warm of [...warmers]) yield* warm(table);
}
