import { describe, expect, it } from 'vitest';
import { suggestionsFor } from '../../../src/ui/filters/suggestions.ts';

describe('ui/filters/suggestions', () => {
  const units = ['汕尾市/市政务服务数据管理局', '东莞市/市政务服务数据管理局', '东莞市/市工商局', 'Shanwei/Data Bureau'];

  it('lists the values containing what is typed, case-insensitive, in order', () => {
    expect(suggestionsFor(units, '数据管理局')).toEqual(units.slice(0, 2));
    expect(suggestionsFor(units, ' data ')).toEqual(['Shanwei/Data Bureau']);
    expect(suggestionsFor(units, '没有')).toEqual([]);
  });

  it('with nothing typed lists the first values, and never more than max', () => {
    expect(suggestionsFor(units, '')).toEqual(units);
    expect(suggestionsFor(units, '', 2)).toEqual(units.slice(0, 2));
    const many = Array.from({ length: 50_000 }, (_, i) => `领域${i}`);
    expect(suggestionsFor(many, '领域1')).toHaveLength(500);
  });
});
