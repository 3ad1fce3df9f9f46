import { useCallback, useRef } from 'react';
import type { echarts } from './echarts-setup.ts';

type Instance = ReturnType<typeof echarts.init>;

/**
 * Keeps a chart's ECharts instance (pass `onReady` to Chart) and returns `beforeFilter`, to call in a click handler
 * before it changes the filters: the new option replaces the series, and ECharts would otherwise later send the
 * pointer's mouseout to the element it last hovered, whose data is gone ("reading 'getRawIndex'" page error).
 */
export function useChartInstance(): { onReady: (chart: Instance) => void; beforeFilter: () => void } {
  const instance = useRef<Instance | null>(null);
  const onReady = useCallback((chart: Instance) => {
    instance.current = chart;
  }, []);
  const beforeFilter = useCallback(() => {
    const chart = instance.current;
    if (chart === null || chart.isDisposed()) return;
    chart.dispatchAction({ type: 'hideTip' });
    // resize() is the public way to make zrender forget its hovered element
    chart.resize();
  }, []);
  return { onReady, beforeFilter };
}
