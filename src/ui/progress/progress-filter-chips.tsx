import { progressText } from '../../i18n/progress-messages.ts';
import { withProgressParams } from '../../state/progress-params.ts';
import type { ViewProps } from '../view-props.ts';
import { ragLabel } from './progress-format.ts';
import './progress.css';

/**
 * The `progress=` colours in effect, as removable chips under the filter bar on every view — a
 * filter that hides tasks must never be invisible. Nothing when no colour is chosen.
 */
export function ProgressFilterChips({ state, navigate, progress }: Pick<ViewProps, 'state' | 'navigate' | 'progress'>) {
  const chosen = progress.params.progress;
  if (chosen.length === 0) return null;
  const { lang } = state;
  return (
    <ul className="chips progress-chips" data-testid="progress-chips" aria-label={progressText(lang, 'progress.filter')}>
      {chosen.map((rag) => (
        <li key={rag} className="chip" data-rag={rag}>
          <span className={`rag-dot rag-${rag}`} aria-hidden="true" /> {progressText(lang, 'progress.title')}：{ragLabel(lang, rag)}
          <button type="button" aria-label={`${progressText(lang, 'progress.remove')} ${ragLabel(lang, rag)}`} onClick={() => navigate((s) => withProgressParams(s, { progress: chosen.filter((r) => r !== rag) }))}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
