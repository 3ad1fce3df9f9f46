import type { Lang } from '../state/app-state.ts';

// One formatter per language, made on first use: toLocaleString builds a new one on every call, which made the wall's
// lists a hot spot and the overview's eight key figures cost about 70 ms of its first render at 200,000 tasks.
const formats: Partial<Record<Lang, Intl.NumberFormat>> = {};

/** Formats a number for the page's language ("200,000"), as toLocaleString would. */
export function formatNumber(n: number, lang: Lang): string {
  let format = formats[lang];
  if (format === undefined) {
    format = new Intl.NumberFormat(lang === 'en' ? 'en' : 'zh-CN');
    formats[lang] = format;
  }
  return format.format(n);
}
