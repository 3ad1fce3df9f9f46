import type { Role } from '../model/schema.ts';
import { EXCLUDABLE_FIELDS, type DeadlineStatus, type Filters } from './filters.ts';
import { UNIT_KEY_SEPARATOR } from './unit-identity.ts';

/** A filter as a person names it; 'due' is the deadline range, 'q' the search. */
export type FilterField = 'region' | 'section' | 'unit' | 'role' | 'due' | 'status' | 'category' | 'q';

/**
 * The words the filters are named with, in the reader's language (src/i18n/trust-messages.ts: filterWords; the UI adds
 * the field names and the category names, src/ui/filters/filter-vocabulary.ts). This file is the one place that puts them together:
 * chart and panel titles, the wall's scope line, the filter chips, the PNG export's filter line and export file names.
 */
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
  /** Field names for one value with its field ("地区：汕尾市"); without them a value's label is the value alone. */
  field?: Readonly<Record<FilterField, string>>;
  /** Between a field name and its value: "：" or ": ". */
  fieldSeparator?: string;
  /** An indicator category as shown (its English name in English); without it, as the data holds it. */
  category?: (raw: string) => string;
  /** A region, section or unit label as shown: the data's words, except placeholders the ingest wrote (未注明地区 → "Region not stated" in English). */
  dataLabel?: (text: string) => string;
}

/** One active filter value in words. */
export interface FilterValueWord {
  /** Stable key: "region:汕尾市", "not-region:汕尾市", "role:lead", "status:passed", "due", "q". */
  key: string;
  field: FilterField;
  /** The value as the filter holds it ("汕尾市/市政务服务数据管理局", "passed"); '' for due. */
  raw: string;
  /** The value alone in words, short enough for a file name: "市政务服务数据管理局（汕尾市）", "2021-01-01~", "≠汕尾市". */
  value: string;
  /** What a person reads on a chip: "地区：汕尾市", "期限已过", "≠ 地区：汕尾市", "完成时限：2021-01-01 – …". */
  label: string;
  /** A "≠ value" filter. */
  excluded: boolean;
}

/** At most this many values of one filter are named in a title; the rest are counted. */
const MAX_NAMED = 3;

/**
 * Every active filter value in words, one by one, in the filter bar's order (region, section, unit, role, due, status,
 * category, the excluded values, search): the chips, the PNG export's filter line and export file names.
 */
export function filterValueWords(filters: Filters, words: FilterWords): FilterValueWord[] {
  const out: FilterValueWord[] = [];
  const sep = words.fieldSeparator ?? '';
  const labelled = (field: FilterField, value: string) => (words.field === undefined ? value : `${words.field[field]}${sep}${value}`);
  const push = (field: FilterField, raw: string, value: string) => out.push({ key: `${field}:${raw}`, field, raw, value, label: labelled(field, value), excluded: false });
  for (const raw of filters.region) push('region', raw, dataWord(raw, words));
  for (const raw of filters.section) push('section', raw, dataWord(raw, words));
  for (const raw of filters.unit) push('unit', raw, dataWord(unitKeyLabel(raw), words));
  for (const role of filters.role) push('role', role, words.role[role]);
  if (filters.due !== null) {
    const { from, to } = filters.due;
    out.push({ key: 'due', field: 'due', raw: '', value: `${from ?? ''}~${to ?? ''}`, label: labelled('due', `${from ?? '…'} – ${to ?? '…'}`), excluded: false });
  }
  // a status chip is the status alone ("期限已过", "Deadline passed"): it names itself
  for (const status of filters.status) {
    const value = capitalised(words.status[status]);
    out.push({ key: `status:${status}`, field: 'status', raw: status, value, label: value, excluded: false });
  }
  for (const raw of filters.category) push('category', raw, categoryWord(raw, words));
  for (const field of EXCLUDABLE_FIELDS) {
    for (const raw of filters.not?.[field] ?? []) {
      const value = valueWord(field, raw, words);
      out.push({ key: `not-${field}:${raw}`, field, raw, value: `≠${value}`, label: `≠ ${labelled(field, value)}`, excluded: true });
    }
  }
  if (filters.q !== '') out.push({ key: 'q', field: 'q', raw: filters.q, value: filters.q, label: labelled('q', `“${filters.q}”`), excluded: false });
  return out;
}

/**
 * The active filters in words, one part per filter, for a title or the wall's scope line: status first (it says which
 * tasks), then region, unit, role, section, category, the excluded values, due range, search. Values are data and stay
 * as printed; a unit key "region/name" reads "name（region）"; more than three values of one filter are counted.
 */
export function describeFilterParts(filters: Filters, words: FilterWords): string[] {
  const parts: string[] = [];
  const list = (values: readonly string[]) => {
    const named = values.slice(0, MAX_NAMED).join(words.separator);
    return values.length > MAX_NAMED ? `${named} ${words.more.replace('{n}', String(values.length))}` : named;
  };
  if (filters.status.length > 0) parts.push(words.statusPhrase.replace('{list}', list(filters.status.map((s) => words.status[s]))));
  if (filters.region.length > 0) parts.push(list(filters.region.map((r) => dataWord(r, words))));
  if (filters.unit.length > 0) parts.push(list(filters.unit.map((u) => dataWord(unitKeyLabel(u), words))));
  if (filters.role.length > 0) parts.push(list(filters.role.map((r) => words.role[r])));
  if (filters.section.length > 0) parts.push(list(filters.section.map((v) => dataWord(v, words))));
  if (filters.category.length > 0) parts.push(list(filters.category.map((c) => categoryWord(c, words))));
  for (const field of EXCLUDABLE_FIELDS) {
    const values = filters.not?.[field] ?? [];
    if (values.length > 0) parts.push(`≠ ${list(values.map((raw) => valueWord(field, raw, words)))}`);
  }
  if (filters.due !== null && (filters.due.from !== null || filters.due.to !== null)) {
    parts.push(words.duePhrase.replace('{from}', filters.due.from ?? '…').replace('{to}', filters.due.to ?? '…'));
  }
  if (filters.q.trim() !== '') parts.push(words.searchPhrase.replace('{q}', filters.q.trim()));
  return parts;
}

/**
 * The active filters in one line for a chart or panel title, e.g. "期限已过的任务 · 汕尾市 · 市政务服务数据管理局（汕尾市）";
 * '' when nothing is filtered (see describeFilterParts).
 */
export function describeFilters(filters: Filters, words: FilterWords): string {
  return describeFilterParts(filters, words).join(' · ');
}

/** "汕尾市/市政务服务数据管理局" → "市政务服务数据管理局（汕尾市）"; a key without a region (or a plain name) as it is. */
export function unitKeyLabel(key: string): string {
  const at = key.indexOf(UNIT_KEY_SEPARATOR);
  return at <= 0 ? key : `${key.slice(at + 1)}（${key.slice(0, at)}）`;
}

function valueWord(field: (typeof EXCLUDABLE_FIELDS)[number], raw: string, words: FilterWords): string {
  if (field === 'unit') return dataWord(unitKeyLabel(raw), words);
  if (field === 'category') return categoryWord(raw, words);
  return dataWord(raw, words);
}

function dataWord(text: string, words: FilterWords): string {
  return words.dataLabel?.(text) ?? text;
}

function categoryWord(raw: string, words: FilterWords): string {
  return words.category?.(raw) ?? raw;
}

// "deadline passed" → "Deadline passed" where it stands alone; Chinese is unchanged
function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The 督办 colours a link filters by (`progress=`, kept outside Filters), in words for a chart or
 * panel title: "督办：红（逾期未完成）、黄（临期或滞后）"; '' when none is chosen. `label` names each colour.
 */
export function describeProgressColours<C extends string>(colours: readonly C[], label: (colour: C) => string, phrase: string, separator: string): string {
  return colours.length === 0 ? '' : phrase.replace('{list}', colours.map(label).join(separator));
}
