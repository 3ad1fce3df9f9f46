/**
 * Returns a task body's short lead sentence, without its "。", to use as the task's title
 * ("拓展电子政务外网覆盖面。电子政务…" → "拓展电子政务外网覆盖面"), or null when the body opens with
 * no sentence of at most 30 characters free of ，,；;：: and line breaks — or with a sentence
 * that names who acts rather than the task ("各政务服务部门负责管理本单位政务服务事项电子档案。",
 * seeds/001…, line 940).
 */
export function tryParseLeadTitle(text: string): string | null {
  const end = text.indexOf('。');
  if (end <= 0) return null;
  const lead = text.slice(0, end).trim();
  if (lead.length === 0 || lead.length > 30 || /[，,；;：:\n]/.test(lead)) return null;
  if (lead.startsWith('各') || lead.includes('负责')) return null;
  return lead;
}
