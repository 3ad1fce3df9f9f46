import { progressText } from '../../i18n/progress-messages.ts';
import { DEFAULT_SOON, withProgressParams } from '../../state/progress-params.ts';
import type { ViewProps } from '../view-props.ts';
import { ragLabel } from './progress-format.ts';
import './progress.css';

/**
 * The `progress=` colours in effect, as removable chips under the filter bar on every view — a
 * filter that hides tasks must never be invisible — and a `soon=` other than the default, which
 * changes which tasks are amber; its chip says "清除全部筛选" keeps it (it is a setting, like the
 * as-of date). Nothing when neither is set.
 */
export function ProgressFilterChips({ state, navigate, progress }: Pick<ViewProps, 'state' | 'navigate' | 'progress'>) {
  const chosen = progress.params.progress;
  const soon = progress.params.soon;
  if (chosen.length === 0 && soon === DEFAULT_SOON) return null;
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
      {soon !== DEFAULT_SOON && (
        <li className="chip" data-chip="soon">
          {progressText(lang, 'progress.chip.soon', { n: soon })}
          <button type="button" aria-label={`${progressText(lang, 'progress.remove')} ${progressText(lang, 'progress.soon')}`} onClick={() => navigate((s) => withProgressParams(s, { soon: DEFAULT_SOON }))}>
            ×
          </button>
        </li>
      )}
    </ul>
  );
}
