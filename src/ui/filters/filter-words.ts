import { filterValueWords, type FilterValueWord } from '../../analysis/describe-filters.ts';
import { EXCLUDABLE_FIELDS, type ExcludableField, type Filters } from '../../analysis/filters.ts';
import type { Lang } from '../../state/app-state.ts';
import { filterVocabulary } from './filter-vocabulary.ts';

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

/**
 * Every active filter value in words, in the filter bar's order, with the filters it leaves when removed (or flipped).
 * The words come from src/analysis/describe-filters.ts (filterValueWords), so chips, the PNG export's filter line, the
 * export file names, the titles and the wall all say the same thing.
 */
export function filterWords(lang: Lang, f: Filters): FilterWord[] {
  return filterValueWords(f, filterVocabulary(lang)).map((word) => ({
    key: word.key,
    label: word.label,
    value: word.value,
    ...(word.excluded ? { excluded: true } : {}),
    remove: () => without(f, word),
    ...(isExcludable(word.field) ? { flip: () => flipped(f, word) } : {}),
  }));
}

function isExcludable(field: FilterValueWord['field']): field is ExcludableField {
  return (EXCLUDABLE_FIELDS as readonly string[]).includes(field);
}

function without(f: Filters, word: FilterValueWord): Filters {
  const { field, raw } = word;
  if (word.excluded && isExcludable(field)) return { ...f, not: { ...f.not, [field]: (f.not?.[field] ?? []).filter((v) => v !== raw) } };
  if (field === 'due') return { ...f, due: null };
  if (field === 'q') return { ...f, q: '' };
  if (field === 'status') return { ...f, status: f.status.filter((s) => s !== raw) };
  if (field === 'role') return { ...f, role: f.role.filter((r) => r !== raw) };
  return { ...f, [field]: f[field].filter((v) => v !== raw) };
}

// an included value becomes "≠ value", an excluded one included again
function flipped(f: Filters, word: FilterValueWord): Filters {
  const field = word.field as ExcludableField;
  const raw = word.raw;
  const rest = without(f, word);
  return word.excluded
    ? { ...rest, [field]: [...f[field].filter((v) => v !== raw), raw] }
    : { ...rest, not: { ...f.not, [field]: [...(f.not?.[field] ?? []).filter((v) => v !== raw), raw] } };
}
