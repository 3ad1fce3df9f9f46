import { useMemo } from 'react';
import type { DeadlineStatus } from '../analysis/filters.ts';
import { keyFigures } from '../analysis/key-figures.ts';
import { translate } from '../i18n/translate.ts';
import type { MessageKey } from '../i18n/ui-messages.ts';
import type { View } from '../state/app-state.ts';
import { formatHash } from '../state/hash.ts';
import { ErrorBoundary } from './error-boundary.tsx';
import { GanttChart } from './timeline/gantt-chart.tsx';
import { ProgressFigures } from './progress/progress-figures.tsx';
import { TargetsMini } from './targets-view.tsx';
import { DensityChart } from './timeline/density-chart.tsx';
import type { ViewProps } from './view-props.ts';
import { WorkloadBars } from './workload/workload-view.tsx';
import { titleWithFilters } from './filters/filter-title.ts';
import { formatNumber } from './format-number.ts';

/** Key figures of the filtered tasks and small versions of the other views, each linking to its view. */
export function OverviewView(props: ViewProps) {
  const { state, filtered, asOf } = props;
  const { lang } = state;
  const figures = useMemo(() => keyFigures(filtered, asOf), [filtered, asOf]);
  const number = (n: number) => formatNumber(n, lang);
  const statusLink = (status: DeadlineStatus) => formatHash({ ...state, view: 'tasks', filters: { ...state.filters, status: [status] } });
  const share = `${Math.round(figures.ongoingShare * 100)}%`;
  const cards: { key: MessageKey; value: number; href?: string; note?: string }[] = [
    { key: 'figure.tasks', value: figures.tasks, href: formatHash({ ...state, view: 'tasks' }) },
    { key: 'figure.regions', value: figures.regions },
    { key: 'figure.units', value: figures.units, href: formatHash({ ...state, view: 'workload' }) },
    { key: 'figure.indicators', value: figures.indicators, href: formatHash({ ...state, view: 'targets' }) },
    { key: 'figure.due90', value: figures.due90, href: statusLink('due90') },
    { key: 'figure.passed', value: figures.passed, href: statusLink('passed') },
    { key: 'figure.ongoing', value: figures.ongoing, href: statusLink('ongoing'), note: translate(lang, 'figure.ongoingShare', { share }) },
    { key: 'figure.yearUnknown', value: figures.yearUnknown, href: statusLink('yearUnknown') },
  ];
  return (
    <section className="overview-view">
      <ul className="figures" data-testid="key-figures">
        {cards.map((card) => {
          const body = (
            <>
              <span className="figure-value">{number(card.value)}</span>
              <span className="figure-label">{translate(lang, card.key)}</span>
              {card.note && <span className="figure-note">{card.note}</span>}
            </>
          );
          return (
            <li key={card.key} className="figure" data-figure={card.key}>
              {card.href ? <a href={card.href}>{body}</a> : body}
            </li>
          );
        })}
      </ul>
      <ProgressFigures {...props} links />
      <div className="mini-grid">
        <Mini {...props} view="timeline" titleKey="timeline.density">
          <DensityChart {...props} compact />
        </Mini>
        <Mini {...props} view="workload">
          <WorkloadBars {...props} compact />
        </Mini>
        <Mini {...props} view="timeline" titleKey="timeline.gantt">
          <GanttChart {...props} compact />
        </Mini>
        <Mini {...props} view="targets" titleKey="overview.targetCounts">
          <TargetsMini {...props} />
        </Mini>
      </div>
    </section>
  );
}

function Mini({ state, view, titleKey, children }: ViewProps & { view: View; titleKey?: MessageKey; children: React.ReactNode }) {
  const { lang } = state;
  const title = translate(lang, titleKey ?? `view.${view}`);
  return (
    <article className="mini">
      <h2 data-title={titleKey ?? `view.${view}`}>
        <a href={formatHash({ ...state, view, task: null })} title={translate(lang, 'overview.open', { view: title })}>
          {titleWithFilters(title, state)} →
        </a>
      </h2>
      <ErrorBoundary resetKey={state} fallback={(message) => <p role="alert" data-error-boundary="chart">{translate(lang, 'error.chart', { message })}</p>}>
        {children}
      </ErrorBoundary>
    </article>
  );
}
