import { describeFilterParts, describeProgressColours } from '../../analysis/describe-filters.ts';
import type { Filters } from '../../analysis/filters.ts';
import { progressText } from '../../i18n/progress-messages.ts';
import type { Lang } from '../../state/app-state.ts';
import type { RagParam } from '../../state/progress-params.ts';
import { filterVocabulary } from '../filters/filter-vocabulary.ts';

/**
 * The active filters in words for the wall's scope line, one part per filter, e.g. ["期限已过的任务", "汕尾市、东莞市",
 * "市政务服务数据管理局（汕尾市）"]; empty when nothing is filtered. The same words as the dashboard's titles
 * (src/analysis/describe-filters.ts): a passed deadline is 期限已过, never 逾期.
 */
export function describeFilters(filters: Filters, lang: Lang, progressColours: readonly RagParam[] = []): string[] {
  const words = filterVocabulary(lang);
  // a link's 督办 colours (progress=red,amber) narrow the wall's rows as they narrow the dashboard's: say so
  const colours = describeProgressColours(progressColours, (c) => progressText(lang, `progress.rag.${c}`), progressText(lang, 'progress.titleColours'), words.separator);
  return [...describeFilterParts(filters, words), ...(colours === '' ? [] : [colours])];
}
