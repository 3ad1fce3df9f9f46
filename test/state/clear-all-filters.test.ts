import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../src/analysis/filters.ts';
import { DEFAULT_STATE } from '../../src/state/app-state.ts';
import { clearAllFilters } from '../../src/state/clear-all-filters.ts';
import { formatHash, parseHash } from '../../src/state/hash.ts';
import { parseProgressParams } from '../../src/state/progress-params.ts';
import { titleWithFilters } from '../../src/ui/filters/filter-title.ts';

describe('clearAllFilters (清除全部筛选)', () => {
  const state = parseHash(`#/tasks?region=${encodeURIComponent('汕尾市')}&progress=red,amber&soon=10&asof=2024-01-15`);

  it('clears the filter bar\'s filters and the 督办 colours', () => {
    const cleared = clearAllFilters(state);
    expect(cleared.filters).toEqual(EMPTY_FILTERS);
    expect(parseProgressParams(cleared).progress).toEqual([]);
  });

  it('keeps the settings: the as-of date and soon= (its chip says so)', () => {
    const hash = formatHash(clearAllFilters(state));
    expect(hash).toContain('soon=10');
    expect(hash).toContain('asof=2024-01-15');
    expect(hash).not.toContain('progress=');
  });
});

describe('titleWithFilters names the 督办 colours in words', () => {
  it('after the other filters, in the reader\'s language', () => {
    const state = parseHash(`#/workload?region=${encodeURIComponent('汕尾市')}&progress=red`);
    expect(titleWithFilters('任务最多的单位', state)).toBe('任务最多的单位 · 汕尾市 · 督办状态：红（逾期未完成）');
    expect(titleWithFilters('Units', { ...state, lang: 'en' })).toContain('follow-up status: ');
    expect(titleWithFilters('任务最多的单位', { ...DEFAULT_STATE })).toBe('任务最多的单位');
  });
});
