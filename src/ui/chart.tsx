import ReactEChartsCoreModule from 'echarts-for-react/lib/core';
import { useMemo, useRef } from 'react';
import type { Lang } from '../state/app-state.ts';
import { translate } from '../i18n/translate.ts';
import { echarts } from './echarts-setup.ts';
import { ErrorBoundary } from './error-boundary.tsx';

// lib/core is CommonJS with exports.default; depending on the bundler's interop the import is the class or its module.
const ReactEChartsCore = ((ReactEChartsCoreModule as unknown as { default?: typeof ReactEChartsCoreModule }).default ??
  ReactEChartsCoreModule) as typeof ReactEChartsCoreModule;

/** ECharts event parameters as the runtime hands them to a handler. */
export type ChartEvent = Record<string, unknown> & { data?: unknown; name?: string; seriesName?: string; value?: unknown };

export interface ChartHandlers {
  onClick?: (event: ChartEvent) => void;
  onBrushEnd?: (event: ChartEvent) => void;
}

interface Props extends ChartHandlers {
  /** A memoised option from a src/charts builder; null shows the empty message. */
  option: object | null;
  lang: Lang;
  height: number | string;
  /** Accessible name of the chart. */
  label: string;
  /** Called once with the instance, e.g. to arm the brush. */
  onReady?: (chart: ReturnType<typeof echarts.init>) => void;
}

/** Renders one ECharts option inside its own error boundary; handlers may change between renders without rebinding. */
export function Chart(props: Props) {
  const { option, lang, height, label } = props;
  return (
    <div className="chart" role="img" aria-label={label} style={{ height }}>
      <ErrorBoundary
        resetKey={option}
        fallback={(message, retry) => (
          <div className="chart-error" role="alert" data-error-boundary="chart">
            <p>{translate(lang, 'error.chart', { message })}</p>
            <button type="button" onClick={retry}>
              {translate(lang, 'error.retry')}
            </button>
          </div>
        )}
      >
        {option === null ? <p className="chart-empty">{translate(lang, 'chart.empty')}</p> : <ChartCanvas {...props} option={option} />}
      </ErrorBoundary>
    </div>
  );
}

function ChartCanvas({ option, onClick, onBrushEnd, onReady }: Props & { option: object }) {
  const handlers = useRef<ChartHandlers>({});
  handlers.current = { onClick, onBrushEnd };
  const hasBrush = onBrushEnd !== undefined;
  // A stable events object, so echarts-for-react does not unbind and rebind on every render.
  const onEvents = useMemo(
    () => ({
      click: (event: ChartEvent) => handlers.current.onClick?.(event),
      ...(hasBrush ? { brushEnd: (event: ChartEvent) => handlers.current.onBrushEnd?.(event) } : {}),
    }),
    [hasBrush],
  );
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      notMerge
      lazyUpdate
      style={{ height: '100%', width: '100%' }}
      onEvents={onEvents}
      onChartReady={onReady}
    />
  );
}
