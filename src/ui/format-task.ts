import type { Deadline, Indicator, Task, TaskUnit } from '../model/schema.ts';
import { translate } from '../i18n/translate.ts';
import type { Lang } from '../state/app-state.ts';

/** Formats a deadline in normalised form: the ISO due date (with "ongoing" when also ongoing), ongoing, year unknown with month-day, or a dash. */
export function formatDeadline(deadline: Deadline, lang: Lang): string {
  const ongoing = translate(lang, 'deadline.ongoing');
  if (deadline.due !== null) return deadline.ongoing ? `${deadline.due} + ${ongoing}` : deadline.due;
  if (deadline.ongoing) return ongoing;
  if (deadline.monthDay !== null) return translate(lang, 'deadline.yearUnknown', { monthDay: deadline.monthDay });
  return translate(lang, 'deadline.none');
}

/** Formats one unit with its role, e.g. "公共服务办（牵头）" or "Lead: 公共服务办". */
export function formatUnit(unit: TaskUnit, lang: Lang): string {
  const role = translate(lang, `role.${unit.role}`);
  return lang === 'en' ? `${unit.name} (${role})` : `${unit.name}（${role}）`;
}

/** Formats a task's units with roles, separated by the language's list separator. */
export function formatUnits(units: readonly TaskUnit[], lang: Lang): string {
  return units.map((u) => formatUnit(u, lang)).join(lang === 'en' ? '; ' : '；');
}

/** Formats one indicator as printed-like text: "全程网办率 ≥ 85%" (plus its own due date when set). */
export function formatIndicator(indicator: Indicator): string {
  const value = `${indicator.value}${indicator.unit}`;
  return `${indicator.metric} ${indicator.comparator} ${value}${indicator.due === null ? '' : ` (${indicator.due})`}`;
}

/** Formats a task's source as "file:line". */
export function formatSource(task: Task): string {
  return `${task.source.file}:${task.source.line}`;
}
