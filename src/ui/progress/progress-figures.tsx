import { useMemo } from 'react';
import { progressRates } from '../../analysis/progress-rates.ts';
import { progressAt, RAGS, type TaskProgress } from '../../analysis/progress-status.ts';
import { progressText } from '../../i18n/progress-messages.ts';
import { formatHash } from '../../state/hash.ts';
import { withProgressParams } from '../../state/progress-params.ts';
import type { ViewProps } from '../view-props.ts';
import { formatRate, ragLabel } from './progress-format.ts';
import './progress.css';

/**
 * Completion rate, on-time rate and red/amber/green/grey counts of the filtered tasks; with
 * `links`, each colour opens the 督办 view filtered to it. Nothing at all without reports.
 */
export function ProgressFigures({ state, filtered, progress, asOf, links = false }: ViewProps & { links?: boolean }) {
  const { lang } = state;
  const hasReports = progress.merged.byTask.size > 0;
  // without reports nothing is shown, so the filtered tasks (200,000 of them at province scale) are not walked
  const items = useMemo(
    () => (hasReports ? filtered.map((r): TaskProgress => progress.byTask.get(r.task.id) ?? progressAt(r.task, undefined, asOf, progress.params.soon)) : []),
    [hasReports, filtered, progress.byTask, asOf, progress.params.soon],
  );
  const rates = useMemo(() => progressRates(items), [items]);
  if (!hasReports) return null;
  const href = (rag: (typeof RAGS)[number] | null) =>
    formatHash(withProgressParams({ ...state, view: 'supervise', task: null }, { progress: rag === null ? [] : [rag] }));
  const card = (id: string, label: string, value: string, note?: string, rag?: string, link?: string) => {
    const body = (
      <>
        <span className="figure-value">
          {rag !== undefined && <span className={`rag-dot rag-${rag}`} aria-hidden="true" />} {value}
        </span>
        <span className="figure-label">{label}</span>
        {note !== undefined && <span className="figure-note">{note}</span>}
      </>
    );
    return (
      <li key={id} className="figure" data-figure={id}>
        {links && link !== undefined ? <a href={link}>{body}</a> : body}
      </li>
    );
  };
  return (
    <ul className="figures" data-testid="progress-figures" aria-label={progressText(lang, 'progress.keyFigures')}>
      {card('completion', progressText(lang, 'progress.completionRate'), formatRate(rates.completionRate), `${rates.done} / ${rates.reported - rates.dropped}`, undefined, href(null))}
      {card('ontime', progressText(lang, 'progress.onTimeRate'), formatRate(rates.onTimeRate), `${rates.doneOnTime} / ${rates.doneOnTime + rates.doneLate + rates.overdue}`, undefined, href(null))}
      {RAGS.map((rag) => card(rag, ragLabel(lang, rag), String(rates[rag]), undefined, rag, href(rag)))}
    </ul>
  );
}
