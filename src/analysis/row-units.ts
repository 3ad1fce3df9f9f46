import { ROLES, UNIT_ROLE, type TaskTable } from './task-table.ts';
import type { TaskRow } from './task-row.ts';
import { unitIdentity, unitKey, type UnitIdentity } from './unit-identity.ts';

/** The units of a row's task, each once in mention order, with their keys as the row's table interned them (aliases applied); supporting units only with `support`. */
export function rowUnits(row: TaskRow, { support }: { support: boolean }): { key: string; identity: UnitIdentity }[] {
  const table = row.table as TaskTable | undefined;
  const out: { key: string; identity: UnitIdentity }[] = [];
  if (table === undefined) {
    // a row built by hand (tests): work the identities out without aliases
    for (const unit of row.task.units) {
      if (!support && unit.role === 'support') continue;
      const identity = unitIdentity(row.region, unit.name);
      const key = unitKey(identity);
      if (!out.some((u) => u.key === key)) out.push({ key, identity });
    }
    return out;
  }
  for (let e = table.unitStart[row.index]!; e < table.unitStart[row.index + 1]!; e++) {
    if (!support && ROLES[table.unitBits[e]! & UNIT_ROLE] === 'support') continue;
    const id = table.unitId[e]!;
    const key = table.units.names[id]!;
    if (!out.some((u) => u.key === key)) out.push({ key, identity: table.unitIdentities[id]! });
  }
  return out;
}
