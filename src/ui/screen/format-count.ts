import type { Lang } from '../../state/app-state.ts';

// one formatter per language: toLocaleString builds a new one on every call, which the wall's lists made a hot spot
const formats = { en: new Intl.NumberFormat('en'), zh: new Intl.NumberFormat('zh-CN') };

/** Formats a count for the big screen's language ("200,000"). */
export function formatCount(n: number, lang: Lang): string {
  return (lang === 'en' ? formats.en : formats.zh).format(n);
}
