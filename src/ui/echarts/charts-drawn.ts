// Apart from staggered-updates.ts so the loader (use-datasets.ts, in the entry chunk) can wait for the charts
// without taking the chart code into the first download.

let allDrawn: (() => void)[] = [];

/** Called by staggered-updates.ts each time a chart drawn in its turn leaves none waiting. */
export function callAllDrawn(): void {
  const callbacks = allDrawn;
  allDrawn = [];
  for (const callback of callbacks) callback();
}

/**
 * Calls `callback` once, after the next chart drawn in its turn leaves none waiting: the charts handed options so far
 * are on screen. Returns a function that cancels the wait.
 */
export function afterChartsDrawn(callback: () => void): () => void {
  allDrawn.push(callback);
  return () => {
    allDrawn = allDrawn.filter((c) => c !== callback);
  };
}
