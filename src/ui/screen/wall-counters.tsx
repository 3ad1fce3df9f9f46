import { useMemo } from 'react';
import { wallCounters } from '../../analysis/wall-counters.ts';
import { screenMessage, type ScreenMessageKey } from '../../i18n/screen-messages.ts';
import { formatCount, type WallProps } from './wall-props.ts';

/** One counter of the wall's top row; progress reports will add completion rate and red/amber counters to this list. */
interface Counter {
  id: string;
  label: ScreenMessageKey;
  value: number;
  tone: 'plain' | 'soon' | 'passed';
}

/** The row of big numbers: tasks, regions, units, due in 30 / 90 days, deadline passed. */
export function WallCounters({ lang, asOf, rows }: WallProps) {
  const counts = useMemo(() => wallCounters(rows, asOf), [rows, asOf]);
  const counters: Counter[] = [
    { id: 'tasks', label: 'counter.tasks', value: counts.tasks, tone: 'plain' },
    { id: 'regions', label: 'counter.regions', value: counts.regions, tone: 'plain' },
    { id: 'units', label: 'counter.units', value: counts.units, tone: 'plain' },
    { id: 'due30', label: 'counter.due30', value: counts.due30, tone: 'soon' },
    { id: 'due90', label: 'counter.due90', value: counts.due90, tone: 'soon' },
    { id: 'passed', label: 'counter.passed', value: counts.passed, tone: 'passed' },
  ];
  return (
    <ul className="wall-counters" data-testid="wall-counters">
      {counters.map((c) => (
        <li key={c.id} className={`wall-counter tone-${c.tone}`} data-counter={c.id} data-value={c.value}>
          <span className="wall-counter-value">{formatCount(c.value, lang)}</span>
          <span className="wall-counter-label">{screenMessage(lang, c.label)}</span>
        </li>
      ))}
    </ul>
  );
}
