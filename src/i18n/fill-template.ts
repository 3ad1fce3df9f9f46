/**
 * Fills a message template's `{name}` placeholders from params. A placeholder with no parameter of its own (not
 * inherited: "{constructor}" stays) is left as written, so a missing value shows rather than vanishing.
 */
export function fillTemplate(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}
