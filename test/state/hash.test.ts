import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../src/analysis/filters.ts';
import type { AppState } from '../../src/state/app-state.ts';
import { DEFAULT_STATE } from '../../src/state/app-state.ts';
import { formatHash, parseHash } from '../../src/state/hash.ts';

const full: AppState = {
  view: 'workload',
  filters: {
    region: ['中山市港口镇', 'a,b&c=d'],
    section: ['政务服务信息化支撑能力攻坚'],
    unit: ['公共服务办', '100% 网上'],
    role: ['lead', 'support'],
    due: { from: '2021-01-01', to: '2021-12-31' },
    status: ['passed', 'due90'],
    category: ['网络覆盖'],
    q: '电子 政务+?#',
  },
  asOf: '2021-07-01',
  lang: 'en',
  lane: 'section',
  scope: 'region',
  top: 30,
  expand: true,
  task: 'gangkou-2021/1',
  sort: '-due',
  zoom: { from: '2021-01-01', to: '2022-06-30' },
  rows: 'months',
  extra: [['rotate', '20'], ['panels', 'overview,workload']],
};

describe('state/hash', () => {
  it('zoom=from..to keeps the timeline window; a reversed or half window is dropped', () => {
    expect(parseHash('#/timeline?zoom=2021-01-01..2022-06-30').zoom).toEqual({ from: '2021-01-01', to: '2022-06-30' });
    expect(parseHash('#/timeline?zoom=2022-06-30..2021-01-01').zoom).toBeNull();
    expect(parseHash('#/timeline?zoom=2021-01-01..').zoom).toBeNull();
  });

  it('rows=items|months keeps the timeline\'s drawing; anything else is auto and left out of the link', () => {
    expect(parseHash('#/timeline?rows=items').rows).toBe('items');
    expect(parseHash('#/timeline?rows=months').rows).toBe('months');
    expect(parseHash('#/timeline?rows=sideways').rows).toBe('auto');
    expect(formatHash({ ...DEFAULT_STATE, view: 'timeline', rows: 'items' })).toBe('#/timeline?rows=items');
    expect(formatHash({ ...DEFAULT_STATE, view: 'timeline' })).toBe('#/timeline');
  });

  it('status=overdue from an older link reads as passed', () => {
    expect(parseHash('#/tasks?status=overdue,passed').filters.status).toEqual(['passed']);
  });

  it.each([
    ['', DEFAULT_STATE],
    ['#', DEFAULT_STATE],
    ['#/', DEFAULT_STATE],
    ['#/nowhere', DEFAULT_STATE],
    ['#/tasks', { ...DEFAULT_STATE, view: 'tasks' }],
    ['#/screen', { ...DEFAULT_STATE, view: 'screen' }],
    ['#/quality/', { ...DEFAULT_STATE, view: 'quality' }],
  ] as const)('parseHash(%j) → view and defaults', (hash, expected) => {
    expect(parseHash(hash)).toEqual(expected);
  });

  it('parseHash("#/workload?region=…&due=…&status=…") → filters from the query', () => {
    const state = parseHash('#/workload?region=%E4%B8%AD%E5%B1%B1&due=2021-01-01..2021-12-31&status=passed,due90&asof=2021-07-01&lang=en&q=x');
    expect(state.view).toBe('workload');
    expect(state.filters).toEqual({
      ...EMPTY_FILTERS,
      region: ['中山'],
      due: { from: '2021-01-01', to: '2021-12-31' },
      status: ['passed', 'due90'],
      q: 'x',
    });
    expect(state.asOf).toBe('2021-07-01');
    expect(state.lang).toBe('en');
  });

  it('parseHash reads raw (not percent-encoded) Chinese as the address bar shows it', () => {
    expect(parseHash('#/tasks?unit=公共服务办').filters.unit).toEqual(['公共服务办']);
  });

  it.each([
    ['due=2021-01-01..', { from: '2021-01-01', to: null }],
    ['due=..2021-12-31', { from: null, to: '2021-12-31' }],
    ['due=2021-02-30..2021-13-01', null],
    ['due=2024-02-29..2023-02-29', { from: '2024-02-29', to: null }],
    ['due=garbage', null],
  ] as const)('parseHash("#/tasks?%s") → due %j', (query, due) => {
    expect(parseHash(`#/tasks?${query}`).filters.due).toEqual(due);
  });

  it('parseHash drops unknown statuses, roles, lanes, a bad as-of date and a bad top', () => {
    const state = parseHash('#/timeline?status=passed,soon&role=boss,lead&lane=moon&asof=2021-02-30&top=-3&lang=fr&%zz=1');
    expect(state.filters.status).toEqual(['passed']);
    expect(state.filters.role).toEqual(['lead']);
    expect(state.lane).toBe('region');
    expect(state.asOf).toBeNull();
    expect(state.top).toBe(DEFAULT_STATE.top);
    expect(state.lang).toBe('zh');
  });

  it('formatHash(DEFAULT_STATE) → "#/overview"', () => {
    expect(formatHash(DEFAULT_STATE)).toBe('#/overview');
  });

  it('formatHash(due from only) → "#/tasks?due=2021-01-01.."', () => {
    expect(formatHash({ ...DEFAULT_STATE, view: 'tasks', filters: { ...EMPTY_FILTERS, due: { from: '2021-01-01', to: null } } })).toBe(
      '#/tasks?due=2021-01-01..',
    );
  });

  it('parseHash(formatHash(state)) → state, with commas, ampersands and spaces in values', () => {
    expect(parseHash(formatHash(full))).toEqual(full);
  });

  it('formatHash(parseHash(hash)) → hash for a canonical hash', () => {
    const hash = formatHash(full);
    expect(formatHash(parseHash(hash))).toBe(hash);
  });
});

describe('state/hash unknown parameters', () => {
  it('parseHash("#/screen?rotate=20&region=汕尾市&panels=overview,workload") keeps rotate and panels as printed', () => {
    const state = parseHash('#/screen?rotate=20&region=%E6%B1%95%E5%B0%BE%E5%B8%82&panels=overview,workload');
    expect(state.filters.region).toEqual(['汕尾市']);
    expect(state.extra).toEqual([['rotate', '20'], ['panels', 'overview,workload']]);
    expect(formatHash(state)).toBe('#/screen?region=%E6%B1%95%E5%B0%BE%E5%B8%82&rotate=20&panels=overview,workload');
  });
});
