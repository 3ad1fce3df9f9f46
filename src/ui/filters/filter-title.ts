import { describeFilters, describeProgressColours } from '../../analysis/describe-filters.ts';
import { progressColourText } from '../../i18n/progress-colour-messages.ts';
import type { AppState } from '../../state/app-state.ts';
import { parseProgressParams } from '../../state/progress-params.ts';
import { filterVocabulary } from './filter-vocabulary.ts';

/** A chart or panel title with the active filters named after it: "任务最多的单位 · 期限已过的任务 · 汕尾市", and the 督办 colours when a link filters by them. */
export function titleWithFilters(title: string, state: Pick<AppState, 'filters' | 'lang'> & Partial<Pick<AppState, 'extra'>>): string {
  const words = filterVocabulary(state.lang);
  const colours = describeProgressColours(
    state.extra === undefined ? [] : parseProgressParams({ extra: state.extra }).progress,
    (c) => progressColourText(state.lang, `progress.rag.${c}`),
    progressColourText(state.lang, 'progress.titleColours'),
    words.separator,
  );
  const named = [describeFilters(state.filters, words), colours].filter((p) => p !== '').join(' · ');
  return named === '' ? title : `${title} · ${named}`;
}
