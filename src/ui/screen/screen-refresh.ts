import { useEffect, useMemo, useRef, useState } from 'react';
import type { LoadResult } from '../../load/load-datasets.ts';
import { loadIfChanged } from '../../load/load-if-changed.ts';
import { withUploads } from '../../load/with-uploads.ts';
import { startRefreshCycle } from '../refresh-cycle.ts';
import { mergeLoadResults } from './screen-merge-load.ts';
import { fetchedPart, pageFetch, pageFileLoader, pageTimeoutMs, uploadsStore } from '../use-datasets.ts';
import { useUploadsStore } from '../import/uploads-store.ts';

/**
 * The app's load result, re-fetched from data/ every `minutes` (0 = never) so a wall that runs for days picks up a
 * dataset that failed or was added later. The refresh runs on its own clock (a request that never answers is given up
 * at its deadline and cannot stop the next refresh); the datasets imported in this browser are added to every refresh,
 * as on the dashboard. Each refresh first fingerprints every file in the worker pool (loadIfChanged): when none changed
 * nothing is parsed and nothing re-renders; otherwise the whole load is parsed in the workers and shown. No refresh
 * starts before the first load (texts included) is complete.
 */
export function useRefreshedLoad(initial: LoadResult, minutes: number): LoadResult {
  const uploads = useUploadsStore(uploadsStore);
  const [fetched, setFetched] = useState(() => fetchedPart(initial));
  const shown = useRef(fetched);
  shown.current = fetched;
  useEffect(() => {
    setFetched(fetchedPart(initial));
  }, [initial]);
  useEffect(() => {
    if (!(minutes > 0)) return;
    const dataUrl = new URL('data/', document.baseURI).href;
    const timeoutMs = pageTimeoutMs();
    return startRefreshCycle<LoadResult | null>({
      intervalMs: minutes * 60_000,
      // one at a time: a tick during a long reload would fingerprint against what is about to be replaced and load again
      // (every request ends at its deadline, so a hung file delays the next refresh by that much, no more)
      maxInFlight: 1,
      load: async () => {
        const files = pageFileLoader(pageFetch);
        try {
          return await loadIfChanged(pageFetch, dataUrl, files, shown.current, { concurrency: 8, ...(timeoutMs === undefined ? {} : { timeoutMs }) });
        } finally {
          files.close();
        }
      },
      apply: (next) => {
        if (next !== null) setFetched((previous) => mergeLoadResults(previous, next));
      },
    });
  }, [minutes]);
  return useMemo(() => {
    if (fetched === fetchedPart(initial)) return initial;
    return withUploads(fetched, uploads.records, uploads.broken);
  }, [fetched, initial, uploads.records, uploads.broken]);
}
