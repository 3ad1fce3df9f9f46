import type { TaskProgress } from '../../analysis/progress-status.ts';
import { progressText } from '../../i18n/progress-messages.ts';
import type { Lang } from '../../state/app-state.ts';
import { stateLabel } from './progress-format.ts';
import './progress.css';

/**
 * A task's 督办 status as a coloured dot and label; with `details` (the task table) also the
 * completion date and the latest note on lines of their own, the note cut to two lines with the
 * whole of it and its report date on hover.
 */
export function ProgressBadge({ progress, lang, details = false }: { progress: TaskProgress; lang: Lang; details?: boolean }) {
  const { report } = progress;
  const note = report === null ? '' : report.note || report.problems;
  const hover = report === null ? '' : `${report.reportDate} ${note}`.trim();
  return (
    <span className={details ? 'progress-badge progress-badge-details' : 'progress-badge'} data-rag={progress.rag} data-state={progress.state} title={hover || undefined}>
      <span className={`rag-dot rag-${progress.rag}`} aria-hidden="true" /> {stateLabel(lang, progress.state)}
      {!details && report?.completedOn ? ` ${report.completedOn}` : ''}
      {details && report?.completedOn && <span className="progress-badge-line">{progressText(lang, 'progress.badge.completedOn', { date: report.completedOn })}</span>}
      {details && note !== '' && <span className="progress-badge-line progress-badge-note">{note}</span>}
    </span>
  );
}
