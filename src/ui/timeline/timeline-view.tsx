import { translate } from '../../i18n/translate.ts';
import type { Lane } from '../../state/app-state.ts';
import { DensityChart } from './density-chart.tsx';
import '../echarts/echarts-timeline-controls.ts';
import { GanttChart } from './gantt-chart.tsx';
import { ProgressLegend } from '../progress/progress-legend.tsx';
import type { ViewProps } from '../view-props.ts';
import { titleWithFilters } from '../filters/filter-title.ts';
import { TimelineRowsToggle } from './timeline-rows-toggle.tsx';
import { useTimelineModel } from './use-timeline-model.ts';

const LANES: readonly Lane[] = ['region', 'section', 'lead'];

/** The Gantt-like task timeline in switchable lanes over the monthly deadline density with its brush. */
export function TimelineView(props: ViewProps) {
  const { state, navigate } = props;
  const { lang } = state;
  // picked here so the toolbar can show how the lanes are drawn; the chart draws the same
  const timeline = useTimelineModel(props, false)!;
  return (
    <section className="timeline-view">
      <div className="view-toolbar">
        <fieldset className="filter-group">
          <legend>{translate(lang, 'timeline.lane')}</legend>
          {LANES.map((lane) => (
            <button key={lane} type="button" className="toggle" aria-pressed={state.lane === lane} onClick={() => navigate((s) => ({ ...s, lane }), { replace: true })}>
              {translate(lang, `lane.${lane}`)}
            </button>
          ))}
        </fieldset>
        <TimelineRowsToggle state={state} navigate={navigate} shown={timeline.shown} />
      </div>
      <h2 data-title="timeline.gantt">{titleWithFilters(translate(lang, 'timeline.gantt'), state)}</h2>
      <ProgressLegend {...props} />
      <GanttChart {...props} timeline={timeline} />
      <h2 data-title="timeline.density">{titleWithFilters(translate(lang, 'timeline.density'), state)}</h2>
      <p className="hint">{translate(lang, 'timeline.brushHint')}</p>
      <DensityChart {...props} />
    </section>
  );
}

