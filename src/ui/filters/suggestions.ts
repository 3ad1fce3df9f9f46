/** The most suggestions a type-ahead lists: a dropdown shows about ten at a time, and 50,000 option elements cost seconds. */
export const SUGGESTIONS_MAX = 500;

/**
 * The values a type-ahead suggests for what is typed: those containing it (case-insensitive, as the browser's own
 * list matches), in the list's order, at most `max`; with nothing typed, the first `max` values.
 */
export function suggestionsFor(values: readonly string[], typed: string, max = SUGGESTIONS_MAX): string[] {
  const needle = typed.trim().toLowerCase();
  const out: string[] = [];
  for (const value of values) {
    if (out.length >= max) break;
    if (needle === '' || value.toLowerCase().includes(needle)) out.push(value);
  }
  return out;
}
