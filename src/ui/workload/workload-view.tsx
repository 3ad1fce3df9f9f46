import { useMemo, useState } from 'react';
import { unitMonthHeatmap } from '../../analysis/unit-month-heatmap.ts';
import { workloadByUnit } from '../../analysis/workload.ts';
import { buildUnitMonthHeatmapOption, type UnitMonthCellDatum } from '../../charts/unit-month-heatmap.ts';
import { buildWorkloadBarOption, type WorkloadBarDatum } from '../../charts/workload-bar.ts';
import { translate } from '../../i18n/translate.ts';
import type { Scope } from '../../state/app-state.ts';
import { Chart, type ChartEvent } from '../chart.tsx';
import { ProgressUnitBars } from '../progress/progress-unit-bars.tsx';
import { useChartInstance } from '../use-chart-instance.ts';
import type { ViewProps } from '../view-props.ts';
import { withFilters } from '../view-props.ts';
import { titleWithFilters } from '../filters/filter-title.ts';
import { OtherUnitsList } from './other-units-list.tsx';

/** Tasks per unit stacked by role (top N, per region or all, collective units apart) and a unit × month heatmap. */
export function WorkloadView(props: ViewProps) {
  const { state, navigate } = props;
  const { lang } = state;
  return (
    <section className="workload-view">
      <div className="view-toolbar">
        <fieldset className="filter-group">
          <legend>{translate(lang, 'workload.scope')}</legend>
          {(['all', 'region'] as const satisfies readonly Scope[]).map((scope) => (
            <button key={scope} type="button" className="toggle" aria-pressed={state.scope === scope} onClick={() => navigate((s) => ({ ...s, scope }), { replace: true })}>
              {translate(lang, `scope.${scope}`)}
            </button>
          ))}
        </fieldset>
        <label className="filter-field">
          <span>{translate(lang, 'workload.top')}</span>
          <input
            type="number"
            min={1}
            max={500}
            value={state.top}
            onChange={(e) => {
              const top = Number(e.target.value);
              if (Number.isInteger(top) && top > 0 && top <= 500) navigate((s) => ({ ...s, top }), { replace: true });
            }}
          />
        </label>
        <label className="check">
          <input type="checkbox" checked={state.expand} onChange={(e) => navigate((s) => ({ ...s, expand: e.target.checked }), { replace: true })} />
          {translate(lang, 'workload.expand')}
        </label>
      </div>
      <h2 data-title="workload.bars">{titleWithFilters(translate(lang, 'workload.bars'), state)}</h2>
      <WorkloadBars {...props} />
      <ProgressUnitBars {...props} />
      <h2 data-title="workload.heatmap">{titleWithFilters(translate(lang, 'workload.heatmap'), state)}</h2>
      <WorkloadHeatmap {...props} />
    </section>
  );
}

/** The stacked workload bars; `compact` is the overview's small version. */
export function WorkloadBars({ state, navigate, filtered, datasets, compact = false }: ViewProps & { compact?: boolean }) {
  const { lang } = state;
  const unitGroups = useMemo(() => Object.fromEntries(datasets.map((d) => [d.id, d.unitGroups])), [datasets]);
  const groups = useMemo(
    () =>
      workloadByUnit(filtered, {
        topN: compact ? 8 : state.top,
        split: compact ? 'all' : state.scope,
        expandGroups: state.expand,
        unitGroups,
      }),
    [filtered, compact, state.top, state.scope, state.expand, unitGroups],
  );
  const option = useMemo(() => (groups.length === 0 ? null : buildWorkloadBarOption(groups, { lang, compact })), [groups, lang, compact]);
  const lineCount = groups.reduce((n, g) => n + g.units.length + (g.other ? 1 : 0) + (compact ? 0 : g.collective.length), 0);
  const { onReady, beforeFilter } = useChartInstance();
  // the "other" line opens the list of the units it sums; each is then filtered like a bar
  const [openOther, setOpenOther] = useState<number | null>(null);
  const onClick = (event: ChartEvent) => {
    const datum = event.data as WorkloadBarDatum | undefined;
    if (!datum) return;
    if (datum.other !== undefined) {
      setOpenOther((open) => (open === datum.other!.group ? null : datum.other!.group));
      return;
    }
    if (datum.unit === null) return;
    beforeFilter();
    navigate(withFilters({ unit: [datum.unit], ...(datum.role !== null ? { role: [datum.role] } : {}), ...(datum.region !== null ? { region: [datum.region] } : {}) }));
  };
  const other = openOther === null ? null : groups[openOther]?.other ?? null;
  return (
    <>
      <Chart
        option={option}
        lang={lang}
        label={translate(lang, 'workload.bars')}
        height={compact ? 280 : Math.max(240, lineCount * 24 + 80)}
        onClick={onClick}
        onReady={onReady}
      />
      {other !== null && (
        <OtherUnitsList
          lang={lang}
          other={other}
          region={groups[openOther!]?.region ?? null}
          onClose={() => setOpenOther(null)}
          onPick={(unit, region) => {
            beforeFilter();
            navigate(withFilters({ unit: [unit], ...(region !== null ? { region: [region] } : {}) }));
          }}
        />
      )}
    </>
  );
}

function WorkloadHeatmap({ state, navigate, filtered }: ViewProps) {
  const { lang } = state;
  const heatmap = useMemo(() => unitMonthHeatmap(filtered, { topN: state.top }), [filtered, state.top]);
  const option = useMemo(() => (heatmap.units.length === 0 ? null : buildUnitMonthHeatmapOption(heatmap, { lang })), [heatmap, lang]);
  const { onReady, beforeFilter } = useChartInstance();
  const onClick = (event: ChartEvent) => {
    const datum = event.data as UnitMonthCellDatum | undefined;
    if (!datum) return;
    beforeFilter();
    navigate(withFilters({ unit: [datum.unit], due: { from: datum.dueFrom, to: datum.dueTo } }));
  };
  return <Chart option={option} lang={lang} label={translate(lang, 'workload.heatmap')} height={Math.max(240, heatmap.units.length * 22 + 120)} onClick={onClick} onReady={onReady} />;
}
