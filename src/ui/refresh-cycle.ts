/** Timer functions, passed in so tests drive the clock. */
export interface IntervalTimers {
  setInterval(run: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export interface RefreshCycleOptions<T> {
  intervalMs: number;
  /** One refresh; may take long or never settle, the cycle goes on regardless. */
  load: () => Promise<T>;
  /** Receives each result that is newer than every result applied before. */
  apply: (result: T) => void;
  /** At most this many loads run at once; a tick finding them all busy is skipped. */
  maxInFlight?: number;
  timers?: IntervalTimers;
}

/**
 * Starts a load every `intervalMs` on its own clock — never "after the last load finished", so one
 * request that never answers cannot stop the wall refreshing — and applies results in the order
 * their loads started: a late answer from an older load never overwrites a newer one.
 * Returns a function that stops the cycle (later results are dropped).
 */
export function startRefreshCycle<T>(options: RefreshCycleOptions<T>): () => void {
  const timers = options.timers ?? { setInterval: (run, ms) => setInterval(run, ms), clearInterval: (h) => clearInterval(h as ReturnType<typeof setInterval>) };
  const maxInFlight = options.maxInFlight ?? 2;
  let started = 0;
  let applied = 0;
  let inFlight = 0;
  let stopped = false;
  const tick = () => {
    if (inFlight >= maxInFlight) return;
    const seq = ++started;
    inFlight += 1;
    options.load().then(
      (result) => {
        inFlight -= 1;
        if (stopped || seq < applied) return;
        applied = seq;
        options.apply(result);
      },
      () => {
        inFlight -= 1;
      },
    );
  };
  const handle = timers.setInterval(tick, options.intervalMs);
  return () => {
    stopped = true;
    timers.clearInterval(handle);
  };
}
