import type { TaskTable } from './task-table.ts';
import { UNIT_FIRST } from './task-table.ts';

/** For each value id of one field, the ascending slots of the rows having it: start[id] … start[id + 1] - 1 in rows. */
export interface Postings {
  start: Int32Array;
  rows: Int32Array;
}

/** An indexed field of the table. */
export type PostingsKind = 'region' | 'unit' | 'section' | 'category';

const built = new WeakMap<TaskTable, Partial<Record<PostingsKind, Postings>>>();

/** Returns the posting lists (an inverted index) of one field, built on first use and kept with the table; a row is listed once per distinct value. */
export function postingsOf(table: TaskTable, kind: PostingsKind): Postings {
  let byKind = built.get(table);
  if (byKind === undefined) {
    byKind = {};
    built.set(table, byKind);
  }
  return (byKind[kind] ??= buildPostings(table, kind));
}

function buildPostings(table: TaskTable, kind: PostingsKind): Postings {
  const rowCount = table.region.length;
  if (kind === 'region') {
    const start = new Int32Array(rowCount + 1);
    for (let i = 0; i < rowCount; i++) start[i] = i;
    start[rowCount] = rowCount;
    return invert(rowCount, table.regions.names.length, start, table.region, null);
  }
  if (kind === 'unit') return invert(rowCount, table.units.names.length, table.unitStart, table.unitId, table.unitBits);
  if (kind === 'section') return invert(rowCount, table.sections.names.length, table.sectionStart, table.sectionId, null);
  return invert(rowCount, table.categories.names.length, table.categoryStart, table.categoryId, null);
}

// counting sort of (value, row) pairs by value; rows stay ascending within a value; unit entries count on a name's first entry only
function invert(rowCount: number, valueCount: number, rowStart: Int32Array, values: Int32Array, unitBits: Uint8Array | null): Postings {
  const start = new Int32Array(valueCount + 1);
  const listed = (i: number, e: number) => {
    if (unitBits !== null) return (unitBits[e]! & UNIT_FIRST) !== 0;
    // a section label can repeat across levels of one path: list the row once
    for (let f = rowStart[i]!; f < e; f++) if (values[f] === values[e]) return false;
    return true;
  };
  for (let i = 0; i < rowCount; i++) for (let e = rowStart[i]!, end = rowStart[i + 1]!; e < end; e++) if (listed(i, e)) start[values[e]! + 1]!++;
  for (let id = 0; id < valueCount; id++) start[id + 1]! += start[id]!;
  const fill = start.slice(0, valueCount);
  const rows = new Int32Array(start[valueCount]!);
  for (let i = 0; i < rowCount; i++) {
    for (let e = rowStart[i]!, end = rowStart[i + 1]!; e < end; e++) if (listed(i, e)) rows[fill[values[e]!]!++] = i;
  }
  return { start, rows };
}
