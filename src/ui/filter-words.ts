import { EXCLUDABLE_FIELDS, type ExcludableField, type Filters } from '../analysis/filters.ts';
import { categoryLabel } from '../charts/category-label.ts';
import { translate } from '../i18n/translate.ts';
import type { Lang } from '../state/app-state.ts';
import { withRegionLabels } from '../i18n/data-labels.ts';

/** One active filter value in words, with the filters it leaves when removed. */
export interface FilterWord {
  /** Stable key, e.g. "region:汕尾市". */
  key: string;
  /** What a person reads: "地区：汕尾市", "Status: Past due". */
  label: string;
  /** The value alone, for file names ("汕尾市"). */
  value: string;
  remove: () => Filters;
  /** For a value of a field that can be excluded: the filters with this value turned into "≠ value" (or back). */
  flip?: () => Filters;
  /** True for an exclude ("≠") filter. */
  excluded?: boolean;
}

const FIELD_NAME: Record<ExcludableField, Parameters<typeof translate>[1]> = {
  region: 'filter.region',
  section: 'filter.section',
  unit: 'filter.unit',
  category: 'filter.category',
};

/**
 * Every active filter value in words, in the filter bar's order. The chips, the PNG export's
 * filter line and the export file names all say the same thing, so they are built here once.
 */
export function filterWords(lang: Lang, f: Filters): FilterWord[] {
  const words: FilterWord[] = [];
  const sep = lang === 'en' ? ': ' : '：';
  const named = (name: Parameters<typeof translate>[1], value: string) => `${translate(lang, name)}${sep}${value}`;
  const list = (field: 'region' | 'section' | 'unit' | 'category', name: Parameters<typeof translate>[1]) => {
    for (const raw of f[field]) {
      const value = field === 'category' ? categoryLabel(raw, lang) : withRegionLabels(lang, raw);
      words.push({
        key: `${field}:${raw}`,
        label: named(name, value),
        value,
        remove: () => ({ ...f, [field]: f[field].filter((v) => v !== raw) }),
        flip: () => ({ ...f, [field]: f[field].filter((v) => v !== raw), not: { ...f.not, [field]: [...(f.not?.[field] ?? []).filter((v) => v !== raw), raw] } }),
      });
    }
  };
  list('region', 'filter.region');
  list('section', 'filter.section');
  list('unit', 'filter.unit');
  for (const role of f.role) {
    const value = translate(lang, `role.${role}`);
    words.push({ key: `role:${role}`, label: named('filter.role', value), value, remove: () => ({ ...f, role: f.role.filter((r) => r !== role) }) });
  }
  if (f.due !== null) {
    const value = `${f.due.from ?? '…'} – ${f.due.to ?? '…'}`;
    words.push({ key: 'due', label: named('filter.due', value), value: `${f.due.from ?? ''}~${f.due.to ?? ''}`, remove: () => ({ ...f, due: null }) });
  }
  for (const status of f.status) {
    const value = translate(lang, `status.${status}`);
    words.push({ key: `status:${status}`, label: value, value, remove: () => ({ ...f, status: f.status.filter((s) => s !== status) }) });
  }
  list('category', 'filter.category');
  for (const field of EXCLUDABLE_FIELDS) {
    for (const raw of f.not?.[field] ?? []) {
      const value = field === 'category' ? categoryLabel(raw, lang) : withRegionLabels(lang, raw);
      const without = () => ({ ...f.not, [field]: (f.not?.[field] ?? []).filter((v) => v !== raw) });
      words.push({
        key: `not-${field}:${raw}`,
        label: `≠ ${named(FIELD_NAME[field], value)}`,
        value: `≠${value}`,
        excluded: true,
        remove: () => ({ ...f, not: without() }),
        flip: () => ({ ...f, not: without(), [field]: [...f[field].filter((v) => v !== raw), raw] }),
      });
    }
  }
  if (f.q !== '') words.push({ key: 'q', label: named('filter.q', `“${f.q}”`), value: f.q, remove: () => ({ ...f, q: '' }) });
  return words;
}
