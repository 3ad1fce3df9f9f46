import { useEffect, useRef, useState } from 'react';
import type { LoadResult } from '../../load/load-datasets.ts';
import { loadDatasets } from '../../load/load-datasets.ts';
import { mergeLoadResults } from './screen-merge-load.ts';

/**
 * The app's load result, re-fetched from data/ every `minutes` (0 = never) so a wall that runs for days picks up a
 * dataset that failed or was added later; unchanged data keeps the same object, so nothing re-renders.
 */
export function useRefreshedLoad(initial: LoadResult, minutes: number): LoadResult {
  const [current, setCurrent] = useState(initial);
  const signature = useRef(JSON.stringify(initial));
  useEffect(() => {
    signature.current = JSON.stringify(initial);
    setCurrent(initial);
  }, [initial]);
  useEffect(() => {
    if (!(minutes > 0)) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const dataUrl = new URL('data/', document.baseURI).href;
    const tick = async () => {
      const next = await loadDatasets((url) => fetch(url, { cache: 'no-cache' }), dataUrl);
      if (!live) return;
      setCurrent((previous) => {
        const merged = mergeLoadResults(previous, next);
        const text = JSON.stringify(merged);
        if (text === signature.current) return previous;
        signature.current = text;
        return merged;
      });
      timer = setTimeout(() => void tick(), minutes * 60_000);
    };
    timer = setTimeout(() => void tick(), minutes * 60_000);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [minutes]);
  return current;
}
