import { describe, expect, it } from 'vitest';
import { DEFAULT_REFRESH, DEFAULT_ROTATE, SCREEN_PANELS, parseScreenParams } from '../../../src/ui/screen/screen-params.ts';

const ALL = [...SCREEN_PANELS];

describe('screen-params', () => {
  it('parseScreenParams("#/screen") → defaults: rotate 30 s, every panel, no reload, refresh every 5 min', () => {
    expect(parseScreenParams('#/screen')).toEqual({ rotate: DEFAULT_ROTATE, panels: ALL, reload: null, refresh: DEFAULT_REFRESH, composite: true, fill: false });
  });

  it.each([
    ['#/screen?rotate=10', 10],
    ['#/screen?rotate=0', 0],
    ['#/screen?rotate=2.5', 2.5],
    ['#/screen?rotate=0.2', 1],
    ['#/screen?rotate=999999', 86_400],
    ['#/screen?rotate=-5', DEFAULT_ROTATE],
    ['#/screen?rotate=abc', DEFAULT_ROTATE],
    ['#/screen?rotate=', DEFAULT_ROTATE],
  ])('parseScreenParams(%j).rotate → %d', (hash, rotate) => {
    expect(parseScreenParams(hash).rotate).toBe(rotate);
  });

  it.each([
    ['#/screen?panels=overview,workload,targets', ['overview', 'workload', 'targets']],
    ['#/screen?panels=targets,overview', ['targets', 'overview']],
    ['#/screen?panels=density,units,Gantt', ['deadlines', 'workload', 'timeline']],
    ['#/screen?panels=workload,workload', ['workload']],
    ['#/screen?panels=nope,targets', ['targets']],
    ['#/screen?panels=nope', ALL],
    ['#/screen?panels=', ALL],
  ])('parseScreenParams(%j).panels → %j', (hash, panels) => {
    expect(parseScreenParams(hash).panels).toEqual(panels);
  });

  it.each([
    ['#/screen?reload=60', 60, DEFAULT_REFRESH],
    ['#/screen?reload=0', null, DEFAULT_REFRESH],
    ['#/screen?reload=0.001', 0.05, DEFAULT_REFRESH],
    ['#/screen?refresh=1', null, 1],
    ['#/screen?refresh=0', null, 0],
    ['#/screen?refresh=x', null, DEFAULT_REFRESH],
  ])('parseScreenParams(%j) → reload %j, refresh %j', (hash, reload, refresh) => {
    const params = parseScreenParams(hash);
    expect(params.reload).toBe(reload);
    expect(params.refresh).toBe(refresh);
  });

  it('parseScreenParams reads its keys beside the filters and ignores them: #/screen?region=汕尾市&rotate=20&lang=en', () => {
    expect(parseScreenParams(`#/screen?region=${encodeURIComponent('汕尾市')}&rotate=20&lang=en`)).toEqual({
      rotate: 20, panels: ALL, reload: null, refresh: DEFAULT_REFRESH, composite: true, fill: false,
    });
  });

  it('parseScreenParams survives a malformed escape: #/screen?panels=%E0%A4%A → every panel', () => {
    expect(parseScreenParams('#/screen?panels=%E0%A4%A').panels).toEqual(ALL);
  });

  it.each([
    ['#/screen', true, false],
    ['#/screen?panels=overview', false, false],
    ['#/screen?panels=nonsense', true, false],
    ['#/screen?fit=fill', true, true],
    ['#/screen?fit=FILL&panels=timeline', false, true],
    ['#/screen?fit=contain', true, false],
  ])('parseScreenParams(%s): composite %s, fill %s', (hash, composite, fill) => {
    expect(parseScreenParams(hash)).toMatchObject({ composite, fill });
  });
});
