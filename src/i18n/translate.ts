import type { MessageKey } from './ui-messages.ts';
import { en, zh } from './ui-messages.ts';
import { fillTemplate } from './fill-template.ts';

/** Looks up an interface string in `lang` and fills its `{name}` parameters; a missing parameter stays as written. */
export function translate(lang: 'zh' | 'en', key: MessageKey, params: Record<string, string | number> = {}): string {
  const template: string = lang === 'en' ? en[key] : zh[key];
  return fillTemplate(template, params);
}
