import type { EChartsType } from 'echarts/core';
import { Suspense, useCallback, useId, useMemo, useRef, useState } from 'react';
import type { Lang } from '../state/app-state.ts';
import { exportText } from '../i18n/export-messages.ts';
import { importPanelText } from '../i18n/import-panel-messages.ts';
import { translate } from '../i18n/translate.ts';
import { withRegionLabels } from '../i18n/data-labels.ts';
import { withAnimationBudget } from '../charts/animation-budget.ts';
import { localiseRegionPlaceholder } from '../charts/region-placeholder-option.ts';
import { loadingInBatches } from './load-in-batches.ts';
import { chartTable, type ChartPoint, type ChartTable } from './chart-export/chart-data.ts';
import { ChartDataTable } from './chart-export/chart-data-table.tsx';
import { chartSummary, pointText } from './chart-export/chart-summary.ts';
import { exportFileName } from './chart-export/export-file-name.ts';
import { useExportContext } from './chart-export/export-context.ts';
import { hiddenLegend, pngContextLines } from './chart-export/png-context-lines.ts';
import { downloadBlob, downloadText } from './download.ts';
import { ErrorBoundary } from './error-boundary.tsx';
import { chartCanvas } from './chart-canvas-loader.ts';
import { filterWords } from './filters/filter-words.ts';
import { formatPngSize, parsePngSize, PNG_SIZES, pngPixelRatio, type PngSize } from './png-size.ts';
import './import/import-panel.css';
import './chart-export/chart-export.css';

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
  /** Accessible name of the chart, and the title of its exports. */
  label: string;
  /** Called once with the instance, e.g. to arm the brush. */
  onReady?: (chart: EChartsType) => void;
}

/** What the lazily loaded canvas (chart-canvas.tsx) takes. */
export type ChartCanvasProps = ChartHandlers & { option: object; onReady: (chart: EChartsType) => void };

type ChartInstance = EChartsType;

// ECharts and echarts-for-react load in their own chunk the first time a chart is drawn, so the page shell,
// key figures and the task table never wait for them
const ChartCanvas = chartCanvas.Component;

/**
 * Renders one ECharts option inside its own error boundary, with exports that carry their context (a PNG with
 * title, filters, legend, as-of date and source; the numbers behind it as CSV and as an on-screen table), a text
 * summary for screen readers, and keyboard use: Tab to the chart, arrows move between data points, Enter acts as a
 * click (filters), Esc clears the filters. Handlers may change between renders without rebinding.
 */
export function Chart(props: Props) {
  const { lang, height, label, onReady } = props;
  // what the chart draws, exports and reads out: the option with data placeholders in the reader's language
  // (large charts, and every chart while a load arrives in batches, draw without animation: see animation-budget.ts;
  // the batch state is read when the option changes, never a reason to redraw)
  const option = useMemo(
    () => (props.option === null ? null : withAnimationBudget(localiseRegionPlaceholder(props.option, lang), loadingInBatches())),
    [props.option, lang],
  );
  const context = useExportContext();
  const instance = useRef<ChartInstance | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const ids = useId();
  const [size, setSize] = useState<PngSize>({ kind: 'scale', scale: 2 });
  const [withContext, setWithContext] = useState(true);
  const [showTable, setShowTable] = useState(false);
  const [message, setMessage] = useState('');
  const [cursor, setCursor] = useState(-1);
  const [clicked, setClicked] = useState(false);
  const table = useMemo<ChartTable | null>(() => (option === null ? null : chartTable(option, tableWords(lang))), [option, lang]);
  const summary = useMemo(() => (table === null ? '' : chartSummary(lang, label, table)), [table, lang, label]);
  const ready = useCallback(
    (chart: ChartInstance) => {
      instance.current = chart;
      onReady?.(chart);
    },
    [onReady],
  );
  const fileName = (ext: string, suffix?: string) =>
    exportFileName(
      { what: label, filters: context ? filterWords(lang, context.filters).map((w) => w.value) : [], asOf: context?.asOf ?? '', suffix, ext },
      exportText(lang, 'export.allTasks'),
    );

  const exportPng = async () => {
    const chart = instance.current;
    if (chart === null || chart.isDisposed() || option === null) return;
    const background = panelColour(box.current);
    const dark = isDark(background);
    const colours = { background, text: dark ? '#f0f0f0' : '#1f1f1f', muted: dark ? '#c8c8c8' : '#4a4a4a' };
    const asked = pngPixelRatio(size, chart.getWidth());
    try {
      const { composeChartPng } = await import('./chart-export/compose-chart-png.ts');
      const png = await composeChartPng(
        { width: chart.getWidth(), height: chart.getHeight(), dataUrl: (pixelRatio) => chart.getDataURL({ type: 'png', pixelRatio, backgroundColor: background }) },
        asked,
        withContext ? { lines: pngContextLines(lang, label, context), legend: hiddenLegend(option, (text) => withRegionLabels(lang, text)) } : null,
        colours,
      );
      downloadBlob(png.blob, fileName('png', formatPngSize(size)));
      setMessage(png.capped ? exportText(lang, 'export.pngCapped', { width: png.width, height: png.height }) : '');
    } catch (error) {
      setMessage(exportText(lang, 'export.pngFailed', { message: error instanceof Error ? error.message : String(error) }));
    }
  };
  const exportData = async () => {
    if (table === null) return;
    const { formatChartCsv } = await import('./chart-export/chart-data-csv.ts');
    downloadText(formatChartCsv(table), fileName('csv'), 'text/csv;charset=utf-8');
  };

  const point = (index: number): ChartPoint | undefined => table?.points[index];
  const focusPoint = (index: number) => {
    const chart = instance.current;
    const p = point(index);
    if (p === undefined) return;
    setCursor(index);
    setMessage(pointText(lang, p));
    if (chart === null || chart.isDisposed()) return;
    chart.dispatchAction({ type: 'downplay' });
    chart.dispatchAction({ type: 'highlight', seriesIndex: p.seriesIndex, dataIndex: p.dataIndex });
    chart.dispatchAction({ type: 'showTip', seriesIndex: p.seriesIndex, dataIndex: p.dataIndex });
  };
  const onClick = props.onClick
    ? (event: ChartEvent) => {
        setClicked(true);
        props.onClick?.(event);
      }
    : undefined;
  const onKeyDown = (e: React.KeyboardEvent) => {
    const count = table?.points.length ?? 0;
    if (count === 0) return;
    const step: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    if (e.key in step) {
      e.preventDefault();
      focusPoint(cursor < 0 ? (step[e.key]! > 0 ? 0 : count - 1) : (cursor + step[e.key]! + count) % count);
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      focusPoint(e.key === 'Home' ? 0 : count - 1);
    } else if (e.key === 'Enter' || e.key === ' ') {
      const p = point(cursor);
      if (p === undefined || onClick === undefined) return;
      e.preventDefault();
      const series = (option as { series?: { name?: string }[] }).series?.[p.seriesIndex];
      instance.current?.dispatchAction({ type: 'hideTip' });
      onClick({ componentType: 'series', seriesIndex: p.seriesIndex, dataIndex: p.dataIndex, data: p.datum, name: p.category, seriesName: series?.name ?? '', value: p.value });
      setMessage(exportText(lang, 'chart.filtered', { category: p.series === '' ? p.category : `${p.category} · ${p.series}` }));
    } else if (e.key === 'Escape' && context !== null) {
      // the task dialog also closes on Esc; a chart's Esc clears the filters only when no dialog is open
      e.stopPropagation();
      instance.current?.dispatchAction({ type: 'hideTip' });
      instance.current?.dispatchAction({ type: 'downplay' });
      setCursor(-1);
      context.clearFilters();
      setMessage(exportText(lang, 'chart.cleared'));
    }
  };

  return (
    <div className="chart-frame">
      <div className={option === null ? 'chart' : 'chart chart-with-tools'} style={{ height }} ref={box}>
        {option !== null && (
          <div className="chart-tools" role="group" aria-label={importPanelText(lang, 'chart.pngTitle')}>
            <select aria-label={importPanelText(lang, 'chart.pngScale')} value={formatPngSize(size)} data-testid="png-scale" onChange={(e) => setSize(parsePngSize(e.target.value))}>
              {PNG_SIZES.map((s) => (
                <option key={formatPngSize(s)} value={formatPngSize(s)}>
                  {s.kind === 'scale' ? `×${s.scale}` : importPanelText(lang, 'chart.pngWidth', { width: s.width })}
                </option>
              ))}
            </select>
            <label className="chart-tool-check" title={exportText(lang, 'export.withContextTitle')}>
              <input type="checkbox" checked={withContext} data-testid="png-context" onChange={(e) => setWithContext(e.target.checked)} />
              {exportText(lang, 'export.withContext')}
            </label>
            <button type="button" data-testid="export-png" title={importPanelText(lang, 'chart.pngTitle')} onClick={() => void exportPng()}>
              {importPanelText(lang, 'chart.png')}
            </button>
            <button type="button" data-testid="export-data" title={exportText(lang, 'chart.dataTitle')} onClick={() => void exportData()}>
              {exportText(lang, 'chart.data')}
            </button>
            <button type="button" data-testid="show-table" title={exportText(lang, 'chart.tableTitle')} aria-expanded={showTable} aria-controls={`${ids}-table`} onClick={() => setShowTable((v) => !v)}>
              {exportText(lang, 'chart.table')}
            </button>
          </div>
        )}
        <div
          className="chart-body"
          role="group"
          aria-roledescription={exportText(lang, 'chart.roleDescription')}
          aria-label={label}
          aria-describedby={option === null ? undefined : `${ids}-summary ${ids}-keys`}
          tabIndex={option === null ? undefined : 0}
          onKeyDown={onKeyDown}
          style={option === null ? { height: '100%' } : { flex: 1, minHeight: 0 }}
          data-testid="chart-body"
        >
          <ErrorBoundary
            resetKey={option}
            fallback={(error, retry) => (
              <div className="chart-error" role="alert" data-error-boundary="chart">
                <p>{translate(lang, 'error.chart', { message: error })}</p>
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
                <ChartCanvas option={option} onClick={onClick} onBrushEnd={props.onBrushEnd} onReady={ready} />
              </Suspense>
            )}
          </ErrorBoundary>
        </div>
      </div>
      {option !== null && (
        <>
          <p className="sr-only" id={`${ids}-summary`} data-testid="chart-summary">
            {summary}
          </p>
          <p className="sr-only" id={`${ids}-keys`}>
            {exportText(lang, 'chart.keys')}
          </p>
        </>
      )}
      <p className="chart-status" role="status" data-testid="chart-status">
        {message}
        {clicked && context !== null && context.view !== 'tasks' && (
          <>
            {message !== '' && ' '}
            <a href={context.tasksHref} data-testid="show-tasks">
              {exportText(lang, 'chart.showTasks')} →
            </a>
          </>
        )}
      </p>
      {showTable && table !== null && <ChartDataTable id={`${ids}-table`} table={table} caption={exportText(lang, 'chart.tableCaption', { title: label })} lang={lang} />}
    </div>
  );
}

function tableWords(lang: Lang) {
  return {
    category: exportText(lang, 'chart.category'),
    lane: exportText(lang, 'chart.lane'),
    from: exportText(lang, 'chart.from'),
    to: exportText(lang, 'chart.to'),
    count: exportText(lang, 'chart.count'),
    dataText: (text: string) => withRegionLabels(lang, text),
  };
}

/** The chart panel's background, so the PNG is not transparent (white when the panel has none). */
function panelColour(element: HTMLElement | null): string {
  const colour = element ? getComputedStyle(element).backgroundColor : '';
  return colour === '' || colour === 'transparent' || colour === 'rgba(0, 0, 0, 0)' ? '#ffffff' : colour;
}

function isDark(colour: string): boolean {
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(colour);
  if (!m) return false;
  const [r, g, b] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 110;
}
