import type { BrowserFigures } from './browser-bench.ts';
import { GOALS } from './issue14-goals.ts';
import { verdictAtMost, type ReportRow } from './report-table.ts';
import type { Summary } from './stats.ts';

/**
 * The benchmark's rows for one browser run over one data layout ('' for the JSON folder of one file per document,
 * else "Arrow", "JSON, 20 files", …), with issue 14's goals at 200k and its 1M row (every dataset shown ≤ 15 s, never frozen).
 */
export function browserRows(section: string, layout: string, tasks: number, b: BrowserFigures | { unavailable: string }): ReportRow[] {
  const prefix = layout === '' ? 'browser' : `browser (${layout})`;
  if ('unavailable' in b) return [{ section, item: prefix, median: 'not available', unit: '', verdict: b.unavailable }];
  const at200k = tasks === 200_000;
  const big = tasks >= 1_000_000;
  const row = (item: string, s: Summary, unit: string, goal?: number): ReportRow => ({
    section, item: `${prefix}: ${item}`, median: s.median, min: s.min, max: s.max, unit,
    ...(goal === undefined ? {} : { budget: `≤ ${goal} ${unit}`, verdict: s.runs === 0 ? 'not available' : verdictAtMost(s.median, goal) }),
  });
  const at = (goal: number) => (at200k ? goal : undefined);
  return [
    row('first chart', b.firstChartMs, 'ms', at(GOALS.firstChartMs)),
    row('first view (key figures)', b.firstViewMs, 'ms'),
    row('all datasets loaded and shown', b.allDataMs, 'ms', big ? GOALS.allData1mMs : at(GOALS.allDataMs)),
    row('longest main-thread task while loading', b.longestTaskMs, 'ms', at(GOALS.longestTaskMs)),
    {
      ...row('slowest probe answer while loading', b.maxProbeMs, 'ms'),
      ...(big ? { budget: '< 10000 ms', verdict: b.responsive ? 'ok (responded)' : 'MISS (frozen)' } : {}),
    },
    row('filter change main-thread (TaskDuration)', b.filterTaskMs, 'ms', at(GOALS.filterTaskMs)),
    row('filter change script (ScriptDuration)', b.filterScriptMs, 'ms'),
    row('filter change wall (hash → figure + 2 frames)', b.filterWallMs, 'ms'),
    row('JS heap after loading (texts in, after GC)', b.heapMB, 'MB', at(GOALS.heapMB)),
    ...b.notes.map((note) => ({ section, item: `${prefix} note: ${note}`, median: '', unit: '' })),
  ];
}
