import type { ChartCanvasProps } from './chart.tsx';
import { preloadableLazy } from './preloadable-lazy.ts';

/**
 * The chart canvas (chart-canvas.tsx, with ECharts and echarts-for-react), loaded on first need: app.tsx preloads it
 * while the data loads, so the first charts render it at once (see preloadable-lazy.ts); chart.tsx renders it.
 */
export const chartCanvas = preloadableLazy<ChartCanvasProps>(async () => (await import('./chart-canvas.tsx')).default);
