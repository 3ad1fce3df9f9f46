import { optionParts, type ChartPart } from './option-parts.ts';

const LOADERS: Record<ChartPart, () => Promise<unknown>> = {
  line: () => import('./echarts-line.ts'),
  custom: () => import('./echarts-custom.ts'),
  heatmap: () => import('./echarts-heatmap.ts'),
  marks: () => import('./echarts-marks.ts'),
  graphic: () => import('./echarts-graphic.ts'),
  title: () => import('./echarts-title.ts'),
};

const registered = new Set<ChartPart>();
const loading = new Map<string, Promise<void>>();

/**
 * Null when every part `option` needs is registered; else one promise (the same for the same missing parts, as
 * React's `use` wants) that settles once they are. A part that fails to load rejects, and the chart's error
 * boundary shows it with a retry.
 */
export function chartPartsPending(option: object): Promise<void> | null {
  const missing = optionParts(option).filter((part) => !registered.has(part));
  return missing.length === 0 ? null : loadParts(missing);
}

/** One promise per set of missing parts (the same for the same parts), settled once they are registered. */
function loadParts(missing: readonly ChartPart[]): Promise<void> {
  const key = missing.join(' ');
  let promise = loading.get(key);
  if (promise === undefined) {
    promise = Promise.all(missing.map((part) => LOADERS[part]().then(() => void registered.add(part)))).then(
      () => undefined,
      (error: unknown) => {
        loading.delete(key);
        throw error;
      },
    );
    loading.set(key, promise);
  }
  return promise;
}

/**
 * Starts loading parts a view is known to need before its first option asks for them (while the data loads), so the
 * chart does not wait for them then; an option asking for the same parts meanwhile gets the same promise. Fire and
 * forget: a part that fails here is asked for again by chartPartsPending.
 */
export function preloadChartParts(parts: readonly ChartPart[]): void {
  const missing = [...parts].sort().filter((part) => !registered.has(part));
  if (missing.length > 0) loadParts(missing).catch(() => undefined);
}
