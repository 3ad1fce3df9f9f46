import type { Lang } from '../state/app-state.ts';

/** Stands in a task table cell for a title and text that have not arrived yet. */
const CELL = { zh: '正文加载中……', en: 'Loading text…' } as const;

export function textsLoadingCell(lang: Lang): string {
  return lang === 'en' ? CELL.en : CELL.zh;
}

/** Why exporting waits: a CSV written now would hold empty titles and texts. */
const EXPORT_WAITS = {
  zh: '正文加载完成后才能导出，以免导出的任务名称和正文为空。',
  en: 'Export waits until the task texts have loaded, so that no title or text is exported empty.',
} as const;

export function textsLoadingExportTitle(lang: Lang): string {
  return lang === 'en' ? EXPORT_WAITS.en : EXPORT_WAITS.zh;
}
