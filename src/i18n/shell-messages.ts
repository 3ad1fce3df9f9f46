import type { Lang } from '../state/app-state.ts';
import { fillTemplate } from './fill-template.ts';

/**
 * Strings of the page shell that every first view shows — the skip link, the copy-link button and the
 * filter bar's hints and chips — apart from the export strings so those load with the charts, not
 * with the first download. Chinese first (the source of keys); `{name}` marks a parameter.
 */
const zh = {
  'a11y.skip': '跳到主要内容',
  'a11y.filtersChanged': '筛选已更改：{n} 项任务',
  'header.copyLink': '复制链接',
  'header.import': '选择文件…',
  'header.copyLinkTitle': '复制当前视图的链接（含筛选）',
  'header.copied': '链接已复制',
  'header.copyFailed': '无法复制，请从地址栏复制：{url}',
  'filter.exclude': '排除',
  'filter.excludeTitle': '排除所选值（≠）',
  'filter.excludeLabel': '排除：{label}',
  'filter.includeTitle': '改回只看所选值（=）',
  'filter.includeLabel': '改回筛选：{label}',
  'filter.noMatch': '没有包含“{text}”的{label}',
  'filter.manyMatches': '有 {n} 个{label}包含“{text}”，请从列表中选择',
};

const en: Record<ShellMessageKey, string> = {
  'a11y.skip': 'Skip to main content',
  'a11y.filtersChanged': 'Filters changed: {n} tasks',
  'header.copyLink': 'Copy link',
  'header.import': 'Choose file…',
  'header.copyLinkTitle': 'Copy a link to this view (with its filters)',
  'header.copied': 'Link copied',
  'header.copyFailed': 'Could not copy; copy it from the address bar: {url}',
  'filter.exclude': 'Exclude',
  'filter.excludeTitle': 'Exclude the chosen value (≠)',
  'filter.excludeLabel': 'Exclude: {label}',
  'filter.includeTitle': 'Back to only the chosen value (=)',
  'filter.includeLabel': 'Filter by: {label}',
  'filter.noMatch': '“{text}” matches no {label}',
  'filter.manyMatches': '{n} values of {label} contain “{text}”: pick one from the list',
};

export type ShellMessageKey = keyof typeof zh;

/** Looks up a shell string in `lang` and fills its `{name}` parameters; a missing parameter stays as written. */
export function shellText(lang: Lang, key: ShellMessageKey, params: Record<string, string | number> = {}): string {
  const template: string = lang === 'en' ? en[key] : zh[key];
  return fillTemplate(template, params);
}
