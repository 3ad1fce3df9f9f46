import { useMemo } from 'react';
import { deadlinesByMonth, densityWithAsOf } from '../../analysis/deadline-density.ts';
import { filterTasks } from '../../analysis/filter-tasks.ts';
import { monthsToDueRange } from '../../analysis/month-keys.ts';
import { brushToDueRange, buildDeadlineDensityOption, otherRegionsSeriesName, regionOfSeries } from '../../charts/deadline-density.ts';
import { densityRegions } from '../../charts/density-regions.ts';
import { translate } from '../../i18n/translate.ts';
import { Chart, type ChartEvent } from '../chart.tsx';
import { useChartInstance } from '../use-chart-instance.ts';
import type { ViewProps } from '../view-props.ts';
import { withFilters } from '../view-props.ts';

/** Tasks due per month stacked by region; brushing or clicking sets the deadline filter. `compact` is the overview's version
 * (no brush: the full version's brush and toolbox register with the timeline view, src/ui/echarts/). */
export function DensityChart({ state, navigate, rows, asOf, options, compact = false }: ViewProps & { compact?: boolean }) {
  const { lang, filters } = state;
  // The density ignores its own deadline filter, so the brushed range stays visible in context.
  const withoutDue = JSON.stringify({ ...filters, due: null });
  // Keyed on the filters minus due, so a brush does not rebuild the chart and wipe the brushed area.
  const base = useMemo(() => filterTasks(rows, JSON.parse(withoutDue) as typeof filters, asOf), [rows, withoutDue, asOf]);
  const density = useMemo(() => densityWithAsOf(deadlinesByMonth(base), asOf), [base, asOf]);
  const allRegions = useMemo(() => options.regions.map((o) => o.value), [options]);
  const option = useMemo(
    () => (density.months.length === 0 ? null : buildDeadlineDensityOption(density, { lang, asOf, compact, allRegions })),
    [density, lang, asOf, compact, allRegions],
  );
  const { onReady, beforeFilter } = useChartInstance();
  const onClick = (event: ChartEvent) => {
    if (typeof event.name !== 'string' || typeof event.seriesName !== 'string') return;
    beforeFilter();
    const due = monthsToDueRange(event.name, event.name);
    // the "other regions" segment stands for every region folded into it
    const { folded } = densityRegions(density);
    const others = folded.length > 0 && event.seriesName === otherRegionsSeriesName(lang, folded.length);
    navigate(withFilters({ region: others ? folded : [regionOfSeries(event.seriesName)], due }));
  };
  const onBrushEnd = (event: ChartEvent) => {
    const due = brushToDueRange(density.months, event.areas as { coordRange?: unknown }[] | undefined);
    navigate(withFilters({ due }));
  };
  return (
    <Chart
      option={option}
      lang={lang}
      label={translate(lang, 'timeline.density')}
      height={compact ? 280 : 360}
      onClick={onClick}
      onBrushEnd={compact ? undefined : onBrushEnd}
      onReady={onReady}
    />
  );
}
