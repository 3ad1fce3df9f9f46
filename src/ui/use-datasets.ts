import { useEffect, useState } from 'react';
import type { LoadResult } from '../load/load-datasets.ts';
import { loadDatasets } from '../load/load-datasets.ts';

/** Loads data/ beside the page once; null while loading. */
export function useDatasets(): LoadResult | null {
  const [result, setResult] = useState<LoadResult | null>(null);
  useEffect(() => {
    let live = true;
    const dataUrl = new URL('data/', document.baseURI).href;
    void loadDatasets((url) => fetch(url, { cache: 'no-cache' }), dataUrl).then((r) => {
      if (live) setResult(r);
    });
    return () => {
      live = false;
    };
  }, []);
  return result;
}
