import { useEffect, useMemo, useRef } from 'react';
import type { Filters } from '../../analysis/filters.ts';
import type { TimelineModel } from '../../analysis/timeline-items.ts';
import { compactMaxLanes, FOLDED_LANE_KEY, foldTimelineLanes } from '../../charts/timeline-fold.ts';
import { chartMessage } from '../../i18n/chart-messages.ts';
import { buildTimelineOption, timelineBinScale, timelineChartHeight, timelineStatusLegend, type TimelineDatum } from '../../charts/timeline.ts';
import { filterWords } from '../../i18n/filter-word-messages.ts';
import { trustText } from '../../i18n/trust-messages.ts';
import '../chart-legend.css';
import { translate } from '../../i18n/translate.ts';
import { Chart, type ChartEvent } from '../chart.tsx';
import type { echarts } from '../echarts-setup.ts';
import { useChartInstance } from '../use-chart-instance.ts';
import { timeWindowOf, type TimeWindow } from './timeline-window.ts';
import { timelineText } from '../../i18n/timeline-messages.ts';
import { useTimelineModel, type TimelineShown } from './use-timeline-model.ts';
import type { ViewProps } from '../view-props.ts';
import { withFilters } from '../view-props.ts';

const ZOOM_DEBOUNCE_MS = 350;

/**
 * The Gantt-like timeline in lanes; a bar opens its task, a lane label or a monthly bin filters. `compact` is the
 * overview's version (one row per lane). Lanes are drawn one row per task, or as monthly counts per lane when that
 * shows every lane and one row per task cannot (see useTimelineModel); zooming the time axis of the monthly counts
 * re-computes the timeline on the tasks inside the zoomed window, so single tasks appear once they fit.
 */
export function GanttChart(props: ViewProps & { compact?: boolean; timeline?: TimelineShown }) {
  const { state, navigate, progress, compact = false } = props;
  const { lang } = state;
  // the view may have picked the timeline already (its toolbar shows how the lanes are drawn)
  const own = useTimelineModel(props, compact, props.timeline === undefined);
  const { model: full, zoomWindow, zoomed, tooMany } = (props.timeline ?? own)!;
  // the overview's small chart draws at most as many lanes as it can label (compactMaxLanes), the smallest folded into one "other" lane
  const { model, folded } = useMemo(
    () => (compact ? foldTimelineLanes(full, compactMaxLanes(full), (n) => chartMessage(lang, 'otherLanes', { n })) : { model: full, folded: [] }),
    [compact, full, lang],
  );
  const filterOfLane = (lane: string): Partial<Filters> => (lane === FOLDED_LANE_KEY ? foldedLanesFilter(model.laneKind, folded) : laneFilter(model.laneKind, lane, false));
  // the zoom window lives in the URL (zoom=from..to), so a shared link opens on the same stretch of time
  const setZoomWindow = (window: TimeWindow | null) => navigate((s) => ({ ...s, zoom: zoomOfWindow(window) }), { replace: true });
  // with progress reports loaded, bars take the 督办 colours instead of the deadline-status ones
  const rag = useMemo(() => (progress.byTask.size === 0 ? undefined : new Map([...progress.byTask].map(([id, p]) => [id, p.rag] as const))), [progress.byTask]);
  const option = useMemo(
    () => (isEmpty(model) ? null : buildTimelineOption(model, { lang, compact, window: zoomWindow, ...(rag === undefined ? {} : { rag }) })),
    [model, lang, compact, zoomWindow, rag],
  );
  const onZoom = useZoomWindow(!compact, setZoomWindow);
  const { onReady: keepInstance, beforeFilter } = useChartInstance();
  const onReady = (chart: Instance) => {
    keepInstance(chart);
    onZoom(chart);
  };
  const onClick = (event: ChartEvent) => {
    if (!(event.data as TimelineDatum | undefined)?.taskId) beforeFilter();
    if (event.componentType === 'yAxis') {
      const lane = laneOfAxisValue(model, String(event.value ?? ''));
      if (lane !== null) navigate(withFilters(filterOfLane(lane)));
      return;
    }
    const datum = event.data as TimelineDatum | undefined;
    if (!datum) return;
    if (datum.kind === 'item' && datum.taskId !== null) {
      navigate((s) => ({ ...s, task: datum.taskId }));
    } else if (datum.kind === 'bin') {
      const due = datum.dueFrom !== null && datum.dueTo !== null && !datum.yearUnknown ? { due: { from: datum.dueFrom, to: datum.dueTo } } : {};
      // a year-unknown cell of a lane (the overview's split strip) keeps the lane too
      const lane = datum.yearUnknown && datum.lane !== '' ? { ...laneFilter(datum.laneKind, datum.lane, false), status: ['yearUnknown' as const] }
        : datum.lane === FOLDED_LANE_KEY ? filterOfLane(datum.lane) : laneFilter(datum.laneKind, datum.lane, datum.yearUnknown);
      navigate(withFilters({ ...lane, ...due }));
    }
  };
  return (
    <div className="gantt" data-timeline-mode={model.mode} data-lanes={full.lanes.length} data-folded-lanes={folded.length > 0 ? folded.length : undefined} data-zoomed={zoomed ? 'true' : undefined}>
      {tooMany && <p className="hint">{timelineText(lang, 'rows.itemsTooMany', { max: 3000 })}</p>}
      {zoomed && zoomWindow !== null && (
        <p className="hint gantt-zoom">
          {translate(lang, 'timeline.zoomed', { from: dayOf(zoomWindow.from), to: dayOf(zoomWindow.to) })}{' '}
          <button type="button" className="link-button" onClick={() => setZoomWindow(null)}>
            {translate(lang, 'timeline.zoomReset')}
          </button>
        </p>
      )}
      <Chart
        option={option}
        lang={lang}
        label={translate(lang, 'timeline.gantt')}
        height={timelineChartHeight(model, compact)}
        onClick={onClick}
        onReady={onReady}
      />
      {model.mode === 'items' ? <GanttLegend lang={lang} asOfEdge={model.asOfEdge} /> : <BinLegend lang={lang} model={model} compact={compact} />}
    </div>
  );
}

type Instance = ReturnType<typeof echarts.init>;

/** The key to the bars' colours (deadline status at the as-of date), ongoing arrows and the shaded past. */
function GanttLegend({ lang }: { lang: ViewProps['state']['lang']; asOfEdge: TimelineModel['asOfEdge'] }) {
  const words = filterWords(lang);
  return (
    <ul className="chart-legend" data-legend="gantt" aria-label={trustText(lang, 'legend.status')}>
      {timelineStatusLegend({ lang }).map(({ status, colour }) => (
        <li key={status} data-status={status}>
          <span className="swatch" style={{ background: colour }} aria-hidden="true" />
          {words.status[status]}
        </li>
      ))}
      <li><span className="swatch swatch-arrow" aria-hidden="true">→</span>{trustText(lang, 'legend.ongoing')}</li>
      <li><span className="swatch swatch-past" aria-hidden="true" />{trustText(lang, 'legend.pastMonths')}</li>
    </ul>
  );
}

/** The key to the binned timeline's cells: each is the tasks due that month, one hue, darker with more; the full chart adds its arrows and the past's shading. */
function BinLegend({ lang, model, compact }: { lang: ViewProps['state']['lang']; model: TimelineModel; compact: boolean }) {
  const { colour, max } = timelineBinScale(model, {});
  return (
    <ul className="chart-legend" data-legend="gantt-bins" aria-label={timelineText(lang, 'legend.cells', { max })}>
      <li>
        <span className="swatch swatch-scale" style={{ background: `linear-gradient(to right, ${colour}26, ${colour})` }} aria-hidden="true" />
        {timelineText(lang, 'legend.cells', { max })}
      </li>
      {!compact && (
        <>
          <li><span className="swatch swatch-arrow" aria-hidden="true">▶</span>{timelineText(lang, 'legend.runsOn')}</li>
          <li><span className="swatch swatch-past" aria-hidden="true" />{trustText(lang, 'legend.pastMonths')}</li>
          <li>{timelineText(lang, 'legend.lane')}</li>
        </>
      )}
    </ul>
  );
}

// Listens to the time axis' dataZoom and reports the window after the user stops moving it; armed only while binned.
function useZoomWindow(armed: boolean, report: (window: TimeWindow | null) => void): (chart: Instance) => void {
  const current = useRef({ armed, report });
  current.current = { armed, report };
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => {
    if (timer.current !== null) clearTimeout(timer.current);
  }, []);
  return useMemo(
    () => (chart: Instance) => {
      chart.on('datazoom', () => {
        if (!current.current.armed) return;
        if (timer.current !== null) clearTimeout(timer.current);
        timer.current = setTimeout(() => {
          const zoom = (chart.getOption() as { dataZoom?: { startValue?: unknown; endValue?: unknown; xAxisIndex?: unknown }[] }).dataZoom?.[0];
          const window = timeWindowOf(zoom);
          const axis = (chart.getOption() as { xAxis?: { min?: unknown; max?: unknown }[] }).xAxis?.[0];
          const span = Number(axis?.max) - Number(axis?.min);
          // a window of nearly the whole domain is no zoom at all
          current.current.report(window === null || window.to - window.from > 0.9 * span ? null : window);
        }, ZOOM_DEBOUNCE_MS);
      });
    },
    [],
  );
}

function zoomOfWindow(window: TimeWindow | null): ViewProps['state']['zoom'] {
  if (window === null) return null;
  const from = dayOf(window.from);
  const to = dayOf(window.to);
  return from < to ? { from, to } : null;
}

function isEmpty(model: TimelineModel): boolean {
  return model.items.length + model.bins.length + model.yearUnknown.items.length + model.yearUnknown.bins.length === 0;
}

function dayOf(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The filter a timeline lane stands for, as the builder documents it (lead lanes also fix the role). */
export function laneFilter(kind: TimelineModel['laneKind'], lane: string, yearUnknown: boolean): Partial<Filters> {
  if (yearUnknown || lane === '') return { status: ['yearUnknown'] };
  if (kind === 'region') return { region: [lane] };
  if (kind === 'section') return { section: [lane] };
  return { unit: [lane], role: ['lead'] };
}

/** The filter of the folded "other" lane: any of its lanes (a lane of tasks without a value has no filter value, so it is left out). */
function foldedLanesFilter(kind: TimelineModel['laneKind'], lanes: readonly string[]): Partial<Filters> {
  const values = lanes.filter((lane) => lane !== '');
  if (kind === 'region') return { region: values };
  if (kind === 'section') return { section: values };
  return { unit: values, role: ['lead'] };
}

// The row axis holds task ids (one row per task) or lane keys (binned), so a clicked label maps back to its lane.
function laneOfAxisValue(model: TimelineModel, value: string): string | null {
  if (model.mode === 'bins') return model.lanes.some((l) => l.key === value) ? value : null;
  return model.items.find((item) => item.taskId === value)?.lane ?? null;
}
