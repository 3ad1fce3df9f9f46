import { lazy, Suspense, useEffect, useMemo, useRef } from 'react';
import { filterTasks } from '../analysis/filter-tasks.ts';
import { translate } from '../i18n/translate.ts';
import type { LoadResult } from '../load/load-datasets.ts';
import type { AppState, View } from '../state/app-state.ts';
import { ExportContextValue, type ExportContext } from './chart-export/export-context.ts';
import { SkipLink } from './chart-export/skip-link.tsx';
import { formatHash } from '../state/hash.ts';
import { ErrorBoundary } from './error-boundary.tsx';
import { FilterBar } from './filters/filter-bar.tsx';
import { TextsLoadingNotice } from './texts-loading/texts-loading-notice.tsx';
import { Header } from './header.tsx';
import { clearAllFilters } from '../state/clear-all-filters.ts';
import { todayIso } from './today.ts';
import { filterByProgress } from './progress/filter-by-progress.ts';
import { progressChipsShown } from './progress/progress-chips-shown.ts';
import { useProgress } from './progress/use-progress.ts';
import { useAppState } from './use-app-state.ts';
import { fetchedPart, useDatasets } from './use-datasets.ts';
import { reportShown } from './shown-load.ts';
import { preloadableLazy, type PreloadableLazy } from './preloadable-lazy.ts';
import { chartCanvas } from './chart-canvas-loader.ts';
import { usePreparedRows } from './use-prepared-rows.ts';
import { useUnitAliases } from './unit-aliases/use-unit-aliases.ts';
import type { ViewProps } from './view-props.ts';
import type { ChartPart } from './echarts/option-parts.ts';

// Each view (with its chart builders, and the wall display with its own ECharts setup) is its
// own chunk, loaded when first opened, so the shell and key figures never wait for them.
function lazyView(load: () => Promise<(props: ViewProps) => React.ReactNode>): PreloadableLazy<ViewProps> {
  const view = preloadableLazy(load);
  const Component = view.Component;
  return {
    preload: view.preload,
    Component: function LazyView(props: ViewProps) {
      return (
        <Suspense fallback={<p className="loading" role="status" aria-busy="true">{translate(props.state.lang, 'app.loading')}</p>}>
          <Component {...props} />
        </Suspense>
      );
    },
  };
}

const VIEW_LOADERS: Record<View, () => Promise<(props: ViewProps) => React.ReactNode>> = {
  overview: async () => (await import('./overview-view.tsx')).OverviewView,
  timeline: async () => (await import('./timeline/timeline-view.tsx')).TimelineView,
  workload: async () => (await import('./workload/workload-view.tsx')).WorkloadView,
  targets: async () => (await import('./targets-view.tsx')).TargetsView,
  tasks: async () => (await import('./tasks/tasks-view.tsx')).TasksView,
  quality: async () => (await import('./quality-view.tsx')).QualityView,
  screen: async () => (await import('./screen/screen-view.tsx')).ScreenView,
  supervise: async () => (await import('./progress/supervise-view.tsx')).SuperviseView,
};

const LAZY_VIEWS = Object.fromEntries(Object.entries(VIEW_LOADERS).map(([view, load]) => [view, lazyView(load)])) as Record<View, PreloadableLazy<ViewProps>>;

/**
 * Views that always draw charts through chart-canvas.tsx (the 督办 view only with reports; the wall has its own), with
 * the ECharts parts beyond the base set their charts always ask for (the timeline's bars and today line, the heatmaps).
 */
const CHART_VIEW_PARTS: Partial<Record<View, readonly ChartPart[]>> = {
  overview: ['custom', 'marks'],
  timeline: ['custom', 'marks'],
  workload: ['heatmap'],
  targets: ['heatmap'],
};

/**
 * Starts loading the opened view's code, and for a chart view the ECharts chunk and the parts its charts need, while the data loads: otherwise they
 * are asked for only once the first rows are built, and a province's first chart waits for them (the lazy components
 * then find the modules loaded). A failure is left to the lazy components, which report it where the view would be.
 */
function preloadView(view: View): void {
  void LAZY_VIEWS[view].preload().catch(() => undefined);
  const parts = CHART_VIEW_PARTS[view];
  if (parts === undefined) return;
  // through chart-canvas.tsx, which holds chart-parts.ts: a dynamic import of its own would split the ECharts chunks anew
  void chartCanvas.preload().then(() => import('./chart-canvas.tsx')).then((m) => m.preloadChartParts(parts), () => undefined);
}

/** The dashboard shell: header, failure notice, filter bar, the current view and the task dialog. */
export function App() {
  const [state, navigate] = useAppState();
  const load = useDatasets();
  const { lang } = state;

  // the view opened first only: later views load when opened, as before
  // (a task of its own: the preload links it adds cost about 50 ms, not to be added to the first render's task)
  const firstView = useRef(state.view);
  useEffect(() => {
    const timer = setTimeout(() => preloadView(firstView.current), 0);
    return () => clearTimeout(timer);
  }, []);

  useEffect(() => {
    document.title = translate(lang, 'app.title');
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
  }, [lang]);

  // The wall display (#/screen) owns the whole window: no header, no filter bar, no notice.
  const isScreen = state.view === 'screen';
  return (
    <div className={isScreen ? 'app app-screen' : 'app'}>
      {!isScreen && <SkipLink lang={lang} />}
      {!isScreen && <Header state={state} navigate={navigate} load={load} />}
      {load === null ? (
        <p className="loading" role="status" aria-busy="true">
          {translate(lang, 'app.loading')}
        </p>
      ) : (
        <Loaded state={state} navigate={navigate} load={load} />
      )}
    </div>
  );
}

function Loaded({ state, navigate, load: latestLoad }: Pick<ViewProps, 'state' | 'navigate'> & { load: LoadResult }) {
  const unitAliases = useUnitAliases(latestLoad.manifest?.unitAliases);
  // At province size the rows of a new batch are built in slices; until then the previous batch stays shown.
  const prepared = usePreparedRows(latestLoad, unitAliases);
  if (prepared === null) {
    return (
      <p className="loading" role="status" aria-busy="true">
        {translate(state.lang, 'app.loading')}
      </p>
    );
  }
  return <LoadedViews state={state} navigate={navigate} {...prepared.input} {...prepared.value} />;
}

function LoadedViews({
  state,
  navigate,
  load,
  unitAliases,
  rows,
  options,
}: Pick<ViewProps, 'state' | 'navigate' | 'load' | 'unitAliases' | 'rows' | 'options'>) {
  const today = useMemo(todayIso, []);
  const asOf = state.asOf ?? today;
  // the loader keeps its progress line up until this load is on screen (shown-load.ts)
  useEffect(() => reportShown(fetchedPart(load)), [load]);
  // from 20,000 rows, the filter indexes are built in idle time once the load settles (warm-filter-indexes.ts,
  // loaded then: small data never needs it)
  useEffect(() => {
    if (rows.length < 20_000) return;
    let stop: (() => void) | null = null;
    let live = true;
    void import('./warm-filter-indexes.ts').then((m) => { if (live) stop = m.warmFilterIndexes(rows); });
    return () => {
      live = false;
      stop?.();
    };
  }, [rows]);
  const progress = useProgress(load, load.datasets, rows, state, asOf);
  const planFiltered = useMemo(() => filterTasks(rows, state.filters, asOf), [rows, state.filters, asOf]);
  const filtered = useMemo(() => filterByProgress(planFiltered, progress), [planFiltered, progress]);
  const props: ViewProps = { state, navigate, asOf, load, datasets: load.datasets, rows, filtered, options, unitAliases, progress };
  const ViewComponent = LAZY_VIEWS[state.view].Component;
  const showFilters = state.view !== 'quality' && state.view !== 'screen';
  // what a chart's exports say about the view (filters, as-of date, datasets) and its keyboard's Esc
  const exportContext = useMemo<ExportContext>(
    () => ({
      view: state.view,
      filters: state.filters,
      asOf,
      datasets: load.datasets.map((d) => d.title),
      tasksHref: formatHash({ ...state, view: 'tasks', task: null }),
      clearFilters: () => navigate(clearAllFilters),
    }),
    [state, asOf, load, navigate],
  );
  return (
    <ExportContextValue.Provider value={exportContext}>
      {state.view !== 'screen' && (
        <Suspense fallback={null}>
          <FailureNotice state={state} navigate={navigate} load={load} />
        </Suspense>
      )}
      {showFilters && <FilterBar {...props} />}
      {showFilters && <TextsLoadingNotice lang={state.lang} load={load} />}
      {showFilters && progressChipsShown(progress.params) && (
        <Suspense fallback={null}>
          <ProgressFilterChips {...props} />
        </Suspense>
      )}
      <main id="main-content" tabIndex={-1} className={`view view-${state.view}`} data-view={state.view}>
        <ErrorBoundary resetKey={viewKey(state)} fallback={(message, retry) => <ViewError state={state} message={message} retry={retry} />}>
          <ViewComponent {...props} />
        </ErrorBoundary>
      </main>
      {state.task !== null && (
        <ErrorBoundary resetKey={state.task} fallback={(message, retry) => <ViewError state={state} message={message} retry={retry} />}>
          <Suspense fallback={null}>
            <TaskDetail {...props} taskId={state.task} />
          </Suspense>
        </ErrorBoundary>
      )}
    </ExportContextValue.Provider>
  );
}

// The task dialog (with its source panel and report history) opens on a click, and the progress
// chips show only under a progress filter, so neither is part of the first download.
const ProgressFilterChips = lazy(async () => ({ default: (await import('./progress/progress-filter-chips.tsx')).ProgressFilterChips }));
// The banners load beside the first view rather than in the first page's script (issue 14: first download ≤ 100 KiB).
const FailureNotice = lazy(async () => ({ default: (await import('./failure-notice.tsx')).FailureNotice }));
const TaskDetail = lazy(async () => ({ default: (await import('./tasks/task-detail.tsx')).TaskDetail }));

function viewKey(state: AppState): string {
  return state.view;
}

function ViewError({ state, message, retry }: { state: AppState; message: string; retry: () => void }) {
  return (
    <div className="view-error" role="alert" data-error-boundary="view">
      <p>{translate(state.lang, 'error.view', { message })}</p>
      <button type="button" onClick={retry}>
        {translate(state.lang, 'error.retry')}
      </button>
    </div>
  );
}
