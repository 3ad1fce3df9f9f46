import { useMemo } from 'react';
import { actualsAgainstTargets } from '../../analysis/progress-actuals.ts';
import { actualsChartHeight, buildActualsOption, type ActualDatum } from '../../charts/progress-actuals.ts';
import { progressText } from '../../i18n/progress-messages.ts';
import { Chart, type ChartEvent } from '../chart.tsx';
import type { ViewProps } from '../view-props.ts';

/** Actual value against target for every indicator with a reported actual; nothing without one. A bar opens its task. */
export function ActualsChart({ state, navigate, filtered, progress }: ViewProps) {
  const { lang } = state;
  const items = useMemo(() => actualsAgainstTargets(filtered, progress.byTask), [filtered, progress.byTask]);
  const option = useMemo(() => buildActualsOption(items), [items]);
  if (items.length === 0) return null;
  const onClick = (event: ChartEvent) => {
    const datum = event.data as ActualDatum | undefined;
    if (datum?.taskId) navigate((s) => ({ ...s, task: datum.taskId }));
  };
  return (
    <section data-testid="actuals" data-count={items.length}>
      <h2>{progressText(lang, 'progress.actuals')}</h2>
      <p className="hint">{progressText(lang, 'progress.actualsHint')}</p>
      <Chart option={option} lang={lang} label={progressText(lang, 'progress.actuals')} height={actualsChartHeight(items.length)} onClick={onClick} />
    </section>
  );
}
