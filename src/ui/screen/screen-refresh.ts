import { useEffect, useMemo, useRef, useState } from 'react';
import type { LoadResult } from '../../load/load-datasets.ts';
import { loadDatasets } from '../../load/load-datasets.ts';
import { withUploads } from '../../load/with-uploads.ts';
import { startRefreshCycle } from '../refresh-cycle.ts';
import { mergeLoadResults } from './screen-merge-load.ts';
import { fetchedPart, pageFetch, pageTimeoutMs, uploadsStore } from '../use-datasets.ts';
import { useUploadsStore } from '../import/uploads-store.ts';

/**
 * The app's load result, re-fetched from data/ every `minutes` (0 = never) so a wall that runs for days picks up a
 * dataset that failed or was added later. The refresh runs on its own clock (a request that never answers is given up
 * at its deadline and cannot stop the next refresh); the datasets imported in this browser are added to every refresh,
 * as on the dashboard; unchanged data keeps the same object, so nothing re-renders.
 */
export function useRefreshedLoad(initial: LoadResult, minutes: number): LoadResult {
  const uploads = useUploadsStore(uploadsStore);
  const [fetched, setFetched] = useState(() => fetchedPart(initial));
  const signature = useRef<string | null>(null);
  useEffect(() => {
    signature.current = null;
    setFetched(fetchedPart(initial));
  }, [initial]);
  useEffect(() => {
    if (!(minutes > 0)) return;
    const dataUrl = new URL('data/', document.baseURI).href;
    const timeoutMs = pageTimeoutMs();
    return startRefreshCycle({
      intervalMs: minutes * 60_000,
      load: () => loadDatasets(pageFetch, dataUrl, timeoutMs === undefined ? {} : { timeoutMs }),
      apply: (next) =>
        setFetched((previous) => {
          const merged = mergeLoadResults(previous, next);
          const text = JSON.stringify(merged);
          signature.current ??= JSON.stringify(previous);
          if (text === signature.current) return previous;
          signature.current = text;
          return merged;
        }),
    });
  }, [minutes]);
  return useMemo(() => {
    if (fetched === fetchedPart(initial)) return initial;
    return withUploads(fetched, uploads.records, uploads.broken);
  }, [fetched, initial, uploads.records, uploads.broken]);
}
