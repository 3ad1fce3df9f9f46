import type { UnitAliasEntry } from '../model/unit-aliases.ts';

/**
 * The alias table as loaded: its valid entries and, per bad entry or bad file, one line naming what is wrong.
 * Kept apart from the loader so the page can name the empty table without loading zod (the loader is fetched
 * only when the manifest names an alias table).
 */
export interface UnitAliasTable {
  /** False when there is no data/unit-aliases.json (no aliases, not an error). */
  present: boolean;
  entries: UnitAliasEntry[];
  problems: string[];
}

export const NO_ALIAS_TABLE: UnitAliasTable = { present: false, entries: [], problems: [] };
