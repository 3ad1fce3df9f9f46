import type { Lang } from '../state/app-state.ts';

/** The notice shown while the task texts of compact-encoded datasets are still loading (after the first charts). */
const MESSAGES = {
  zh: '正文加载中…… 搜索与任务表暂不含任务名称、正文和单位原文。',
  en: 'Loading task texts… search and the task table do not include task titles, texts and units as printed yet.',
} as const;

export function textsLoadingMessage(lang: Lang): string {
  return lang === 'en' ? MESSAGES.en : MESSAGES.zh;
}

