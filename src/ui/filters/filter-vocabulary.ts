import type { FilterField, FilterWords } from '../../analysis/describe-filters.ts';
import { categoryLabel } from '../../charts/category-label.ts';
import { withRegionLabels } from '../../i18n/data-labels.ts';
import { filterWords } from '../../i18n/filter-word-messages.ts';
import { translate } from '../../i18n/translate.ts';
import type { Lang } from '../../state/app-state.ts';

const FIELD_KEYS: Record<FilterField, Parameters<typeof translate>[1]> = {
  region: 'filter.region',
  section: 'filter.section',
  unit: 'filter.unit',
  role: 'filter.role',
  due: 'filter.due',
  status: 'filter.status',
  category: 'filter.category',
  q: 'filter.q',
};

/**
 * Every word src/analysis/describe-filters.ts names filters with, in lang: the title words, the filter bar's field names
 * and the indicator categories' names. Titles, the wall, chips and exports all take their words from here.
 */
export function filterVocabulary(lang: Lang): FilterWords {
  const field = Object.fromEntries(Object.entries(FIELD_KEYS).map(([name, key]) => [name, translate(lang, key)])) as Record<FilterField, string>;
  return { ...filterWords(lang), field, fieldSeparator: lang === 'en' ? ': ' : '：', category: (raw) => categoryLabel(raw, lang), dataLabel: (text) => withRegionLabels(lang, text) };
}
