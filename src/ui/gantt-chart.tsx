import { useMemo } from 'react';
import type { Filters } from '../analysis/filters.ts';
import type { TimelineModel } from '../analysis/timeline-items.ts';
import { timelineItems } from '../analysis/timeline-items.ts';
import { buildTimelineOption, type TimelineDatum } from '../charts/timeline.ts';
import { translate } from '../i18n/translate.ts';
import { Chart, type ChartEvent } from './chart.tsx';
import type { ViewProps } from './view-props.ts';
import { withFilters } from './view-props.ts';

/** The Gantt-like timeline in lanes; a bar opens its task, a lane label or a monthly bin filters. `compact` is the overview's version. */
export function GanttChart({ state, navigate, filtered, asOf, compact = false }: ViewProps & { compact?: boolean }) {
  const { lang } = state;
  const model = useMemo(() => timelineItems(filtered, state.lane, asOf), [filtered, state.lane, asOf]);
  const option = useMemo(
    () => (model.items.length + model.bins.length + model.yearUnknown.items.length + model.yearUnknown.bins.length === 0 ? null : buildTimelineOption(model, { lang, compact })),
    [model, lang, compact],
  );
  const rows = model.mode === 'bins' ? model.lanes.length * 3 : model.items.length + model.yearUnknown.items.length;
  const onClick = (event: ChartEvent) => {
    if (event.componentType === 'yAxis') {
      const lane = laneOfAxisValue(model, String(event.value ?? ''));
      if (lane !== null) navigate(withFilters(laneFilter(model.laneKind, lane, false)));
      return;
    }
    const datum = event.data as TimelineDatum | undefined;
    if (!datum) return;
    if (datum.kind === 'item' && datum.taskId !== null) {
      navigate((s) => ({ ...s, task: datum.taskId }));
    } else if (datum.kind === 'bin') {
      const due = datum.dueFrom !== null && datum.dueTo !== null && !datum.yearUnknown ? { due: { from: datum.dueFrom, to: datum.dueTo } } : {};
      navigate(withFilters({ ...laneFilter(datum.laneKind, datum.lane, datum.yearUnknown), ...due }));
    }
  };
  return (
    <Chart
      option={option}
      lang={lang}
      label={translate(lang, 'timeline.gantt')}
      height={compact ? 260 : Math.min(900, Math.max(360, rows * 16 + 160))}
      onClick={onClick}
    />
  );
}

/** The filter a timeline lane stands for, as the builder documents it (lead lanes also fix the role). */
export function laneFilter(kind: TimelineModel['laneKind'], lane: string, yearUnknown: boolean): Partial<Filters> {
  if (yearUnknown || lane === '') return { status: ['yearUnknown'] };
  if (kind === 'region') return { region: [lane] };
  if (kind === 'section') return { section: [lane] };
  return { unit: [lane], role: ['lead'] };
}

// The row axis holds task ids (one row per task) or lane keys (binned), so a clicked label maps back to its lane.
function laneOfAxisValue(model: TimelineModel, value: string): string | null {
  if (model.mode === 'bins') return model.lanes.some((l) => l.key === value) ? value : null;
  return model.items.find((item) => item.taskId === value)?.lane ?? null;
}
