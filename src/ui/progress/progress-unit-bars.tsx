import { useMemo } from 'react';
import { progressRanking } from '../../analysis/progress-ranking.ts';
import { RAGS, type Rag } from '../../analysis/progress-status.ts';
import { buildProgressUnitBarsOption, busiestUnits, type ProgressUnitDatum } from '../../charts/progress-unit-bars.ts';
import { progressText } from '../../i18n/progress-messages.ts';
import { withProgressParams } from '../../state/progress-params.ts';
import { Chart, type ChartEvent } from '../chart.tsx';
import { titleWithFilters } from '../filters/filter-title.ts';
import { withFilters, type ViewProps } from '../view-props.ts';

/** Workload by 督办 status: the busiest units' tasks stacked red/amber/green/grey; a segment filters to that unit and colour. Nothing without reports. */
export function ProgressUnitBars({ state, navigate, filtered, progress }: ViewProps) {
  const { lang } = state;
  const units = useMemo(() => busiestUnits(progressRanking(filtered, progress.byTask, 'unit'), state.top), [filtered, progress.byTask, state.top]);
  const labels = useMemo(() => Object.fromEntries(RAGS.map((r) => [r, progressText(lang, `progress.ragShort.${r}`)])) as Record<Rag, string>, [lang]);
  const option = useMemo(() => buildProgressUnitBarsOption(units, labels), [units, labels]);
  if (progress.merged.byTask.size === 0) return null;
  const onClick = (event: ChartEvent) => {
    const datum = event.data as ProgressUnitDatum | undefined;
    if (!datum) return;
    // a bar is one unit (its key, region/name), so the filter picks that unit alone
    navigate((s) => withProgressParams(withFilters({ unit: [datum.unit] })(s), { progress: [datum.rag] }));
  };
  return (
    <section data-testid="progress-unit-bars">
      <h2 data-title="progress.unitBars">{titleWithFilters(progressText(lang, 'progress.unitBars'), state)}</h2>
      <Chart option={option} lang={lang} label={progressText(lang, 'progress.unitBars')} height={Math.max(200, units.length * 26 + 70)} onClick={onClick} />
    </section>
  );
}
