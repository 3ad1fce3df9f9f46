import ReactEChartsCoreModule from 'echarts-for-react/lib/core';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Lang } from '../state/app-state.ts';
import { importText } from '../i18n/import-messages.ts';
import { translate } from '../i18n/translate.ts';
import { echarts } from './echarts-setup.ts';
import { ErrorBoundary } from './error-boundary.tsx';
import './import-panel.css';

// lib/core is CommonJS with exports.default; depending on the bundler's interop the import is the class or its module.
const ReactEChartsCore = ((ReactEChartsCoreModule as unknown as { default?: typeof ReactEChartsCoreModule }).default ??
  ReactEChartsCoreModule) as typeof ReactEChartsCoreModule;

/**
 * echarts-for-react builds the chart in an async method, so an exception while the chart is
 * first created (init, the first setOption, binding the resize sensor) would be an unhandled
 * rejection and leave a blank box; this subclass hands it to `onInitError` (set through a ref) instead.
 */
class GuardedCore extends ReactEChartsCore {
  onInitError: ((error: unknown) => void) | null = null;

  override componentDidMount(): void {
    const self = this as unknown as { renderNewEcharts(): Promise<void> };
    self.renderNewEcharts().catch((error: unknown) => {
      if (this.onInitError) this.onInitError(error);
      else throw error;
    });
  }
}

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

type ChartInstance = ReturnType<typeof echarts.init>;

/** The PNG sizes offered: the displayed size and two and three times it. */
const PNG_SCALES = [1, 2, 3] as const;

/**
 * Renders one ECharts option inside its own error boundary, with a PNG download of the chart
 * at the displayed size ×1/×2/×3; handlers may change between renders without rebinding.
 */
export function Chart(props: Props) {
  const { option, lang, height, label, onReady } = props;
  const instance = useRef<ChartInstance | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState<number>(2);
  const ready = useCallback(
    (chart: ChartInstance) => {
      instance.current = chart;
      onReady?.(chart);
    },
    [onReady],
  );
  const exportPng = () => {
    const chart = instance.current;
    if (chart === null || chart.isDisposed()) return;
    const url = chart.getDataURL({ type: 'png', pixelRatio: scale, backgroundColor: panelColour(box.current) });
    const a = document.createElement('a');
    a.href = url;
    a.download = pngFileName(label, scale);
    document.body.append(a);
    a.click();
    a.remove();
  };
  return (
    <div className="chart" style={{ height }} ref={box}>
      {option !== null && (
        <div className="chart-tools" role="group" aria-label={importText(lang, 'chart.pngTitle')}>
          <select
            aria-label={importText(lang, 'chart.pngScale')}
            value={scale}
            data-testid="png-scale"
            onChange={(e) => setScale(Number(e.target.value))}
          >
            {PNG_SCALES.map((s) => (
              <option key={s} value={s}>
                ×{s}
              </option>
            ))}
          </select>
          <button type="button" data-testid="export-png" title={importText(lang, 'chart.pngTitle')} onClick={exportPng}>
            {importText(lang, 'chart.png')}
          </button>
        </div>
      )}
      <div className="chart-body" role="img" aria-label={label} style={{ height: '100%' }}>
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
          {option === null ? (
            <p className="chart-empty">{translate(lang, 'chart.empty')}</p>
          ) : (
            <ChartCanvas {...props} option={option} onReady={ready} />
          )}
        </ErrorBoundary>
      </div>
    </div>
  );
}

function ChartCanvas({ option, onClick, onBrushEnd, onReady }: Props & { option: object }) {
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
  // Rethrown while rendering, so the chart's error boundary shows it with a retry.
  if (initError !== null) throw initError instanceof Error ? initError : new Error(String(initError));
  return (
    <GuardedCore
      ref={guard}
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

/** A download name from the chart's label: characters file systems refuse become "-". */
function pngFileName(label: string, scale: number): string {
  const base = label.replace(/[\\/:*?"<>|\s\u0000-\u001f]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'chart';
  return `${base}-x${scale}.png`;
}

/** The chart panel's background, so the PNG is not transparent (white when the panel has none). */
function panelColour(element: HTMLElement | null): string {
  const colour = element ? getComputedStyle(element).backgroundColor : '';
  return colour === '' || colour === 'transparent' || colour === 'rgba(0, 0, 0, 0)' ? '#ffffff' : colour;
}
