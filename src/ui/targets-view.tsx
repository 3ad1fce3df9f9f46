import { categoryLabel } from '../charts/category-label.ts';
import { useMemo } from 'react';
import { targetMatrix, targetsByCategory } from '../analysis/targets.ts';
import type { TargetCategory } from '../analysis/targets.ts';
import { buildTargetMatrixOption, type TargetMatrixDatum } from '../charts/target-matrix.ts';
import { buildTargetCountsOption, type TargetCountDatum } from '../charts/target-counts.ts';
import { buildTargetsOption, targetsChartHeight, type TargetDatum } from '../charts/targets.ts';
import { translate } from '../i18n/translate.ts';
import { Chart, type ChartEvent } from './chart.tsx';
import { ActualsChart } from './progress/actuals-chart.tsx';
import { useChartInstance } from './use-chart-instance.ts';
import type { ViewProps } from './view-props.ts';
import { withFilters } from './view-props.ts';
import { titleWithFilters } from './filters/filter-title.ts';

/** Targets per indicator category side by side and the category × region matrix; clicking a target opens its source task. */
export function TargetsView(props: ViewProps) {
  const { state, filtered } = props;
  const { lang } = state;
  const categories = useMemo(() => targetsByCategory(filtered), [filtered]);
  return (
    <section className="targets-view">
      <p className="hint">{translate(lang, 'targets.hint')}</p>
      <ActualsChart {...props} />
      <h2 data-title="targets.matrix">{titleWithFilters(translate(lang, 'targets.matrix'), state)}</h2>
      <TargetMatrixChart {...props} />
      <h2 data-title="targets.byCategory">{titleWithFilters(translate(lang, 'targets.byCategory'), state)}</h2>
      {categories.length === 0 ? (
        <Chart option={null} lang={lang} label={translate(lang, 'targets.byCategory')} height={200} />
      ) : (
        <div className="target-grid">
          {categories.map((category) => (
            <TargetCategoryChart key={category.category} {...props} category={category} />
          ))}
        </div>
      )}
    </section>
  );
}

function TargetCategoryChart({ state, navigate, category, options, compact = false }: ViewProps & { category: TargetCategory; compact?: boolean }) {
  const { lang } = state;
  const allRegions = useMemo(() => options.regions.map((o) => o.value), [options]);
  const option = useMemo(() => buildTargetsOption(category, { lang, compact, allRegions }), [category, lang, compact, allRegions]);
  const onClick = (event: ChartEvent) => {
    const datum = event.data as TargetDatum | undefined;
    if (datum?.taskId) navigate((s) => ({ ...s, task: datum.taskId }));
  };
  return <Chart option={option} lang={lang} label={categoryLabel(category.category, lang)} height={targetsChartHeight(category, compact)} onClick={onClick} />;
}

function TargetMatrixChart({ state, navigate, filtered, compact = false }: ViewProps & { compact?: boolean }) {
  const { lang } = state;
  const matrix = useMemo(() => targetMatrix(filtered), [filtered]);
  const option = useMemo(() => (matrix.cells.length === 0 ? null : buildTargetMatrixOption(matrix, { lang, compact })), [matrix, lang, compact]);
  const { onReady, beforeFilter } = useChartInstance();
  const onClick = (event: ChartEvent) => {
    const datum = event.data as TargetMatrixDatum | undefined;
    if (!datum) return;
    beforeFilter();
    // A cell filters to its region and category and opens its (first) source task.
    navigate((s) => ({ ...withFilters({ region: [datum.region], category: [datum.category] })(s), task: datum.taskId }));
  };
  return (
    <Chart
      option={option}
      lang={lang}
      label={translate(lang, 'targets.matrix')}
      height={compact ? 260 : Math.max(250, matrix.categories.length * 56 + 100)}
      onClick={onClick}
      onReady={onReady}
    />
  );
}

/** The overview's small version of the targets view: targets per indicator category; a bar opens the targets view on that category. */
export function TargetsMini({ state, navigate, filtered }: ViewProps) {
  const { lang } = state;
  const categories = useMemo(() => targetsByCategory(filtered), [filtered]);
  const option = useMemo(() => (categories.length === 0 ? null : buildTargetCountsOption(categories, { lang })), [categories, lang]);
  const onClick = (event: ChartEvent) => {
    const datum = event.data as TargetCountDatum | undefined;
    if (datum) navigate((s) => ({ ...withFilters({ category: [datum.category] })(s), view: 'targets' }));
  };
  return <Chart option={option} lang={lang} label={translate(lang, 'overview.targetCounts')} height={280} onClick={onClick} />;
}
