import { useEffect, useMemo, useRef, useState } from 'react';
import { loadMessage } from '../i18n/load-messages.ts';
import { createBatchSchedule } from '../load/batch-schedule.ts';
import { loadDatasets, type FetchLike, type LoadProgress } from '../load/load-datasets.ts';
import type { LoadResult } from '../load/load-result.ts';
import { startEarlyWorkers, type EarlyWorkers } from '../load/early-workers.ts';
import { createMainThreadLoader } from '../load/main-thread-loader.ts';
import { timeoutFromSearch } from '../load/timeout-param.ts';
import { DEFAULT_MAX_BYTES } from '../load/fetch-defaults.ts';
import { prefetchFile, type PrefetchedAnswer } from '../load/prefetched-file.ts';
import { createWorkerLoader, firstBatchWorkers, workerPoolSize, type ClosableFileLoader, type WorkerLike } from '../load/worker-loader.ts';
import { withUploads } from '../load/with-uploads.ts';
import './print.css';
import { routeProgressForms } from './progress/progress-store.ts';
import { whenShown } from './shown-load.ts';
import { openUploadsDb } from './import/uploads-db.ts';
import { createUploadsStore, useUploadsStore, type UploadsStore } from './import/uploads-store.ts';
import { setLoadingInBatches } from './load-in-batches.ts';
import { afterChartsDrawn } from './echarts/charts-drawn.ts';
import { createWidening } from './load-widening.ts';

/** Datasets imported in this browser; the ingest is fetched only when a first file is imported. */
export const uploadsStore: UploadsStore = createUploadsStore(
  openUploadsDb,
  async (fileName, bytes, options) => (await import('../ingest/ingest-upload.ts')).ingestUploadFile(fileName, bytes, options),
  () => new Date().toISOString(),
);

/** Every dataset id a new import must avoid: shown, failed (by manifest id) and imported. */
export function takenDatasetIds(load: LoadResult | null): string[] {
  if (load === null) return [];
  return [...load.datasets.map((d) => d.id), ...(load.manifest?.datasets.map((e) => e.id) ?? [])];
}

/** What data/ gave for each result useDatasets returned with imports added; the wall re-fetches data/ and adds the imports again. */
const fetchedParts = new WeakMap<LoadResult, LoadResult>();

/** The part of a useDatasets result that came from data/ (without the datasets imported in this browser). */
export function fetchedPart(load: LoadResult): LoadResult {
  return fetchedParts.get(load) ?? load;
}

/** The browser's fetch, never served from a stale cache, abortable when past its deadline. */
export const pageFetch: FetchLike = (url, init) => fetch(url, { cache: 'no-cache', ...init });

/** The per-request deadline the page asks for (`?timeout=SECONDS`), or undefined for the loader's default. */
export function pageTimeoutMs(): number | undefined {
  return typeof location === 'undefined' ? undefined : timeoutFromSearch(location.search);
}

/**
 * Loads data/ beside the page once — parsed and validated in Web Workers, shown in growing
 * batches while it loads, with a progress line — adds the datasets imported in this browser,
 * and makes the whole window a drop target for new imports; null until the first batch.
 */
export function useDatasets(): LoadResult | null {
  const [fetched, setFetched] = useState<LoadResult | null>(null);
  const uploads = useUploadsStore(uploadsStore);
  useEffect(() => {
    let live = true;
    const dataUrl = new URL('data/', document.baseURI).href;
    const fetchFn = pageFetch;
    // one worker fewer than the page's cores (on two cores: one) until the load widens — its first batch drawn, or no
    // file answering for a while (load-widening.ts) — then the full pool
    let widened = false;
    const files = pageFileLoader(fetchFn, () => widened);
    const timeoutMs = pageTimeoutMs();
    // Redraw when the loaded prefix has grown fourfold: few rebuilds over everything loaded.
    const due = createBatchSchedule(performance.now(), { growth: 4 });
    const progress = createProgressLine(document);
    // The schedule is asked again a little later when a batch is not yet due: the files after a hung one may all
    // answer at once, and the next progress event would otherwise come only at the hung file's deadline.
    let waiting: LoadProgress | null = null;
    let stopWaitingForShown: () => void = () => undefined;
    let recheck: ReturnType<typeof setTimeout> | undefined;
    // From NARROW_FROM_TASKS tasks, two files at once until the first batch is on screen with its charts drawn, then
    // eight: on two cores, workers decoding eight files took the cores the first charts need. A view without charts widens DRAWN_WITHIN_MS after
    // its first batch is shown; a slow or hung file widens it once no file has answered for STALL_MS.
    const widening = createWidening(afterChartsDrawn);
    void widening.widened.then(() => {
      widened = true;
    });
    let stopWaitingForFirst: () => void = () => undefined;
    const drawIfDue = () => {
      clearTimeout(recheck);
      if (!live || waiting === null) return;
      if (due(waiting.loaded, waiting.total, performance.now())) {
        setLoadingInBatches(true);
        const batch = waiting.partial();
        setFetched(batch);
        waiting = null;
        stopWaitingForFirst();
        stopWaitingForFirst = whenShown(batch, widening.widenOnceDrawn);
        return;
      }
      recheck = setTimeout(drawIfDue, 300);
    };
    void loadDatasets(fetchFn, dataUrl, {
      files,
      // Requests wait on the network more than on the workers, so keep more of them in flight.
      concurrency: 8,
      narrowStart: { concurrency: 2, widen: widening.widened, fromTasks: NARROW_FROM_TASKS },
      // Compact-encoded datasets are drawn before their texts side files arrive (fetched below).
      deferTexts: true,
      ...(timeoutMs === undefined ? {} : { timeoutMs }),
      onProgress: (latest) => {
        if (!live) return;
        widening.noteProgress();
        progress.show(latest.loaded, latest.total);
        waiting = latest;
        drawIfDue();
      },
    }).then((r) => {
      widening.widen();
      waiting = null;
      clearTimeout(recheck);
      if (!live) {
        progress.remove();
        files.close();
        return;
      }
      setFetched(r);
      // the line stays until every dataset is on screen: at province size the rows are built after this (shown-load.ts)
      stopWaitingForShown = whenShown(r, () => {
        progress.remove();
        setLoadingInBatches(false);
        if (live) afterShown(r);
      });
    });
    // The texts side files of a compact deployment are fetched once the complete load is on screen.
    const afterShown = (r: LoadResult) => {
      if ((r.pendingTexts?.length ?? 0) === 0) {
        files.close();
        return;
      }
      // Two frames: the charts of every dataset are drawn before the texts are fetched and decoded.
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          // loaded here, not with the page: only an Arrow deployment needs it
          void import('../load/fill-arrow-texts.ts')
            .then(({ fillArrowTexts }) => fillArrowTexts(r, files, timeoutMs === undefined ? {} : { timeoutMs }))
            // Never leave the notice up for good: an unexpected error is shown as a failure of the side files.
            .catch((error: unknown) => ({
              ...r,
              pendingTexts: [],
              failures: [...r.failures, ...(r.pendingTexts ?? []).map((p) => ({ file: p.file, id: p.id, kind: 'network' as const, status: null, details: [String(error)] }))],
            }))
            .then((filled) => {
              files.close();
              if (live) setFetched(filled);
            });
        }),
      );
    };
    void uploadsStore.init();
    return () => {
      live = false;
      setLoadingInBatches(false);
      stopWaitingForShown();
      stopWaitingForFirst();
      // a narrowed load must not wait for good: it finishes (and closes its workers) unseen
      widening.widen();
      clearTimeout(recheck);
      files.close();
      progress.remove();
    };
  }, []);
  const result = useMemo(() => {
    if (fetched === null || !uploads.ready) return null;
    const all = withUploads(fetched, uploads.records, uploads.broken);
    if (all !== fetched) fetchedParts.set(all, fetched);
    return all;
  }, [fetched, uploads.ready, uploads.records, uploads.broken]);
  const latest = useRef(result);
  latest.current = result;
  useWindowDrop(latest);
  return result;
}

/** A load of this many tasks starts narrow (LoadOptions.narrowStart); a smaller one is fetched eight files at once and usually shown whole. */
const NARROW_FROM_TASKS = 20_000;

const spawnValidationWorker = () => new Worker(new URL('../load/validate-worker.ts', import.meta.url), { type: 'module', name: 'duban-validate' }) as WorkerLike;
let earlyWorkers: EarlyWorkers | null = null;
let earlyManifest: { url: string; answer: Promise<PrefetchedAnswer> } | null = null;

/**
 * Starts the first load's validation workers before the first render (main.tsx), so they are ready when it asks, and
 * fetches the manifest meanwhile, handed to the worker that reads it (traced at 200k: asked for 0.3 s sooner).
 */
export function startValidationWorkers(): void {
  if (typeof Worker === 'undefined' || earlyWorkers !== null) return;
  earlyWorkers = startEarlyWorkers(spawnValidationWorker, firstBatchWorkers(navigator.hardwareConcurrency));
  const url = new URL('data/manifest.json', document.baseURI).href;
  earlyManifest = { url, answer: prefetchFile((u) => fetch(u, { cache: 'no-cache' }), url, DEFAULT_MAX_BYTES) };
}

/** The early manifest fetch, once, for the load that asks for that URL first. */
function takeEarlyManifest(url: string): Promise<PrefetchedAnswer> | null {
  if (earlyManifest?.url !== url) return null;
  const { answer } = earlyManifest;
  earlyManifest = null;
  return answer;
}

/**
 * Validation in a pool of module workers (the early ones first), or on the page where workers cannot run. With
 * `widened`, the pool stays at firstBatchWorkers until it answers true (the first batch drawn), then grows to workerPoolSize.
 */
export function pageFileLoader(fetchFn: FetchLike, widened: () => boolean = () => true): ClosableFileLoader {
  const onPage = createMainThreadLoader(fetchFn);
  if (typeof Worker === 'undefined') return { ...onPage, close: () => undefined };
  const spawn = () => earlyWorkers?.take() ?? spawnValidationWorker();
  const cores = navigator.hardwareConcurrency;
  const pool = createWorkerLoader(spawn, () => (widened() ? workerPoolSize(cores) : firstBatchWorkers(cores)), onPage, takeEarlyManifest);
  return {
    ...pool,
    close: () => {
      pool.close();
      earlyWorkers?.close();
    },
  };
}

/** The progress line is redrawn at most this often. */
const PROGRESS_LINE_MS = 250;

/**
 * The "loading n / N datasets" line, kept at the bottom of the window while data/ loads (over the
 * boot text, then over the first charts); plain DOM so it updates without re-rendering React. At most four
 * times a second: each change repaints the page, and a province of 928 files changed it in almost every frame
 * (a trace: about 5 s of paint, layout and commit in a 21 s load).
 */
function createProgressLine(doc: Document): { show(loaded: number, total: number): void; remove(): void } {
  let element: HTMLParagraphElement | null = null;
  let bar: HTMLProgressElement | null = null;
  let text: HTMLSpanElement | null = null;
  let latest = { loaded: 0, total: 0 };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastDrawn = -Infinity;
  let removed = false;
  const draw = () => {
    timer = undefined;
    if (removed) return;
    lastDrawn = performance.now();
    if (element === null) {
      element = doc.createElement('p');
      element.className = 'load-progress';
      element.setAttribute('role', 'status');
      element.dataset.testid = 'load-progress';
      Object.assign(element.style, {
        position: 'fixed', left: '0.75rem', bottom: '0.75rem', zIndex: '50', margin: '0', padding: '0.35rem 0.75rem',
        display: 'flex', alignItems: 'center', gap: '0.5rem', font: '13px/1.4 system-ui, sans-serif',
        background: 'rgba(255,255,255,0.95)', color: '#333', border: '1px solid #ccc', borderRadius: '4px',
      });
      bar = doc.createElement('progress');
      text = doc.createElement('span');
      element.append(bar, text);
      doc.body.append(element);
    }
    const lang = doc.documentElement.lang === 'en' ? 'en' : 'zh';
    const { loaded, total } = latest;
    element.dataset.loaded = String(loaded);
    element.dataset.total = String(total);
    if (bar !== null) {
      bar.max = Math.max(1, total);
      bar.value = loaded;
      bar.setAttribute('aria-label', loadMessage(lang, 'load.progressLabel'));
    }
    if (text !== null) text.textContent = loadMessage(lang, 'load.progress', { n: loaded, total });
  };
  return {
    show(loaded, total) {
      latest = { loaded, total };
      // a DOM change in a timer is painted with the next frame, like one made in requestAnimationFrame
      if (timer === undefined && !removed) timer = setTimeout(draw, lastDrawn + PROGRESS_LINE_MS - performance.now());
    },
    remove() {
      removed = true;
      clearTimeout(timer);
      element?.remove();
    },
  };
}

/** Makes the window accept dropped files (anywhere, any view) and hands them to the uploads store. */
function useWindowDrop(latest: { readonly current: LoadResult | null }): void {
  useEffect(() => {
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') === true;
    let depth = 0;
    const onEnter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth += 1;
      uploadsStore.setDragging(true);
    };
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      // Without preventDefault the browser would open the file in the tab instead of dropping it here.
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) uploadsStore.setDragging(false);
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      uploadsStore.setDragging(false);
      const files = [...(e.dataTransfer?.files ?? [])];
      // returned progress forms go to the 督办 store; everything else is a document
      if (files.length > 0) void routeProgressForms(files, new Date().toISOString()).then((rest) => (rest.length > 0 ? uploadsStore.importFiles(rest, takenDatasetIds(latest.current)) : undefined));
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [latest]);
}
