import type { FlatColumn } from './flat-table-header.ts';
import { splitOutsideBrackets } from './flat-table-split.ts';

const COLLECTIVE = /^各|有关|相关|市直|直属|所属/;

/**
 * Picks which of several unit columns a row's only unit cell belongs to: the column where
 * the same text is printed most often in the document's complete rows (`seen[k]` holds the
 * texts of column k), else by its shape — a list of collective names (各县(市、区)人民政府,
 * 市直有关单位) goes to a non-lead column, a named unit to the lead column; never fails.
 */
export function guessUnitColumn(
  text: string,
  columns: readonly FlatColumn[],
  seen: readonly (readonly string[])[],
): number {
  const counts = columns.map((_, k) => (seen[k] ?? []).filter((t) => t === text).length);
  const best = Math.max(...counts);
  if (best > 0 && counts.filter((c) => c === best).length === 1) return counts.indexOf(best);
  const leadIndex = columns.findIndex((c) => c.kind === 'lead');
  const otherIndex = columns.findIndex((c) => c.kind !== 'lead');
  const names = splitOutsideBrackets(text).map((s) => s.trim()).filter(Boolean);
  const collective = names.length > 0 && names.every((n) => COLLECTIVE.test(n));
  if (collective && otherIndex >= 0) return otherIndex;
  return leadIndex >= 0 ? leadIndex : 0;
}
