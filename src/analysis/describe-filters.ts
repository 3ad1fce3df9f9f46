import type { Role } from '../model/schema.ts';
import type { DeadlineStatus, Filters } from './filters.ts';
import { UNIT_KEY_SEPARATOR } from './unit-identity.ts';

/** The words describeFilters puts together, in the reader's language (src/i18n/trust-messages.ts: filterWords). */
export interface FilterWords {
  status: Readonly<Record<DeadlineStatus, string>>;
  role: Readonly<Record<Role, string>>;
  /** "{list}的任务" / "Tasks: {list}". */
  statusPhrase: string;
  /** "完成时限 {from}—{to}". */
  duePhrase: string;
  /** "含“{q}”". */
  searchPhrase: string;
  /** "等 {n} 项": more values than listed. */
  more: string;
  /** List separator, "、" or ", ". */
  separator: string;
}

/** At most this many values of one filter are named; the rest are counted. */
const MAX_NAMED = 3;

/**
 * Names the active filters in words for a chart or panel title, e.g. "期限已过的任务 · 汕尾市 · 市政务服务数据管理局（汕尾市）";
 * '' when nothing is filtered. Status first (it says which tasks), then region, unit, role, section, category, due range, search.
 * Values are data and stay as printed; a unit key "region/name" reads "name（region）".
 */
export function describeFilters(filters: Filters, words: FilterWords): string {
  const parts: string[] = [];
  const list = (values: readonly string[]) => {
    const named = values.slice(0, MAX_NAMED).join(words.separator);
    return values.length > MAX_NAMED ? `${named} ${words.more.replace('{n}', String(values.length))}` : named;
  };
  if (filters.status.length > 0) parts.push(words.statusPhrase.replace('{list}', list(filters.status.map((s) => words.status[s]))));
  if (filters.region.length > 0) parts.push(list(filters.region));
  if (filters.unit.length > 0) parts.push(list(filters.unit.map(unitKeyLabel)));
  if (filters.role.length > 0) parts.push(list(filters.role.map((r) => words.role[r])));
  if (filters.section.length > 0) parts.push(list(filters.section));
  if (filters.category.length > 0) parts.push(list(filters.category));
  if (filters.due !== null && (filters.due.from !== null || filters.due.to !== null)) {
    parts.push(words.duePhrase.replace('{from}', filters.due.from ?? '…').replace('{to}', filters.due.to ?? '…'));
  }
  if (filters.q.trim() !== '') parts.push(words.searchPhrase.replace('{q}', filters.q.trim()));
  return parts.join(' · ');
}

/** "汕尾市/市政务服务数据管理局" → "市政务服务数据管理局（汕尾市）"; a key without a region (or a plain name) as it is. */
export function unitKeyLabel(key: string): string {
  const at = key.indexOf(UNIT_KEY_SEPARATOR);
  return at <= 0 ? key : `${key.slice(at + 1)}（${key.slice(0, at)}）`;
}

/**
 * The 督办 colours a link filters by (`progress=`, kept outside Filters), in words for a chart or
 * panel title: "督办：红（逾期未完成）、黄（临期或滞后）"; '' when none is chosen. `label` names each colour.
 */
export function describeProgressColours<C extends string>(colours: readonly C[], label: (colour: C) => string, phrase: string, separator: string): string {
  return colours.length === 0 ? '' : phrase.replace('{list}', colours.map(label).join(separator));
}
