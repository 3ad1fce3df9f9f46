import type { DeadlineStatus, Filters } from '../../analysis/filters.ts';
import { screenMessage, type ScreenMessageKey } from '../../i18n/screen-messages.ts';
import { translate } from '../../i18n/translate.ts';
import type { Lang } from '../../state/app-state.ts';
import { regionLabel } from '../../i18n/data-labels.ts';

// The wall's own status words: a passed deadline is 期限已过, never 逾期 (the data holds deadlines, not completion).
const STATUS_KEYS: Record<DeadlineStatus, ScreenMessageKey> = {
  passed: 'status.passed',
  due90: 'status.due90',
  later: 'status.later',
  ongoing: 'status.ongoing',
  yearUnknown: 'status.yearUnknown',
};

/**
 * The active filters in words, in a fixed order (regions, statuses, units, roles, sections, categories, due range,
 * search), e.g. ["汕尾市、东莞市", "期限已过", "单位 市政务服务数据管理局"]; empty when nothing is filtered.
 */
export function describeFilters(filters: Filters, lang: Lang): string[] {
  const list = (values: readonly string[]) => values.join(lang === 'en' ? ', ' : '、');
  const parts: string[] = [];
  if (filters.region.length > 0) parts.push(list(filters.region.map((r) => regionLabel(lang, r))));
  if (filters.status.length > 0) parts.push(list(filters.status.map((s) => screenMessage(lang, STATUS_KEYS[s]))));
  if (filters.unit.length > 0) parts.push(screenMessage(lang, 'filter.unit', { v: list(filters.unit) }));
  if (filters.role.length > 0) parts.push(screenMessage(lang, 'filter.role', { v: list(filters.role.map((r) => translate(lang, `role.${r}`))) }));
  if (filters.section.length > 0) parts.push(screenMessage(lang, 'filter.section', { v: list(filters.section) }));
  if (filters.category.length > 0) parts.push(screenMessage(lang, 'filter.category', { v: list(filters.category) }));
  if (filters.due !== null) parts.push(screenMessage(lang, 'filter.due', { from: filters.due.from ?? '…', to: filters.due.to ?? '…' }));
  if (filters.q !== '') parts.push(screenMessage(lang, 'filter.q', { v: filters.q }));
  return parts;
}
