import { use, useCallback, useMemo, useRef, useState } from 'react';
import type { ChartCanvasProps, ChartEvent, ChartHandlers } from './chart.tsx';
import { echarts } from './echarts-setup.ts';
import { chartPartsPending } from './echarts/chart-parts.ts';

// for app.tsx, which starts loading a view's parts with this chunk (see preloadView)
export { preloadChartParts } from './echarts/chart-parts.ts';
import { onDrawError } from './echarts/staggered-updates.ts';
import { SizedEChartsCore } from './echarts/sized-echarts-core.ts';

/**
 * echarts-for-react builds the chart in an async method, so an exception while the chart is
 * first created (init, the first setOption, binding the resize sensor) would be an unhandled
 * rejection and leave a blank box; this subclass hands it to `onInitError` (set through a ref) instead.
 */
class GuardedCore extends SizedEChartsCore {
  onInitError: ((error: unknown) => void) | null = null;

  override componentDidMount(): void {
    const self = this as unknown as { renderNewEcharts(): Promise<void> };
    self.renderNewEcharts().catch((error: unknown) => {
      if (this.onInitError) this.onInitError(error);
      else throw error;
    });
  }
}

/** Draws one option with the registered ECharts parts; the default export, so chart.tsx can load it with React.lazy. */
export default function ChartCanvas({ option, onClick, onBrushEnd, onReady }: ChartCanvasProps) {
  const [initError, setInitError] = useState<unknown>(null);
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
  const guard = useCallback((core: GuardedCore | null) => {
    if (core) core.onInitError = (error) => setInitError(() => error);
  }, []);
  // an option that fails to draw (in its own task, see staggered-updates.ts) is shown by the same boundary
  const ready = useCallback(
    (chart: Parameters<ChartCanvasProps['onReady']>[0]) => {
      onDrawError(chart, (error) => setInitError(() => error));
      onReady(chart);
    },
    [onReady],
  );
  // Rethrown while rendering, so the chart's error boundary shows it with a retry.
  if (initError !== null) throw initError instanceof Error ? initError : new Error(String(initError));
  // Series and components only some charts use load on first need; the chart's Suspense shows its loading box meanwhile.
  const pending = chartPartsPending(option);
  if (pending !== null) use(pending);
  return (
    <GuardedCore
      ref={guard}
      echarts={echarts}
      option={option}
      notMerge
      lazyUpdate
      style={{ height: '100%', width: '100%' }}
      onEvents={onEvents}
      onChartReady={ready}
    />
  );
}

