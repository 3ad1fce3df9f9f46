import type { Lang } from '../state/app-state.ts';
import { fillTemplate } from './fill-template.ts';

/** Strings of a long task text cut short, Chinese first (the source of keys); `{name}` marks a parameter. */
const zh = {
  'longText.more': '查看全文（共 {n} 字）',
  'longText.less': '收起',
  'longText.capped': '全文过长，只显示前 {shown} 字（共 {n} 字）；完整内容请查看源文件。',
};

const en: Record<LongTextMessageKey, string> = {
  'longText.more': 'Show full text ({n} characters)',
  'longText.less': 'Show less',
  'longText.capped': 'The text is too long: only the first {shown} of {n} characters are shown; see the source file for the rest.',
};

export type LongTextMessageKey = keyof typeof zh;

/** Looks up a long-text string in `lang` and fills its `{name}` parameters. */
export function longTextMessage(lang: Lang, key: LongTextMessageKey, params: Record<string, string | number> = {}): string {
  const template: string = lang === 'en' ? en[key] : zh[key];
  return fillTemplate(template, params);
}
