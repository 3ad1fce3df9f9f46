import { useMemo } from 'react';
import { deadlinesAhead } from '../../analysis/deadlines-ahead.ts';
import { monthValueLabels } from '../../analysis/wall-month-values.ts';
import { screenMessage } from '../../i18n/screen-messages.ts';
import { formatNumber } from '../format-number.ts';
import { titleWithFilters, type WallProps } from './wall-props.ts';

/** The next twelve months of deadlines from the as-of month (marked), a column each with its count printed. */
export function WallMonths({ lang, asOf, rows, filterWords }: WallProps) {
  const ahead = useMemo(() => deadlinesAhead(rows, asOf), [rows, asOf]);
  const max = Math.max(1, ...ahead.counts);
  const empty = ahead.counts.every((n) => n === 0);
  const values = monthValueLabels(ahead.counts, (n) => formatNumber(n, lang));
  const title = screenMessage(lang, 'months.title') + (values.thousands ? screenMessage(lang, 'months.thousands') : '');
  return (
    <section className="wall-panel wall-months" data-testid="wall-months" data-thousands={values.thousands ? 'true' : undefined}>
      <h2 className="wall-panel-title">{titleWithFilters(title, filterWords)}</h2>
      <ol className="wall-month-list">
        {ahead.months.map((month, i) => {
          const n = ahead.counts[i]!;
          const monthNo = Number(month.slice(5, 7));
          return (
            <li key={month} className={i === 0 ? 'wall-month is-as-of' : 'wall-month'} data-month={month} data-value={n}>
              <span className="wall-month-value">{values.labels[i]}</span>
              <span className="wall-month-bar"><span className="wall-month-fill" style={{ height: `${(n / max) * 100}%` }} /></span>
              <span className="wall-month-label">{monthNo}</span>
            </li>
          );
        })}
      </ol>
      <p className="wall-panel-note" data-testid="wall-months-note">
        {empty && ahead.lastDue !== null
          ? screenMessage(lang, 'months.empty', { last: ahead.lastDue })
          : `${screenMessage(lang, 'months.asOf')} ${ahead.months[0]} · ${screenMessage(lang, 'months.outside', { before: formatNumber(ahead.before, lang), after: formatNumber(ahead.after, lang) })}`}
      </p>
    </section>
  );
}
