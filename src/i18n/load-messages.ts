import type { Lang } from '../state/app-state.ts';
import { fillTemplate } from './fill-template.ts';

/** Loading strings, Chinese first (the source of keys); `{name}` marks a parameter. */
const zh = {
  'load.progress': '加载中 {n} / {total} 个数据集',
  'load.progressLabel': '数据集加载进度',
};

const en: Record<LoadMessageKey, string> = {
  'load.progress': 'Loading {n} of {total} datasets',
  'load.progressLabel': 'Dataset loading progress',
};

export type LoadMessageKey = keyof typeof zh;

/** Looks up a loading string in `lang` and fills its `{name}` parameters; a missing parameter stays as written. */
export function loadMessage(lang: Lang, key: LoadMessageKey, params: Record<string, string | number> = {}): string {
  const template: string = lang === 'en' ? en[key] : zh[key];
  return fillTemplate(template, params);
}
