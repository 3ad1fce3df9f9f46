import type { TaskProgress } from '../../analysis/progress-status.ts';
import type { Lang } from '../../state/app-state.ts';
import { stateLabel } from './progress-format.ts';
import './progress.css';

/** A task's 督办 status as a coloured dot and label, with the latest note and report date on hover. */
export function ProgressBadge({ progress, lang }: { progress: TaskProgress; lang: Lang }) {
  const note = progress.report === null ? '' : `${progress.report.reportDate} ${progress.report.note || progress.report.problems}`.trim();
  return (
    <span className="progress-badge" data-rag={progress.rag} data-state={progress.state} title={note || undefined}>
      <span className={`rag-dot rag-${progress.rag}`} aria-hidden="true" /> {stateLabel(lang, progress.state)}
      {progress.report?.completedOn ? ` ${progress.report.completedOn}` : ''}
    </span>
  );
}
