import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE } from '../../src/state/app-state.ts';
import { formatHash, parseHash } from '../../src/state/hash.ts';
import { parseProgressParams, withProgressParams } from '../../src/state/progress-params.ts';

describe('parseProgressParams / withProgressParams', () => {
  it('parseProgressParams(#/supervise?progress=red,amber&soon=10&remind=公安局) reads all three', () => {
    const state = parseHash(`#/supervise?progress=red,amber,purple&soon=10&remind=${encodeURIComponent('公安局')}`);
    expect(state.view).toBe('supervise');
    expect(parseProgressParams(state)).toEqual({ progress: ['red', 'amber'], soon: 10, remind: '公安局' });
  });
  it('defaults: no colour, 30 days, no reminder; a malformed soon falls back', () => {
    expect(parseProgressParams(parseHash('#/tasks?soon=-3'))).toEqual({ progress: [], soon: 30, remind: null });
  });
  it('round-trips through the hash and leaves defaults out of the link', () => {
    const state = withProgressParams({ ...DEFAULT_STATE, view: 'tasks' }, { progress: ['grey'], soon: 14, remind: '市场监管局, 分局' });
    const hash = formatHash(state);
    expect(parseProgressParams(parseHash(hash))).toEqual({ progress: ['grey'], soon: 14, remind: '市场监管局, 分局' });
    expect(formatHash(withProgressParams(parseHash(hash), { progress: [], soon: 30, remind: null }))).toBe('#/tasks');
  });
});
