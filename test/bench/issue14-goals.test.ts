import { describe, expect, it } from 'vitest';
import { browserRows } from './browser-rows.ts';
import type { BrowserFigures } from './browser-bench.ts';
import { formatGoals, goalLine, issue14Goals, type LayoutFigures } from './issue14-goals.ts';
import type { Summary } from './stats.ts';

const layout = (label: string, files: number, o: Partial<LayoutFigures> = {}): LayoutFigures => ({
  label, files, firstChartMs: 1200, allDataMs: 2500, filterTaskMs: 80, longestTaskMs: 150, heapMB: 300, ...o,
});

describe('goalLine', () => {
  it('one candidate under the goal → ok, shown without a label', () => {
    expect(goalLine('toTaskRows', 300, 'ms', [{ label: '', value: 250 }])).toEqual({ figure: 'toTaskRows', measured: '250 ms', goal: '≤ 300 ms', verdict: 'ok' });
  });

  it('several candidates → each shown, the verdict the best one\'s, named', () => {
    const line = goalLine('first chart', 1500, 'ms', [{ label: 'JSON', value: 4500 }, { label: 'Arrow', value: 3000 }]);
    expect(line.measured).toBe('JSON 4.50 s · Arrow 3.00 s');
    expect(line.verdict).toBe('MISS ×2.0 (Arrow)');
  });

  it('no candidate, or only NaN ones → not measured in this run', () => {
    expect(goalLine('heap', 400, 'MB', []).verdict).toBe('not measured in this run');
    expect(goalLine('heap', 400, 'MB', [{ label: 'JSON', value: NaN }])).toMatchObject({ measured: '—', verdict: 'not measured in this run' });
  });
});

describe('issue14Goals', () => {
  it('no figures → one line per row of the issue\'s table (10), every one not measured', () => {
    const lines = issue14Goals({ layouts: [] });
    expect(lines).toHaveLength(10);
    expect(new Set(lines.map((l) => l.verdict))).toEqual(new Set(['not measured in this run']));
    expect(lines.map((l) => l.goal)).toEqual(['≤ 40.0 MiB', '≤ 3.00 s', '≤ 1.50 s', '≤ 300 ms', '≤ 10.0 ms', '≤ 100 ms', '≤ 200 ms', '≤ 400 MB', '≤ 1.50 s', '≤ 15.0 s, page answering throughout']);
  });

  it('200k figures → the 20-file rows read only the 20-file layouts, the first-chart row only the many-file ones', () => {
    const lines = issue14Goals({
      bytes: { jsonMiB: 252, arrowTasksMiB: 33.3, arrowAllMiB: 102 },
      toTaskRowsMs: 650,
      slowestFilter: { ms: 42, step: '-region' },
      layouts: [layout('JSON, 928 files', 928, { firstChartMs: 1700 }), layout('Arrow, 20 files', 20, { firstChartMs: 11_000, heapMB: 2900 })],
    });
    const byFigure = Object.fromEntries(lines.map((l) => [l.figure, l]));
    expect(byFigure['data transferred']!.verdict).toBe('ok (Arrow tasks, before the first chart)');
    expect(byFigure['browser: first chart']).toMatchObject({ measured: 'JSON, 928 files 1.70 s', verdict: 'MISS ×1.1' });
    expect(byFigure['first chart with the same tasks in 20 files']).toMatchObject({ measured: 'Arrow, 20 files 11.0 s', verdict: 'MISS ×7.3' });
    expect(byFigure['JS heap after loading (headless Chromium)']!.measured).toBe('Arrow, 20 files 2900 MB · JSON, 928 files 300 MB');
    expect(byFigure['toTaskRows (once per load, Node)']!.verdict).toBe('MISS ×2.2');
    expect(byFigure['slowest filter + re-aggregate of every view (Node)']).toMatchObject({ measured: '-region 42.0 ms', verdict: 'MISS ×4.2' });
    expect(byFigure['1,000,000 tasks: every dataset shown, page answering']!.verdict).toBe('not measured in this run');
  });

  it('1M shown in 12 s but a probe unanswered for 11 s → MISS (frozen); 63 s and answering → MISS ×4.2', () => {
    const frozen = issue14Goals({ layouts: [], oneMillion: { allDataMs: 12_000, responsive: false, maxProbeMs: 11_000 } }).at(-1)!;
    expect(frozen.verdict).toBe('MISS (frozen)');
    expect(frozen.measured).toContain('FROZEN');
    const slow = issue14Goals({ layouts: [], oneMillion: { allDataMs: 63_000, responsive: true, maxProbeMs: 8500 } }).at(-1)!;
    expect(slow.verdict).toBe('MISS ×4.2');
  });

  it('formatGoals → a title, a header, a rule and one line per goal', () => {
    const text = formatGoals('issue 14 goals', issue14Goals({ layouts: [] }));
    expect(text.split('\n')).toHaveLength(13);
  });
});

describe('browserRows', () => {
  const s = (median: number): Summary => ({ median, min: median, max: median, runs: 1 });
  const figures: BrowserFigures = {
    firstChartMs: s(1400), firstViewMs: s(900), allDataMs: s(3500), longestTaskMs: s(150), maxProbeMs: s(400),
    filterTaskMs: s(120), filterScriptMs: s(90), filterWallMs: s(130), heapMB: s(350), responsive: true, notes: [],
  };
  const verdicts = (tasks: number) => Object.fromEntries(browserRows('x', '', tasks, figures).filter((r) => r.verdict !== undefined).map((r) => [r.item, r.verdict]));

  it('at 200k → issue 14\'s goals: first chart 1.5 s, every dataset 3 s, longest task 200 ms, filter change 100 ms, heap 400 MB', () => {
    expect(verdicts(200_000)).toEqual({
      'browser: first chart': 'ok',
      'browser: all datasets loaded and shown': 'MISS ×1.2',
      'browser: longest main-thread task while loading': 'ok',
      'browser: filter change main-thread (TaskDuration)': 'MISS ×1.2',
      'browser: JS heap after loading (texts in, after GC)': 'ok',
    });
  });

  it('at 1M → every dataset shown ≤ 15 s and the page answering; at 20k → no verdicts', () => {
    expect(verdicts(1_000_000)).toEqual({ 'browser: all datasets loaded and shown': 'ok', 'browser: slowest probe answer while loading': 'ok (responded)' });
    expect(verdicts(20_000)).toEqual({});
  });
});
