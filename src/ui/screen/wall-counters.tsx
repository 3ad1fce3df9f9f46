import { useMemo, useRef } from 'react';
import { progressRates, type ProgressRates } from '../../analysis/progress-rates.ts';
import type { TaskProgress } from '../../analysis/progress-status.ts';
import type { TaskRow } from '../../analysis/task-row.ts';
import { wallCounters } from '../../analysis/wall-counters.ts';
import { screenMessage, type ScreenMessageKey } from '../../i18n/screen-messages.ts';
import { wallProgressMessage, type WallProgressMessageKey } from '../../i18n/wall-progress-messages.ts';
import type { Lang } from '../../state/app-state.ts';
import { formatRate } from '../progress/progress-format.ts';
import { formatNumber } from '../format-number.ts';
import type { WallProps } from './wall-props.ts';
import { useFitCounters } from './use-fit-counters.ts';

/** One counter of the wall's top row. */
interface Counter {
  id: string;
  label: string;
  /** The number behind it (a rate as a fraction; NaN for a rate with nothing to rate), for tests and data-value. */
  value: number;
  shown: string;
  tone: 'plain' | 'soon' | 'passed' | 'rate' | 'red' | 'amber';
  /** A shape drawn before the value, so red and amber differ by more than colour. */
  mark?: string;
}

/**
 * The row of big numbers: tasks, regions, units, due in 30 / 90 days, deadline passed; once progress reports exist,
 * then completion rate, on-time rate and the red / amber counts beside them (without reports the row is unchanged).
 */
export function WallCounters({ lang, asOf, rows, progress }: WallProps) {
  const counts = useMemo(() => wallCounters(rows, asOf), [rows, asOf]);
  const rates = useMemo(() => (progress === null ? null : ratesOf(rows, progress)), [rows, progress]);
  const plain = (id: string, label: ScreenMessageKey, value: number, tone: Counter['tone']): Counter =>
    ({ id, label: screenMessage(lang, label), value, shown: formatNumber(value, lang), tone });
  const counters: Counter[] = [
    plain('tasks', 'counter.tasks', counts.tasks, 'plain'),
    plain('regions', 'counter.regions', counts.regions, 'plain'),
    plain('units', 'counter.units', counts.units, 'plain'),
    plain('due30', 'counter.due30', counts.due30, 'soon'),
    plain('due90', 'counter.due90', counts.due90, 'soon'),
    plain('passed', 'counter.passed', counts.passed, 'passed'),
  ];
  if (rates !== null) counters.push(...progressCounters(rates, lang));
  const list = useRef<HTMLUListElement>(null);
  // a province's seven-digit counts do not fit the tiles at the full size: the row is set smaller until every figure shows whole
  useFitCounters(list, counters.map((c) => `${c.shown}|${c.label}`).join('\n'));
  return (
    <ul ref={list} className={rates === null ? 'wall-counters' : 'wall-counters has-progress'} data-testid="wall-counters">
      {counters.map((c) => (
        <li key={c.id} className={`wall-counter tone-${c.tone}`} data-counter={c.id} data-value={Number.isNaN(c.value) ? '' : c.value}>
          <span className="wall-counter-value">
            {c.mark !== undefined && <span className="wall-counter-mark" aria-hidden="true">{c.mark}</span>}
            {c.shown}
          </span>
          <span className="wall-counter-label">{c.label}</span>
        </li>
      ))}
    </ul>
  );
}

function ratesOf(rows: readonly TaskRow[], progress: ReadonlyMap<string, TaskProgress>): ProgressRates {
  const items: TaskProgress[] = [];
  for (const row of rows) {
    const p = progress.get(row.task.id);
    if (p !== undefined) items.push(p);
  }
  return progressRates(items);
}

function progressCounters(rates: ProgressRates, lang: Lang): Counter[] {
  const label = (key: WallProgressMessageKey) => wallProgressMessage(lang, key);
  // a rate rounds to whole percent on the wall: "87%" reads from five metres, "87.5%" is noise there
  const rate = (r: number | null) => (r === null ? formatRate(null) : `${Math.round(r * 100)}%`);
  return [
    { id: 'completion', label: label('counter.completion'), value: rates.completionRate ?? NaN, shown: rate(rates.completionRate), tone: 'rate' },
    { id: 'onTime', label: label('counter.onTime'), value: rates.onTimeRate ?? NaN, shown: rate(rates.onTimeRate), tone: 'rate' },
    { id: 'red', label: label('counter.red'), value: rates.red, shown: formatNumber(rates.red, lang), tone: 'red', mark: '■' },
    { id: 'amber', label: label('counter.amber'), value: rates.amber, shown: formatNumber(rates.amber, lang), tone: 'amber', mark: '▲' },
  ];
}
