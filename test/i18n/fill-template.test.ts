import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../src/i18n/fill-template.ts';

describe('fillTemplate', () => {
  it('fills every placeholder that has a parameter, numbers as written', () => {
    expect(fillTemplate('{n} 项，{unit}', { n: 3, unit: '市发改局' })).toBe('3 项，市发改局');
  });

  it('leaves a placeholder without a parameter as written, inherited names included', () => {
    expect(fillTemplate('{missing} / {constructor} / {toString}', {})).toBe('{missing} / {constructor} / {toString}');
  });

  it('never re-reads a filled value as a template', () => {
    expect(fillTemplate('{a}', { a: '{b}', b: 'x' })).toBe('{b}');
  });
});
