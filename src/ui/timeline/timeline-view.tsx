import { lazy, Suspense } from 'react';
import { translate } from '../../i18n/translate.ts';
import type { Lane } from '../../state/app-state.ts';
import { DensityChart } from './density-chart.tsx';
import '../echarts/echarts-timeline-controls.ts';
import { GanttChart } from './gantt-chart.tsx';
import type { ViewProps } from '../view-props.ts';
import { titleWithFilters } from '../filters/filter-title.ts';
import { TimelineRowsToggle } from './timeline-rows-toggle.tsx';
import { useTimelineModel } from './use-timeline-model.ts';

const LANES: readonly Lane[] = ['region', 'section', 'lead'];

// Only with progress reports loaded: the 督办 vocabulary stays out of the timeline's download otherwise (issue 14).
const ProgressLegend = lazy(async () => ({ default: (await import('../progress/progress-legend.tsx')).ProgressLegend }));

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
      {props.progress.byTask.size > 0 && (
        <Suspense fallback={null}>
          <ProgressLegend {...props} />
        </Suspense>
      )}
      <GanttChart {...props} timeline={timeline} />
      <h2 data-title="timeline.density">{titleWithFilters(translate(lang, 'timeline.density'), state)}</h2>
      <p className="hint">{translate(lang, 'timeline.brushHint')}</p>
      <DensityChart {...props} />
    </section>
  );
}

