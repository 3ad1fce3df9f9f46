/** Splits a unit list on , ， 、 outside brackets ("各县(市、区)人民政府,市直有关单位" → two names); never fails. */
export function splitOutsideBrackets(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if ('(（[【'.includes(ch)) depth++;
    if (')）]】'.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && ',，、'.includes(ch)) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}
