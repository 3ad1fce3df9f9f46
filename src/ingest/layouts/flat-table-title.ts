/**
 * Returns the task's short lead sentence without its "。" ("规范政务服务窗口设置。完善…" →
 * "规范政务服务窗口设置"), or null when the text opens with no sentence of at most 30 characters
 * free of ，,；; — or with a sentence that names who acts rather than the task
 * ("各政务服务部门负责管理本单位政务服务事项电子档案。", seeds/001…, line 940).
 */
export function tryParseLeadTitle(text: string): string | null {
  const end = text.indexOf('。');
  if (end <= 0) return null;
  const lead = text.slice(0, end).trim();
  if (lead.length === 0 || lead.length > 30 || /[，,；;\n]/.test(lead)) return null;
  if (lead.startsWith('各') || lead.includes('负责')) return null;
  return lead;
}
