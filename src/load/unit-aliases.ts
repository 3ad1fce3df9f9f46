import { UnitAliasEntrySchema, UnitAliasesSchema, type UnitAliasEntry } from '../model/unit-aliases.ts';
import type { FetchLike } from './load-file.ts';
import { NO_ALIAS_TABLE, type UnitAliasTable } from './unit-alias-table.ts';

export { NO_ALIAS_TABLE, type UnitAliasTable } from './unit-alias-table.ts';

export const UNIT_ALIASES_FILE = 'unit-aliases.json';


/**
 * Validates a parsed alias table: the file must be {version: 1, aliases: [...]}; each entry is checked on
 * its own, so one bad entry is named ("aliases.3.variants: …") and skipped while the others apply.
 */
export function parseUnitAliases(value: unknown): UnitAliasTable {
  const file = UnitAliasesSchema.safeParse(value);
  if (!file.success) {
    return { present: true, entries: [], problems: file.error.issues.map((issue) => `${UNIT_ALIASES_FILE} ${issue.path.join('.') || '(file)'}: ${issue.message}`) };
  }
  const entries: UnitAliasEntry[] = [];
  const problems: string[] = [];
  file.data.aliases.forEach((raw, index) => {
    const entry = UnitAliasEntrySchema.safeParse(raw);
    if (entry.success) entries.push(entry.data);
    else for (const issue of entry.error.issues) problems.push(`${UNIT_ALIASES_FILE} aliases.${[index, ...issue.path].join('.')}: ${issue.message}`);
  });
  return { present: true, entries, problems };
}

/** Fetches data/unit-aliases.json at `url`: missing (404) gives no aliases and no problem; anything else wrong is one problem line. Never throws. */
export async function loadUnitAliases(fetchFn: FetchLike, url: string): Promise<UnitAliasTable> {
  try {
    const response = await fetchFn(url);
    if (response.status === 404) return NO_ALIAS_TABLE;
    if (!response.ok) return { present: true, entries: [], problems: [`${UNIT_ALIASES_FILE}: HTTP ${response.status}`] };
    const text = await response.text();
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      return { present: true, entries: [], problems: [`${UNIT_ALIASES_FILE}: ${(error as Error).message}`] };
    }
    return parseUnitAliases(value);
  } catch (error) {
    return { present: true, entries: [], problems: [`${UNIT_ALIASES_FILE}: ${(error as Error).message}`] };
  }
}
