import { describeFilterParts } from '../../analysis/describe-filters.ts';
import type { Filters } from '../../analysis/filters.ts';
import type { Lang } from '../../state/app-state.ts';
import { filterVocabulary } from '../filter-vocabulary.ts';

/**
 * The active filters in words for the wall's scope line, one part per filter, e.g. ["期限已过的任务", "汕尾市、东莞市",
 * "市政务服务数据管理局（汕尾市）"]; empty when nothing is filtered. The same words as the dashboard's titles
 * (src/analysis/describe-filters.ts): a passed deadline is 期限已过, never 逾期.
 */
export function describeFilters(filters: Filters, lang: Lang): string[] {
  return describeFilterParts(filters, filterVocabulary(lang));
}
