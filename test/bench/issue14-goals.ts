import { verdictAtMost } from './report-table.ts';

/** Issue 14's goals at 200,000 tasks (and the 1M row), one place for every verdict the benchmark prints. */
export const GOALS = {
  dataMiB: 40,
  allDataMs: 3000,
  firstChartMs: 1500,
  toTaskRowsMs: 300,
  slowestFilterMs: 10,
  filterTaskMs: 100,
  longestTaskMs: 200,
  heapMB: 400,
  allData1mMs: 15_000,
} as const;

/** The browser figures of one load layout (medians; NaN when not measured). */
export interface LayoutFigures {
  /** "JSON, 928 files", "Arrow, 20 files". */
  label: string;
  /** How many files the layout has (20 for issue 14's few-large-files row). */
  files: number;
  firstChartMs: number;
  allDataMs: number;
  filterTaskMs: number;
  longestTaskMs: number;
  heapMB: number;
}

/** What one run measured at 200k (and 1M), gathered from the size results; absent parts were not run. */
export interface Issue14Figures {
  bytes?: { jsonMiB: number; arrowTasksMiB: number; arrowAllMiB: number };
  toTaskRowsMs?: number;
  slowestFilter?: { ms: number; step: string };
  layouts: LayoutFigures[];
  oneMillion?: { allDataMs: number; responsive: boolean; maxProbeMs: number };
}

/** One line of the summary: a row of issue 14's table. */
export interface GoalLine {
  figure: string;
  measured: string;
  goal: string;
  /** 'ok', 'MISS ×n' (of the best candidate, named when there are several) or 'not measured in this run'. */
  verdict: string;
}

interface Candidate {
  label: string;
  value: number;
}

const NOT_MEASURED = 'not measured in this run';

/** A summary line over several measurements of one figure (encodings, layouts): each shown, the verdict the best one's. */
export function goalLine(figure: string, limit: number, unit: string, candidates: readonly Candidate[]): GoalLine {
  const goal = `≤ ${fmt(limit, unit)}`;
  const measured = candidates.filter((c) => Number.isFinite(c.value));
  if (measured.length === 0) return { figure, measured: '—', goal, verdict: NOT_MEASURED };
  const best = measured.reduce((a, b) => (b.value < a.value ? b : a));
  const verdict = verdictAtMost(best.value, limit);
  return {
    figure,
    measured: measured.map((c) => `${c.label ? `${c.label} ` : ''}${fmt(c.value, unit)}`).join(' · '),
    goal,
    verdict: measured.length > 1 ? `${verdict} (${best.label})` : verdict,
  };
}

/** One line per row of issue 14's table, in its order. */
export function issue14Goals(f: Issue14Figures): GoalLine[] {
  const many = f.layouts.filter((l) => l.files !== 20);
  const twenty = f.layouts.filter((l) => l.files === 20);
  const browser = (layouts: readonly LayoutFigures[], key: keyof Omit<LayoutFigures, 'label' | 'files'>) => layouts.map((l) => ({ label: l.label, value: l[key] }));
  const lines: GoalLine[] = [
    goalLine('data transferred', GOALS.dataMiB, 'MiB', f.bytes === undefined ? [] : [
      { label: 'JSON v1', value: f.bytes.jsonMiB },
      { label: 'Arrow tasks, before the first chart', value: f.bytes.arrowTasksMiB },
      { label: 'Arrow tasks + texts', value: f.bytes.arrowAllMiB },
    ]),
    goalLine('browser: every dataset loaded and shown', GOALS.allDataMs, 'ms', browser(f.layouts, 'allDataMs')),
    goalLine('browser: first chart', GOALS.firstChartMs, 'ms', browser(many, 'firstChartMs')),
    goalLine('toTaskRows (once per load, Node)', GOALS.toTaskRowsMs, 'ms', f.toTaskRowsMs === undefined ? [] : [{ label: '', value: f.toTaskRowsMs }]),
    goalLine('slowest filter + re-aggregate of every view (Node)', GOALS.slowestFilterMs, 'ms', f.slowestFilter === undefined ? [] : [{ label: f.slowestFilter.step, value: f.slowestFilter.ms }]),
    goalLine('browser: filter change, main-thread time', GOALS.filterTaskMs, 'ms', browser(f.layouts, 'filterTaskMs')),
    goalLine('longest main-thread task while loading', GOALS.longestTaskMs, 'ms', browser(f.layouts, 'longestTaskMs')),
    goalLine('JS heap after loading (headless Chromium)', GOALS.heapMB, 'MB', [...browser(twenty, 'heapMB'), ...browser(many, 'heapMB')]),
    goalLine('first chart with the same tasks in 20 files', GOALS.firstChartMs, 'ms', browser(twenty, 'firstChartMs')),
    oneMillionLine(f.oneMillion),
  ];
  return lines;
}

/** The 1M row: every dataset shown within 15 s and the page answering throughout (no probe left unanswered 10 s). */
function oneMillionLine(m: Issue14Figures['oneMillion']): GoalLine {
  const line = goalLine('1,000,000 tasks: every dataset shown, page answering', GOALS.allData1mMs, 'ms', m === undefined ? [] : [{ label: 'JSON', value: m.allDataMs }]);
  if (m === undefined || line.verdict === NOT_MEASURED) return { ...line, goal: `${line.goal}, page answering throughout` };
  const answering = m.responsive ? 'answering' : 'FROZEN';
  return {
    ...line,
    measured: `${line.measured}; slowest answer ${fmt(m.maxProbeMs, 'ms')} (${answering})`,
    goal: `${line.goal}, page answering throughout`,
    verdict: m.responsive ? line.verdict : line.verdict === 'ok' ? 'MISS (frozen)' : `${line.verdict}, frozen`,
  };
}

/** The summary as plain text: a title and one aligned line per goal. */
export function formatGoals(title: string, lines: readonly GoalLine[]): string {
  const cells = [['figure', 'measured', 'goal', 'verdict'], ...lines.map((l) => [l.figure, l.measured, l.goal, l.verdict])];
  const widths = [0, 1, 2].map((c) => Math.max(...cells.map((row) => row[c]!.length)));
  const line = (row: string[]) => row.map((cell, c) => (c < 3 ? cell.padEnd(widths[c]!) : cell)).join(' │ ');
  return [title, line(cells[0]!), widths.map((w) => '─'.repeat(w)).join('─┼─') + '─┼─' + '─'.repeat(8), ...cells.slice(1).map(line)].join('\n');
}

function fmt(value: number, unit: string): string {
  if (unit === 'ms') return value >= 1000 ? `${(value / 1000).toFixed(value >= 10_000 ? 1 : 2)} s` : `${value.toFixed(value >= 100 ? 0 : 1)} ms`;
  return `${value.toFixed(value >= 100 ? 0 : 1)} ${unit}`;
}
