import { describe, expect, it } from 'vitest';
import { translate } from '../../src/i18n/translate.ts';
import { en, zh } from '../../src/i18n/ui-messages.ts';

describe('i18n/translate', () => {
  it.each([
    ['zh', 'tasks.count', { n: 31 }, '共 31 项任务'],
    ['en', 'tasks.count', { n: 31 }, '31 tasks'],
    ['en', 'view.overview', {}, 'Overview'],
    ['zh', 'quality.line', {}, '第 {n} 行'],
  ] as const)('translate(%s, %s, %j) → %s', (lang, key, params, expected) => {
    expect(translate(lang, key, params)).toBe(expected);
  });

  it('en has exactly the keys of zh, each non-empty and with the same parameters', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(en[key].length, key).toBeGreaterThan(0);
      expect(names(en[key]), key).toEqual(names(zh[key]));
    }
  });
});
