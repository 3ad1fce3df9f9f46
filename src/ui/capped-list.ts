/** At most this many files are named in a banner; 5,000 missing files must not push every view off the screen. */
export const MAX_NAMED = 8;

/** Joins the first `max` items with `separator`, then says how many more there are ("等共 N 个" / "and N more"). */
export function cappedList(items: readonly string[], separator: string, lang: 'zh' | 'en', max = MAX_NAMED): string {
  if (items.length <= max) return items.join(separator);
  const more = items.length - max;
  return `${items.slice(0, max).join(separator)}${lang === 'en' ? ` … and ${more} more` : ` …… 另有 ${more} 个`}`;
}
