import type { TaskTable } from './task-table.ts';
import type { TaskRow } from './task-row.ts';
import { normaliseUnitName } from './unit-identity.ts';

/**
 * The unit keys a link's unit value stands for: the value itself when it is a unit key of the rows'
 * table; else (a plain name, as older links carry) the key of every unit of that name — one key
 * when the name is one unit, several when cities share the name (the caller then asks which), none
 * when no task names it.
 */
export function resolveUnitKey(rows: readonly TaskRow[], value: string): string[] {
  const table = rows.length > 0 ? (rows[0]!.table as TaskTable | undefined) : undefined;
  if (table === undefined) return [];
  if (table.units.ids.has(value)) return [value];
  const name = normaliseUnitName(value);
  const keys: string[] = [];
  table.unitIdentities.forEach((identity, id) => {
    if (identity.name === name) keys.push(table.units.names[id]!);
  });
  return keys.sort();
}
