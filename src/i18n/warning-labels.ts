import { WARNING_CODES, type WarningCode } from '../model/warning-codes.ts';
import type { Lang } from '../state/app-state.ts';

// The Chinese names are the catalogue's own, so a new code gets its zh label where it is defined.
const EN: Readonly<Record<WarningCode, string>> = {
  'deadline-before-published': 'Deadline before the publication date',
  'year-unknown': 'Deadline year written as “X” (unknown)',
  'invalid-date': 'Deadline is not a real date',
  'deadline-unparsed': 'Deadline not recognised',
  'deadline-missing': 'Task has no deadline',
  'units-missing': 'Task has no responsible unit',
  'ambiguous-unit-column': 'Unit column is ambiguous',
  'ambiguous-unit': 'Unsure where a unit name starts or ends',
  'truncated-row': 'Row cut off by the end of the file',
  'malformed-row': 'Malformed row',
  'unplaced-line': 'Line in the task area not assigned to any task',
  'region-unknown': 'Document does not name its region',
  'region-ambiguous': 'Region name shared by several divisions; no division code',
  'unmapped-column': 'Column header not recognised (kept in the task text)',
  'ambiguous-column': 'Unsure which column a cell belongs to (e.g. deadline or note): please check',
  'filled-down': 'Blank cell read as merged: the row above’s value was used (please check)',
  'deadline-in-text': 'Deadline read from the task text is unsure (several dates or only a target year): please check',
  'units-inherited': 'Task names no units: those of its heading or group were used (please check)',
};

/** Returns a warning code's human name in lang (zh from the warning catalogue); an unknown code is returned as written. */
export function warningCodeLabel(lang: Lang, code: string): string {
  if (!Object.hasOwn(WARNING_CODES, code)) return code;
  const known = code as WarningCode;
  return lang === 'en' ? EN[known] : WARNING_CODES[known];
}
