import { INDICATOR_CATEGORIES, OTHER_CATEGORY } from '../model/indicator-categories.ts';
import type { ChartLang } from '../i18n/chart-messages.ts';

const EN = new Map([...INDICATOR_CATEGORIES, OTHER_CATEGORY].map((category) => [category.zh, category.en]));

/** The indicator category's label in lang: the fixed list's English name for 'en', else the category as the data holds it. */
export function categoryLabel(category: string, lang: ChartLang): string {
  return lang === 'en' ? EN.get(category) ?? category : category;
}
