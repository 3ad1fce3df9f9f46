/**
 * Shows an Excel date cell the way Excel shows it, from the cell's number format: a cell
 * stored as 2022-06-01 but formatted 'yyyy"年"m"月"' reads "2022年6月" — the month the user
 * sees, never the 1st of the month. Only year, month and day tokens are rendered (times are
 * dropped: a task deadline has none); a format with no date token gives the ISO day.
 */
export function excelDateText(date: Date, numFmt: string | undefined): string {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  const first = (numFmt ?? '').split(';')[0] ?? '';
  // "General" (and "@") have no date tokens of their own; its "e" is not the era year.
  const fmt = /^\s*(general|@)?\s*$/i.test(first) ? '' : first;
  let out = '';
  let hasDate = false;
  for (let i = 0; i < fmt.length; ) {
    const rest = fmt.slice(i);
    const quoted = /^"([^"]*)"/.exec(rest);
    if (quoted) {
      out += quoted[1];
      i += quoted[0].length;
      continue;
    }
    const bracket = /^\[[^\]]*\]/.exec(rest);
    if (bracket) {
      i += bracket[0].length; // locale, colour, [DBNum1] …: no text of its own
      continue;
    }
    if (rest.startsWith('\\') && rest.length > 1) {
      out += rest[1];
      i += 2;
      continue;
    }
    const token = /^(y+|m+|d+|h+|s+|e+|g+|AM\/PM|A\/P|上午\/下午|@|_.|\*.)/i.exec(rest);
    if (token) {
      const t = token[0].toLowerCase();
      if (t.startsWith('y') || t.startsWith('e')) {
        out += t.length <= 2 && t.startsWith('y') ? String(y % 100).padStart(2, '0') : String(y);
        hasDate = true;
      } else if (t.startsWith('m') && !isMinute(fmt, i)) {
        out += t.length >= 3 ? String(m) : t.length === 2 ? String(m).padStart(2, '0') : String(m);
        hasDate = true;
      } else if (t.startsWith('d')) {
        out += t.length === 2 ? String(d).padStart(2, '0') : t.length === 1 ? String(d) : '';
        hasDate = true;
      }
      i += token[0].length;
      continue;
    }
    out += fmt[i];
    i++;
  }
  out = out.replace(/\s+/g, ' ').replace(/[\s:：]+$/, '').trim();
  return hasDate ? out : `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** "m" after an hour or before a second is minutes, as Excel reads it. */
function isMinute(fmt: string, at: number): boolean {
  const before = fmt.slice(0, at).replace(/"[^"]*"/g, '').trim();
  const after = fmt.slice(at).replace(/^m+/i, '').replace(/"[^"]*"/g, '').trim();
  return /h+\W*$/i.test(before) || /^\W*s/i.test(after);
}
