import { RAGS } from '../../analysis/progress-status.ts';
import { progressText } from '../../i18n/progress-messages.ts';
import type { ViewProps } from '../view-props.ts';
import { ragLabel } from './progress-format.ts';
import './progress.css';

/** Says that bars are coloured by 督办 status, and what each colour means; nothing without reports. */
export function ProgressLegend({ state, progress }: Pick<ViewProps, 'state' | 'progress'>) {
  if (progress.byTask.size === 0) return null;
  return (
    <p className="progress-legend" data-testid="progress-legend">
      {progressText(state.lang, 'progress.legend')}
      {RAGS.map((rag) => (
        <span key={rag} className="progress-legend-item">
          <span className={`rag-dot rag-${rag}`} aria-hidden="true" /> {ragLabel(state.lang, rag)}
        </span>
      ))}
    </p>
  );
}
