import type { EChartsType } from 'echarts/core';
import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import type { Lang } from '../state/app-state.ts';
import { importText } from '../i18n/import-messages.ts';
import { translate } from '../i18n/translate.ts';
import { ErrorBoundary } from './error-boundary.tsx';
import { formatPngSize, parsePngSize, PNG_SIZES, pngPixelRatio, type PngSize } from './png-size.ts';
import './import-panel.css';

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
  onReady?: (chart: EChartsType) => void;
}

/** What the lazily loaded canvas (chart-canvas.tsx) takes. */
export type ChartCanvasProps = ChartHandlers & { option: object; onReady: (chart: EChartsType) => void };

type ChartInstance = EChartsType;

// ECharts and echarts-for-react load in their own chunk the first time a chart is drawn, so the page shell,
// key figures and the task table never wait for them
const ChartCanvas = lazy(() => import('./chart-canvas.tsx'));

/**
 * Renders one ECharts option inside its own error boundary, with a PNG download of the chart
 * at the displayed size ×1/×2/×3 or a chosen width; handlers may change between renders without rebinding.
 */
export function Chart(props: Props) {
  const { option, lang, height, label, onReady } = props;
  const instance = useRef<ChartInstance | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<PngSize>({ kind: 'scale', scale: 2 });
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
    const pixelRatio = pngPixelRatio(size, chart.getWidth());
    const url = chart.getDataURL({ type: 'png', pixelRatio, backgroundColor: panelColour(box.current) });
    const a = document.createElement('a');
    a.href = url;
    a.download = pngFileName(label, formatPngSize(size));
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
            value={formatPngSize(size)}
            data-testid="png-scale"
            onChange={(e) => setSize(parsePngSize(e.target.value))}
          >
            {PNG_SIZES.map((s) => (
              <option key={formatPngSize(s)} value={formatPngSize(s)}>
                {s.kind === 'scale' ? `×${s.scale}` : importText(lang, 'chart.pngWidth', { width: s.width })}
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
            <Suspense fallback={<p className="chart-loading" aria-busy="true" />}>
              <ChartCanvas option={option} onClick={props.onClick} onBrushEnd={props.onBrushEnd} onReady={ready} />
            </Suspense>
          )}
        </ErrorBoundary>
      </div>
    </div>
  );
}

/** A download name from the chart's label: characters file systems refuse become "-". */
function pngFileName(label: string, size: string): string {
  const base = label.replace(/[\\/:*?"<>|\s\u0000-\u001f]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'chart';
  return `${base}-${size}.png`;
}

/** The chart panel's background, so the PNG is not transparent (white when the panel has none). */
function panelColour(element: HTMLElement | null): string {
  const colour = element ? getComputedStyle(element).backgroundColor : '';
  return colour === '' || colour === 'transparent' || colour === 'rgba(0, 0, 0, 0)' ? '#ffffff' : colour;
}
