import type { TimelineRowMode } from '../../charts/timeline-lane-fit.ts';
import { timelineText } from '../../i18n/timeline-messages.ts';
import type { ViewProps } from '../view-props.ts';

const MODES: readonly TimelineRowMode[] = ['items', 'months'];

/**
 * "逐项任务 / 按月汇总": the drawing in effect is pressed; a click writes `rows=` to the URL, so a shared link opens
 * the same way. Without `rows=` the chart picks whichever shows every lane readably (timelineRowMode).
 */
export function TimelineRowsToggle({ state, navigate, shown }: Pick<ViewProps, 'state' | 'navigate'> & { shown: TimelineRowMode }) {
  const { lang } = state;
  return (
    <fieldset className="filter-group timeline-rows" title={state.rows === 'auto' ? timelineText(lang, 'rows.auto') : undefined}>
      <legend>{timelineText(lang, 'rows.legend')}</legend>
      {MODES.map((mode) => (
        <button
          key={mode}
          type="button"
          className="toggle"
          data-rows={mode}
          aria-pressed={shown === mode}
          onClick={() => navigate((s) => ({ ...s, rows: mode }), { replace: true })}
        >
          {timelineText(lang, `rows.${mode}`)}
        </button>
      ))}
    </fieldset>
  );
}
