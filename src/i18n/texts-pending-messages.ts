import type { Lang } from '../state/app-state.ts';

/** What the task table and its exports say while task texts are still loading (a file apart from the notice's, so the first download stays small). */
const MESSAGES = {
  zh: {
    /** Stands in a task table cell for a title and text that have not arrived yet. */
    cell: '正文加载中……',
    /** Why exporting waits: a CSV written now would hold empty titles and texts. */
    exportWaits: '正文加载完成后才能导出，以免导出的任务名称和正文为空。',
  },
  en: {
    cell: 'Loading text…',
    exportWaits: 'Export waits until the task texts have loaded, so that no title or text is exported empty.',
  },
} as const;

export type TextsPendingKey = keyof (typeof MESSAGES)['zh'];

export function textsPendingMessage(lang: Lang, key: TextsPendingKey): string {
  return MESSAGES[lang === 'en' ? 'en' : 'zh'][key];
}
